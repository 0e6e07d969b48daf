import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { AppError } from './errors';

/**
 * For pages: run a data-access call and turn "not found" (including other workspaces' data)
 * into the 404 page and "not signed in" into the sign-in page. Other errors reach error.tsx.
 */
export async function pageData<T>(load: () => Promise<T>, returnTo?: string): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof AppError && e.status === 404) notFound();
    if (e instanceof AppError && e.status === 401) {
      redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : '/sign-in');
    }
    throw e;
  }
}
