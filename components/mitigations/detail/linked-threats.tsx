'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { linkMitigationAction, unlinkMitigationAction } from '@/app/(app)/w/[workspace]/mitigations/actions';
import { RiskBadge } from '@/components/threats/risk-badge';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { defaultReduction, type ControlType } from '@/lib/domain/mitigation';
import type { RiskLevel } from '@/lib/domain/risk';
import type { MitigationThreatLink } from '../types';

const select = 'h-8 rounded-md border border-slate-300 bg-white px-1.5 text-sm';
const steps = [0, 1, 2, 3, 4];

/** Per link: how much the mitigation lowers the threat's likelihood and impact once verified (0–4 each). */
export function ReductionSelects({ title, likelihood, impact, disabled, onChange }: {
  title: string;
  likelihood: number;
  impact: number;
  disabled?: boolean;
  onChange: (r: { likelihoodReduction: number; impactReduction: number }) => void;
}) {
  return (
    <span className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
      <label className="flex items-center gap-1">
        Likelihood −
        <select aria-label={`Likelihood reduction for ${title}`} className={select} value={likelihood} disabled={disabled} onChange={(e) => onChange({ likelihoodReduction: Number(e.target.value), impactReduction: impact })}>
          {steps.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
      <label className="flex items-center gap-1">
        Impact −
        <select aria-label={`Impact reduction for ${title}`} className={select} value={impact} disabled={disabled} onChange={(e) => onChange({ likelihoodReduction: likelihood, impactReduction: Number(e.target.value) })}>
          {steps.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
    </span>
  );
}

/** The threats a mitigation addresses, the reduction on each link, and linking more of the model's threats. */
export function LinkedThreats({ mitigationId, controlType, links, threatOptions, canEdit, threatHref }: {
  mitigationId: string;
  controlType: string;
  links: readonly MitigationThreatLink[];
  threatOptions: readonly { id: string; title: string; risk: RiskLevel }[];
  canEdit: boolean;
  threatHref: (threatId: string) => string;
}) {
  const router = useRouter();
  const link = useAction(linkMitigationAction);
  const unlink = useAction(unlinkMitigationAction);
  const [choice, setChoice] = useState('');
  const refresh = () => router.refresh();
  const linked = new Set(links.map((l) => l.id));
  const available = threatOptions.filter((t) => !linked.has(t.id));
  const error = link.error ?? unlink.error;
  return (
    <section aria-labelledby="linked-threats-title" className="space-y-2">
      <h3 id="linked-threats-title" className="text-sm font-semibold text-slate-900">Threats it addresses</h3>
      <p className="text-xs text-slate-600">Once verified, it lowers each threat’s residual likelihood and impact by the amounts set on the link.</p>
      {error && <Alert tone="error">{error.message}</Alert>}
      {links.length === 0 ? (
        <p className="text-sm text-slate-500">Not linked to any threat yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {links.map((t) => (
            <li key={t.id} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
              <span className="min-w-0 flex-1">
                <Link href={threatHref(t.id)} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">{t.title}</Link>
                {t.stage && <span className="block text-xs text-slate-500">{t.stage.name}</span>}
              </span>
              <RiskBadge risk={t.risk} />
              {canEdit ? (
                <>
                  <ReductionSelects
                    title={t.title}
                    likelihood={t.likelihoodReduction}
                    impact={t.impactReduction}
                    disabled={link.pending}
                    onChange={(r) => link.run({ threatId: t.id, mitigationId, ...r }, refresh)}
                  />
                  <Button size="sm" variant="ghost" aria-label={`Unlink ${t.title}`} pending={unlink.pending} onClick={() => unlink.run({ threatId: t.id, mitigationId }, refresh)}>Unlink</Button>
                </>
              ) : (
                <span className="text-xs text-slate-600">Likelihood −{t.likelihoodReduction}, impact −{t.impactReduction}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && available.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-1 text-sm">
            <span className="text-slate-700">Link a threat</span>
            <select className={`${select} max-w-80`} value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="">Choose…</option>
              {available.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
            </select>
          </label>
          <Button
            size="sm"
            variant="secondary"
            disabled={!choice}
            pending={link.pending}
            onClick={() => link.run({ threatId: choice, mitigationId, ...defaultReduction(controlType as ControlType) }, () => { setChoice(''); refresh(); })}
          >
            Link threat
          </Button>
        </div>
      )}
    </section>
  );
}
