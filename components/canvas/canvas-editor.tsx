'use client';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { ReactFlowProvider, useNodesInitialized } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Graph } from '@/lib/graph/types';
import type { CanvasThreat } from './store/threats';
import { CanvasStoreProvider, useAutosaver, useCanvas, useCanvasStoreApi } from './canvas-context';
import { EmptyCanvasHint } from './empty-canvas-hint';
import { FlowCanvas } from './flow-canvas';
import { Inspector } from './panels/inspector';
import { Palette } from './panels/palette';
import { SaveProblems } from './panels/save-problems';
import { Toolbar } from './panels/toolbar';
import { ValidationPanel } from './panels/validation-panel';
import { useLive } from '@/components/live/live-provider';
import { useCanvasShortcuts } from './use-canvas-shortcuts';
import { useLiveCanvas } from './use-live-canvas';
import { useCenterOn } from './use-center-on';

export interface CanvasEditorProps {
  modelId: string;
  revision: number;
  role: 'OWNER' | 'EDITOR' | 'VIEWER';
  graph: Graph;
  threats?: readonly CanvasThreat[];
  /** An element, boundary or flow to select and centre on open (`?focus=` from the register). */
  focus?: string | null;
}

/** The diagram editor for one model (read-only for viewers). */
export function CanvasEditor({ modelId, revision, role, graph, threats, focus }: CanvasEditorProps) {
  const clientId = useLive()?.clientId;
  return (
    <CanvasStoreProvider init={{ modelId, revision, graph, threats, readOnly: role === 'VIEWER', clientId }}>
      <ReactFlowProvider>
        <EditorLayout focus={focus ?? null} threats={threats} />
      </ReactFlowProvider>
    </CanvasStoreProvider>
  );
}

/** Sends what is queued when the user leaves: tab hidden, window blurred or page unloading. */
function useFlushOnLeave() {
  const store = useCanvasStoreApi();
  const autosaver = useAutosaver();
  useEffect(() => {
    const flush = () => autosaver.flush({ keepalive: true });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const s = store.getState();
      if (!s.pending.length && !s.saving) return;
      flush();
      // Ask the browser to confirm: a save still running (or refused) must not be lost silently.
      e.preventDefault();
    };
    window.addEventListener('blur', flush);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('blur', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [store, autosaver]);
}

/** Selects and centres the focused item once React Flow has measured the nodes (after its fit-view). */
function useFocusOnOpen(focus: string | null, centerOn: (id: string) => void) {
  const initialised = useNodesInitialized();
  const done = useRef(false);
  useEffect(() => {
    if (!focus || done.current || !initialised) return;
    done.current = true;
    // One frame later, so the initial fit-view does not move the viewport away again.
    const frame = requestAnimationFrame(() => centerOn(focus));
    return () => cancelAnimationFrame(frame);
  }, [focus, initialised, centerOn]);
}

function EditorLayout({ focus, threats }: { focus: string | null; threats?: readonly CanvasThreat[] }) {
  const store = useCanvasStoreApi();
  useLiveCanvas(store, threats);
  const readOnly = useCanvas((s) => s.readOnly);
  const centerOn = useCenterOn();
  useCanvasShortcuts(store);
  useFlushOnLeave();
  useFocusOnOpen(focus, centerOn);

  return (
    <div className="flex h-[calc(100vh-12rem)] min-h-[560px] flex-col overflow-hidden rounded-lg border border-slate-200 bg-white shadow-sm">
      <Toolbar onPick={centerOn} />
      <div className="space-y-2 empty:hidden [&>*]:mx-3 [&>*:first-child]:mt-2 [&>*:last-child]:mb-2">
        <SaveProblems />
      </div>
      <div className="flex min-h-0 flex-1">
        {!readOnly && <Palette />}
        <div className="relative min-w-0 flex-1" data-testid="canvas">
          <FlowCanvas />
          <EmptyCanvasHint />
        </div>
        <aside aria-label="Details" className="flex w-80 shrink-0 flex-col border-l border-slate-200">
          <div className="min-h-0 flex-1 overflow-y-auto">
            <Inspector />
          </div>
          <div className="flex max-h-[40%] min-h-0 flex-col">
            <ValidationPanel onPick={centerOn} />
          </div>
        </aside>
      </div>
    </div>
  );
}
