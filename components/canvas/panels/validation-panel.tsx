'use client';
import { AlertTriangle, CircleAlert, CircleCheck } from 'lucide-react';
import { useDeferredValue, useMemo } from 'react';
import { validateGraph } from '@/lib/graph/validate';
import { useCanvas } from '../canvas-context';

/** Modelling gaps from validateGraph; choosing one selects its target and centres it. */
export function ValidationPanel({ onPick }: { onPick: (id: string) => void }) {
  const graph = useCanvas((s) => s.graph);
  // Deferred: a burst of edits re-validates once the canvas has caught up.
  const deferred = useDeferredValue(graph);
  const issues = useMemo(() => validateGraph(deferred), [deferred]);
  const errors = issues.filter((i) => i.severity === 'error').length;

  return (
    <section aria-labelledby="issues-title" className="flex min-h-0 flex-col border-t border-slate-200">
      <div className="flex items-center justify-between px-3 py-2">
        <h2 id="issues-title" className="text-sm font-semibold text-slate-900">Issues</h2>
        <span className="text-xs text-slate-500">
          {issues.length === 0 ? 'none' : `${errors} error${errors === 1 ? '' : 's'}, ${issues.length - errors} warning${issues.length - errors === 1 ? '' : 's'}`}
        </span>
      </div>
      {issues.length === 0 ? (
        <p className="flex items-center gap-2 px-3 pb-3 text-sm text-emerald-700">
          <CircleCheck className="size-4" aria-hidden /> No modelling gaps found.
        </p>
      ) : (
        <ul className="min-h-0 flex-1 space-y-0.5 overflow-y-auto px-1.5 pb-2">
          {issues.slice(0, 500).map((issue, i) => (
            <li key={`${issue.code}:${issue.target.id}:${i}`}>
              <button
                type="button"
                onClick={() => onPick(issue.target.id)}
                className="flex w-full items-start gap-2 rounded px-1.5 py-1 text-left text-xs text-slate-700 hover:bg-slate-100"
              >
                {issue.severity === 'error' ? (
                  <CircleAlert className="mt-0.5 size-3.5 shrink-0 text-red-600" aria-label="Error" />
                ) : (
                  <AlertTriangle className="mt-0.5 size-3.5 shrink-0 text-amber-600" aria-label="Warning" />
                )}
                <span>{issue.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
