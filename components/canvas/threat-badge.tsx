'use client';
import { memo } from 'react';
import { cn } from '@/components/ui/cn';
import { riskLevelLabels, type RiskLevel } from '@/lib/domain/risk';
import { useCanvas } from './canvas-context';

const fills: Record<RiskLevel, string> = { low: 'bg-emerald-600', medium: 'bg-amber-500', high: 'bg-orange-600', critical: 'bg-red-600' };

/** Open-threat count on an element or flow, coloured by its highest open risk. Nothing when none is open. */
export const ThreatBadge = memo(function ThreatBadge({ id, className }: { id: string; className?: string }) {
  const badge = useCanvas((s) => s.threatIndex.badges[id]);
  if (!badge || badge.open === 0 || !badge.risk) return null;
  const label = `${badge.open} open ${badge.open === 1 ? 'threat' : 'threats'}, highest risk ${riskLevelLabels[badge.risk].toLowerCase()}`;
  return (
    <span
      role="img"
      aria-label={label}
      title={label}
      data-threat-badge={id}
      className={cn('grid h-5 min-w-5 place-items-center rounded-full px-1 text-[11px] font-bold leading-none text-white border-2 border-white', fills[badge.risk], className)}
    >
      {badge.open}
    </span>
  );
});
