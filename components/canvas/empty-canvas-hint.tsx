'use client';
import { MousePointerClick } from 'lucide-react';
import { useCanvas } from './canvas-context';

/**
 * What an empty diagram says instead of a blank grid: how to start (editors) or that nothing has
 * been drawn yet (viewers). It lets pointer events through, so a drop lands on the canvas beneath.
 */
export function EmptyCanvasHint() {
  const empty = useCanvas((s) => Object.keys(s.graph.elements).length === 0 && Object.keys(s.graph.boundaries).length === 0);
  const readOnly = useCanvas((s) => s.readOnly);
  if (!empty) return null;
  return (
    <div className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center p-6">
      <div className="max-w-md rounded-lg border border-dashed border-slate-300 bg-white/90 p-5 text-center shadow-sm" data-testid="empty-canvas">
        <MousePointerClick className="mx-auto size-6 text-slate-400" aria-hidden />
        <h2 className="mt-2 text-sm font-semibold text-slate-900">This diagram is empty</h2>
        {readOnly ? (
          <p className="mt-1 text-sm text-slate-600">Nothing has been drawn yet. Editors of this workspace draw the pipeline here.</p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-600">
              Drag a stage from the palette onto the canvas, or choose one there with the keyboard, then connect stages by dragging from
              the right edge of one to another. Put them in a trust boundary (cluster, namespace, cloud account) to mark where data crosses.
            </p>
            <p className="mt-2 text-xs text-slate-500">
              Have a model already? Use <span className="font-medium">Import model</span> on the workspace&apos;s Threat models page (Threatline,
              Threat Dragon, Threat Composer, OTM or CycloneDX files).
            </p>
          </>
        )}
      </div>
    </div>
  );
}
