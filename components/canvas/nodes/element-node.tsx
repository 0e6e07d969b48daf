'use client';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { cn } from '@/components/ui/cn';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH } from '../store/geometry';
import type { ElementNode as ElementNodeType } from '../store/mapping';
import { elementKindView, KindIcon } from '../kinds';
import { PresenceMarks } from '../presence-marks';
import { ThreatBadge } from '../threat-badge';

const handle = '!size-3 !border-2 !border-white !bg-slate-500 hover:!bg-brand-600';

/** A pipeline stage. Memoised: React Flow passes a new props object only when this node changed. */
function ElementNodeView({ id, data, selected, isConnectable }: NodeProps<ElementNodeType>) {
  const kind = elementKindView(data.kind);
  return (
    <div
      // No box shadows: with a thousand nodes on screen, painting them dominated drag frames.
      className={cn(
        'relative flex items-center gap-2 rounded-lg border-2 px-2.5',
        selected ? 'ring-2 ring-brand-500 ring-offset-1' : 'hover:brightness-95',
      )}
      style={{ width: ELEMENT_WIDTH, height: ELEMENT_HEIGHT, background: kind.color.fill, borderColor: kind.color.stroke, color: kind.color.text }}
      title={`${data.name || 'Unnamed'} — ${kind.label}`}
    >
      {isConnectable && <Handle type="target" position={Position.Left} className={handle} aria-label="Flow target" />}
      <span className="grid size-8 shrink-0 place-items-center rounded-md bg-white/70" style={{ color: kind.color.stroke }}>
        <KindIcon name={kind.icon} className="size-4.5" />
      </span>
      <span className="min-w-0 leading-tight">
        <span className="block truncate text-sm font-semibold">{data.name || 'Unnamed'}</span>
        <span className="block truncate text-[11px] opacity-80">{kind.shortLabel}</span>
      </span>
      <ThreatBadge id={id} className="absolute -right-2 -top-2" />
      <PresenceMarks id={id} className="absolute -left-2 -top-2" />
      {isConnectable && <Handle type="source" position={Position.Right} className={handle} aria-label="Flow source" />}
    </div>
  );
}

export const ElementNode = memo(ElementNodeView);
