'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CanvasStore } from '../store/canvas-store';
import { fromElk, toElk, type ElkNode } from './elk-graph';

type Reply = { id: number; ok: true; result: ElkNode } | { id: number; ok: false; message: string };

/** Auto-layout in a Web Worker; the result is applied as one undoable batch of move/resize ops. */
export function useAutoLayout(store: CanvasStore, onDone: () => void) {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const request = useRef(0);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    request.current += 1;
    setRunning(false);
  }, []);

  useEffect(() => () => worker.current?.terminate(), []);

  const run = useCallback(() => {
    const graph = store.getState().graph;
    if (!Object.keys(graph.elements).length && !Object.keys(graph.boundaries).length) return;
    if (!worker.current) worker.current = new Worker(new URL('./layout.worker.ts', import.meta.url));
    const id = ++request.current;
    setRunning(true);
    setError(null);
    worker.current.onmessage = (event: MessageEvent<Reply>) => {
      if (event.data.id !== request.current) return;
      setRunning(false);
      if (!event.data.ok) {
        setError(`Auto-layout failed: ${event.data.message}`);
        return;
      }
      // Laid out against the graph as it was when asked; edits made meanwhile are kept if the ops no longer fit.
      const ops = fromElk(store.getState().graph, event.data.result);
      if (ops.length) store.getState().apply(ops);
      onDone();
    };
    worker.current.onerror = () => {
      setRunning(false);
      setError('Auto-layout failed to start.');
      worker.current = null;
    };
    worker.current.postMessage({ id, graph: toElk(graph) });
  }, [store, onDone]);

  return { run, cancel, running, error };
}
