'use client';
import { NodeResizer, type NodeProps, type OnResizeEnd } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { cn } from '@/components/ui/cn';
import { useCanvas, useCanvasStoreApi } from '../canvas-context';
import type { BoundaryNode as BoundaryNodeType } from '../store/mapping';
import { boundaryKindView, KindIcon } from '../kinds';

/**
 * A trust boundary: a translucent, dashed container below the elements. Its body lets pointer
 * events through (so flows inside stay clickable); the header drags it, the resizer resizes it.
 */
function BoundaryNodeView({ id, data, selected }: NodeProps<BoundaryNodeType>) {
  const kind = boundaryKindView(data.kind);
  const store = useCanvasStoreApi();
  const readOnly = useCanvas((s) => s.readOnly);
  // One resize gesture is one boundary.resize op (one undo step), emitted when it ends.
  const onResizeEnd = useCallback<OnResizeEnd>((_e, p) => store.getState().finishResize(id, p), [store, id]);
  return (
    <div
      className={cn('h-full w-full rounded-xl border-2 border-dashed', selected && 'ring-2 ring-brand-500 ring-offset-1')}
      style={{ borderColor: kind.color.stroke, background: `${kind.color.fill}b3` }}
    >
      <NodeResizer isVisible={selected && !readOnly} minWidth={120} minHeight={80} color={kind.color.stroke} onResizeEnd={onResizeEnd} />
      <div
        className={cn(
          'tl-boundary-handle pointer-events-auto inline-flex max-w-full items-center gap-1.5 rounded-br-lg rounded-tl-lg px-2.5 py-1 text-xs font-semibold',
          readOnly ? 'cursor-default' : 'cursor-move',
        )}
        style={{ background: kind.color.stroke, color: '#fff' }}
        title={`${data.name || 'Unnamed boundary'} — ${kind.label}`}
      >
        <KindIcon name={kind.icon} className="size-3.5 shrink-0" />
        <span className="truncate">{data.name || 'Unnamed boundary'}</span>
        <span className="shrink-0 font-normal opacity-80">· {kind.shortLabel}</span>
      </div>
    </div>
  );
}

export const BoundaryNode = memo(BoundaryNodeView);
