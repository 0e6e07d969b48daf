'use client';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useCanvasStoreApi } from './canvas-context';
import { absolutePosition, ELEMENT_HEIGHT, ELEMENT_WIDTH } from './store/geometry';

/** Selects an element, boundary or flow and pans the viewport so it sits in the middle. */
export function useCenterOn() {
  const store = useCanvasStoreApi();
  const flow = useReactFlow();
  return useCallback(
    (id: string) => {
      const { graph, setSelection } = store.getState();
      const centre = (entityId: string) => {
        const p = absolutePosition(graph, entityId);
        if (!p) return null;
        const b = graph.boundaries[entityId];
        return b ? { x: p.x + b.width / 2, y: p.y + b.height / 2 } : { x: p.x + ELEMENT_WIDTH / 2, y: p.y + ELEMENT_HEIGHT / 2 };
      };
      const f = graph.flows[id];
      let point = centre(id);
      if (f) {
        const a = centre(f.sourceId);
        const b = centre(f.targetId);
        point = a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : null;
      }
      if (!point) return;
      setSelection([id]);
      void flow.setCenter(point.x, point.y, { zoom: Math.max(flow.getZoom(), 1), duration: 300 });
    },
    [store, flow],
  );
}
