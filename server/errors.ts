import 'server-only';

export type FieldErrors = Record<string, string[]>;

/** An error whose message is safe to show the user; anything else becomes a generic 500. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super(401, 'unauthenticated', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Your role does not allow this.') {
    super(403, 'forbidden', message);
  }
}

/** Also used for other workspaces' data, so that its existence does not leak. */
export class NotFoundError extends AppError {
  constructor(what = 'That item') {
    super(404, 'not_found', `${what} was not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(409, 'conflict', message, details);
  }
}

export class ValidationError extends AppError {
  constructor(
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(422, 'validation', message, { fieldErrors });
  }
}

export class RateLimitedError extends AppError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', message, { retryAfterSeconds });
  }
}

/** A stale `version`: somebody else saved first. */
export function staleVersion(what: string, current?: Record<string, unknown>): ConflictError {
  return new ConflictError(
    `${what} was changed by someone else since you opened it. Reload to see their changes, then try again.`,
    current ? { current } : undefined,
  );
}
