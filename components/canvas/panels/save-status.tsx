'use client';
import { AlertCircle, Check, CloudUpload, Loader2 } from 'lucide-react';
import { useAutosaver, useCanvas } from '../canvas-context';
import { saveStatus } from '../store/canvas-store';

/** Unsaved / saving / saved / not saved, announced politely to screen readers. */
export function SaveStatus() {
  const status = useCanvas(saveStatus);
  const autosaver = useAutosaver();
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-1.5 text-sm">
      {status === 'saved' && (
        <span className="flex items-center gap-1 text-emerald-700"><Check className="size-4" aria-hidden />Saved</span>
      )}
      {status === 'unsaved' && (
        <span className="flex items-center gap-1 text-slate-600"><CloudUpload className="size-4" aria-hidden />Unsaved changes</span>
      )}
      {status === 'saving' && (
        <span className="flex items-center gap-1 text-slate-600"><Loader2 className="size-4 animate-spin" aria-hidden />Saving…</span>
      )}
      {(status === 'error' || status === 'conflict') && (
        <span className="flex items-center gap-1 font-medium text-red-700">
          <AlertCircle className="size-4" aria-hidden />
          Not saved
          {status === 'error' && (
            <>
              {' — '}
              <button type="button" className="underline" onClick={() => autosaver.retry()}>retry</button>
            </>
          )}
        </span>
      )}
    </div>
  );
}
