'use client';
import { useCallback, useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/action-result';

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Runs a server action, keeping its pending state and the last error (with field errors) for
 * the form. A thrown error (network down, server restarting) becomes a readable message too.
 */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<Failure | null>(null);

  const run = useCallback(
    (input: I, onSuccess?: (data: T) => void) => {
      setError(null);
      startTransition(async () => {
        let result: ActionResult<T>;
        try {
          result = await action(input);
        } catch {
          result = { ok: false, status: 0, code: 'network', message: 'Could not reach the server. Check your connection and try again.' };
        }
        if (result.ok) onSuccess?.(result.data);
        else setError(result);
      });
    },
    [action],
  );

  return {
    run,
    pending,
    error,
    fieldErrors: error?.fieldErrors ?? {},
    reset: () => setError(null),
  };
}
