import 'server-only';
import { z } from 'zod';
import { AppError, ValidationError, type FieldErrors } from './errors';

export interface ErrorBody {
  status: number;
  code: string;
  message: string;
  fieldErrors?: FieldErrors;
  details?: Record<string, unknown>;
}

export function zodToValidationError(error: z.ZodError): ValidationError {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  const first = error.issues[0]?.message ?? 'The input is not valid.';
  return new ValidationError(error.issues.length === 1 ? first : `Please correct the highlighted fields. ${first}`, fieldErrors);
}

/** Maps any thrown value to a safe body; unknown errors are logged and never described to the client. */
export function toErrorBody(error: unknown, where: string): ErrorBody {
  if (error instanceof z.ZodError) error = zodToValidationError(error);
  if (error instanceof ValidationError) {
    return { status: 422, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  if (error instanceof AppError) {
    return { status: error.status, code: error.code, message: error.message, details: error.details };
  }
  const ref = Math.random().toString(36).slice(2, 10);
  console.error(`[threatline] unexpected error in ${where} (ref ${ref})`, error);
  return { status: 500, code: 'internal', message: `Something went wrong on our side (reference ${ref}). Please try again.` };
}
