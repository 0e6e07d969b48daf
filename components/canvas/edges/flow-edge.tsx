'use client';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { ShieldAlert } from 'lucide-react';
import { memo } from 'react';
import { cn } from '@/components/ui/cn';
import { classificationOptions } from '@/lib/domain/flow';
import { useCanvas } from '../canvas-context';
import type { FlowEdge as FlowEdgeType } from '../store/mapping';
import { ThreatBadge } from '../threat-badge';

const classificationLabel = new Map<string, string>(classificationOptions.map((o) => [o.value, o.label]));

/**
 * A data flow. One that crosses a trust boundary is drawn red and dashed with a shield badge,
 * because those are where most threats live.
 */
function FlowEdgeView(props: EdgeProps<FlowEdgeType>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, selected, data } = props;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const crossing = data?.crossing ?? false;
  const stroke = selected ? '#1f57d1' : crossing ? '#dc2626' : '#64748b';
  const label = data?.label ?? '';
  const classification = data?.classification ? classificationLabel.get(data.classification) ?? data.classification : null;
  const hasThreats = useCanvas((s) => (s.threatIndex.badges[id]?.open ?? 0) > 0);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={16}
        style={{ stroke, strokeWidth: selected ? 2.5 : 2, strokeDasharray: crossing ? '7 4' : undefined }}
      />
      {(label || crossing || classification || hasThreats) && (
        <EdgeLabelRenderer>
          <div
            className={cn(
              'nodrag nopan pointer-events-none absolute flex max-w-48 items-center gap-1 rounded-md border bg-white px-1.5 py-0.5 text-[11px]',
              crossing ? 'border-red-300 text-red-800' : 'border-slate-200 text-slate-700',
            )}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-flow-label={id}
            data-crossing={crossing || undefined}
          >
            {crossing && (
              <>
                <ShieldAlert className="size-3 shrink-0 text-red-600" aria-hidden />
                <span className="sr-only">Crosses a trust boundary.</span>
              </>
            )}
            {label && <span className="truncate font-medium">{label}</span>}
            {classification && <span className="shrink-0 rounded bg-slate-100 px-1 text-slate-600">{classification}</span>}
            {!label && !classification && crossing && <span>crosses boundary</span>}
            <ThreatBadge id={id} className="-my-1 -mr-2.5 h-4 min-w-4 text-[10px] ring-1" />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const FlowEdge = memo(FlowEdgeView);
