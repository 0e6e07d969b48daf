import 'server-only';

/**
 * Everything reachable without a session. The architecture test fails when a route handler or
 * server action is neither built by authedRoute/authedAction nor listed here.
 */
export const PUBLIC_ROUTES = [
  // next-auth's own endpoints: sign-in, callback, csrf, session, sign-out.
  'app/api/auth/[...nextauth]/route.ts',
  // Liveness probe for load balancers; reveals nothing but "ok".
  'app/api/health/route.ts',
] as const;

export const PUBLIC_ACTIONS = [
  // Creating an account is, by definition, done before signing in (rate-limited per address).
  'signUpAction',
] as const;
