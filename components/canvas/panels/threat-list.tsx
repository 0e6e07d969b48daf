'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { RiskBadge } from '@/components/threats/risk-badge';
import { threatStatusLabels, type ThreatStatus } from '@/lib/domain/threat';
import { useCanvas } from '../canvas-context';

/** The selected element's or flow's threats, linking to each in the register. */
export function ThreatList({ targetId }: { targetId: string }) {
  const threats = useCanvas((s) => s.threatIndex.byTarget[targetId]);
  const threatsPath = usePathname().replace(/\/canvas$/, '/threats');
  return (
    <section aria-labelledby={`threats-${targetId}`} className="space-y-2 border-t border-slate-200 pt-3">
      <h3 id={`threats-${targetId}`} className="text-sm font-semibold text-slate-900">Threats ({threats?.length ?? 0})</h3>
      {!threats?.length ? (
        <p className="text-xs text-slate-500">No threats recorded here yet. Accept suggestions or add threats on the Threats tab.</p>
      ) : (
        <ul className="space-y-1.5">
          {threats.map((t) => (
            <li key={t.id} className="rounded border border-slate-200 p-2 text-sm">
              <Link href={`${threatsPath}?threat=${encodeURIComponent(t.id)}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                {t.title}
              </Link>
              <div className="mt-1 flex items-center gap-2 text-xs text-slate-600">
                <RiskBadge risk={t.risk} />
                <span>{threatStatusLabels[t.status as ThreatStatus] ?? t.status}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
