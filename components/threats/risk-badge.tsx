import { cn } from '@/components/ui/cn';
import { riskLevelLabels, type RiskLevel } from '@/lib/domain/risk';

/** Band colours shared by badges, the matrix and canvas counts (text colours pass AA on the fills). */
export const riskTone: Record<RiskLevel, { badge: string; cell: string; dot: string }> = {
  low: { badge: 'bg-emerald-100 text-emerald-800', cell: 'bg-emerald-100 text-emerald-900', dot: '#059669' },
  medium: { badge: 'bg-amber-100 text-amber-900', cell: 'bg-amber-100 text-amber-950', dot: '#d97706' },
  high: { badge: 'bg-orange-100 text-orange-900', cell: 'bg-orange-200 text-orange-950', dot: '#ea580c' },
  critical: { badge: 'bg-red-100 text-red-800', cell: 'bg-red-200 text-red-950', dot: '#dc2626' },
};

export function RiskBadge({ risk, score }: { risk: RiskLevel; score?: number }) {
  return (
    <span className={cn('inline-flex items-center whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium', riskTone[risk].badge)}>
      {riskLevelLabels[risk]}
      {score !== undefined && <span className="ml-1 opacity-75">({score})</span>}
    </span>
  );
}
