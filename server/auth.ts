import 'server-only';
import { PrismaAdapter } from '@next-auth/prisma-adapter';
import type { NextAuthOptions } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { authenticateCredentials } from './auth/credentials';
import { clientIp } from './client-ip';
import { getDb } from './db';

function providers(): NextAuthOptions['providers'] {
  const list: NextAuthOptions['providers'] = [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        // next-auth shows the thrown message to the user (lockout notice or a generic refusal).
        return authenticateCredentials(credentials, clientIp(req?.headers ?? {}));
      },
    }),
  ];
  if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) {
    list.push(GitHubProvider({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }));
  }
  if (process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET) {
    list.push({
      id: 'oidc',
      name: process.env.OIDC_NAME ?? 'Single sign-on',
      type: 'oauth',
      wellKnown: `${process.env.OIDC_ISSUER.replace(/\/$/, '')}/.well-known/openid-configuration`,
      clientId: process.env.OIDC_CLIENT_ID,
      clientSecret: process.env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: 'openid email profile' } },
      idToken: true,
      checks: ['pkce', 'state'],
      profile(profile: { sub: string; email?: string; name?: string; preferred_username?: string }) {
        return {
          id: profile.sub,
          email: profile.email?.toLowerCase() ?? null,
          name: profile.name ?? profile.preferred_username ?? null,
        };
      },
    });
  }
  return list;
}

/** Which sign-in options the sign-in page offers besides email and password. */
export function externalProviders(): { id: string; name: string }[] {
  const out: { id: string; name: string }[] = [];
  if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) out.push({ id: 'github', name: 'GitHub' });
  if (process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET) {
    out.push({ id: 'oidc', name: process.env.OIDC_NAME ?? 'Single sign-on' });
  }
  return out;
}

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= {
    // The Prisma adapter only persists OAuth/OIDC users and their accounts; sessions are JWTs
    // (the Credentials provider requires them).
    adapter: PrismaAdapter(getDb() as never) as Adapter,
    session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
    secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
    providers: providers(),
    pages: { signIn: '/sign-in', error: '/sign-in' },
    callbacks: {
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
  };
  return options;
}
