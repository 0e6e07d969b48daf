'use client';
import { useReactFlow } from '@xyflow/react';
import { Eye, LayoutDashboard, Maximize, Redo2, Undo2, X } from 'lucide-react';
import { useCallback } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { useCanvas, useCanvasStoreApi } from '../canvas-context';
import { useAutoLayout } from '../layout/use-auto-layout';
import { FindBox } from './find-box';
import { SaveStatus } from './save-status';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function Toolbar({ onPick }: { onPick: (id: string) => void }) {
  const store = useCanvasStoreApi();
  const { fitView } = useReactFlow();
  const readOnly = useCanvas((s) => s.readOnly);
  const canUndo = useCanvas((s) => s.history.undo.length > 0);
  const canRedo = useCanvas((s) => s.history.redo.length > 0);
  const fit = useCallback(() => void fitView({ padding: 0.2, duration: 300 }), [fitView]);
  const layout = useAutoLayout(store, useCallback(() => setTimeout(fit, 50), [fit]));

  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2">
      {readOnly ? (
        <Badge tone="warning"><Eye className="mr-1 size-3.5" aria-hidden />Read-only</Badge>
      ) : (
        <>
          <Button variant="ghost" size="sm" aria-label="Undo" title={`Undo (${mod}Z)`} disabled={!canUndo} onClick={() => store.getState().undo()}>
            <Undo2 className="size-4" aria-hidden />
          </Button>
          <Button variant="ghost" size="sm" aria-label="Redo" title={`Redo (${mod}Shift+Z)`} disabled={!canRedo} onClick={() => store.getState().redo()}>
            <Redo2 className="size-4" aria-hidden />
          </Button>
          <Button variant="secondary" size="sm" onClick={layout.run} pending={layout.running} title="Arrange left to right, respecting boundaries">
            <LayoutDashboard className="size-4" aria-hidden /> Auto-layout
          </Button>
        </>
      )}
      <Button variant="secondary" size="sm" onClick={fit}>
        <Maximize className="size-4" aria-hidden /> Zoom to fit
      </Button>
      <FindBox onPick={onPick} />
      {layout.running && (
        <span className="flex items-center gap-2 text-sm text-slate-600">
          <span role="progressbar" aria-label="Arranging layout" className="relative h-1.5 w-24 overflow-hidden rounded bg-slate-200">
            <span className="absolute inset-y-0 w-1/3 animate-pulse rounded bg-brand-500" />
          </span>
          Arranging…
          <button type="button" className="inline-flex items-center underline" onClick={layout.cancel}><X className="size-3.5" aria-hidden />Cancel</button>
        </span>
      )}
      {layout.error && <span className="text-sm text-red-700" role="alert">{layout.error}</span>}
      <div className="ml-auto">{!readOnly && <SaveStatus />}</div>
    </div>
  );
}
