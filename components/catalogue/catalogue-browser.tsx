'use client';
import { useMemo, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { FieldShell } from '@/components/ui/field';
import {
  catalogueMitigations, catalogueThreats, mitigationById, referenceFrameworks, strideNames, threatById, threatCategories,
  threatCategoryLabels, threatsForMitigation, type CatalogueMitigation, type CatalogueThreat,
} from '@/lib/catalogue';
import { elementKindDefs, elementKinds } from '@/lib/domain/element-kinds';
import { impactLabels, likelihoodLabels, riskLevel } from '@/lib/domain/risk';
import { RiskBadge } from '@/components/threats/risk-badge';
import { emptyCatalogueFilter, filterMitigations, filterThreats, type CatalogueFilter } from './filters';
import { frameworkLabels, ReferencesList } from './references-list';

export interface RuleInfoView {
  id: string;
  title: string;
  description: string;
  threatIds: string[];
}

type Tab = 'threats' | 'mitigations' | 'rules';
const selectCls = 'block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm';
const kindLabel = (k: string) => (elementKinds as readonly string[]).includes(k) ? elementKindDefs[k as keyof typeof elementKindDefs].label : k;

/** Built-in threats, mitigations and rules, searchable and filterable. */
export function CatalogueBrowser({ rules, version }: { rules: RuleInfoView[] | null; version: string }) {
  const [tab, setTab] = useState<Tab>('threats');
  const [f, setF] = useState<CatalogueFilter>(emptyCatalogueFilter);
  const threats = useMemo(() => filterThreats(catalogueThreats, f), [f]);
  const mitigations = useMemo(() => filterMitigations(catalogueMitigations, f, threatsForMitigation), [f]);
  const shownRules = useMemo(() => {
    if (!rules) return [];
    const ids = new Set(threats.map((t) => t.id));
    const q = f.query.toLowerCase();
    return rules.filter((r) => r.threatIds.some((id) => ids.has(id)) || (q && `${r.id} ${r.title} ${r.description}`.toLowerCase().includes(q)));
  }, [rules, threats, f.query]);
  const set = (patch: Partial<CatalogueFilter>) => setF((old) => ({ ...old, ...patch }));

  const tabs: { id: Tab; label: string; count: number }[] = [
    { id: 'threats', label: 'Threats', count: threats.length },
    { id: 'mitigations', label: 'Mitigations', count: mitigations.length },
    ...(rules ? [{ id: 'rules' as const, label: 'Rules', count: shownRules.length }] : []),
  ];

  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">Threat catalogue</h2>
        <p className="text-sm text-slate-600">
          {catalogueThreats.length} threats and {catalogueMitigations.length} mitigations for AI/ML pipelines (catalogue {version}), mapped to MITRE ATLAS, the OWASP Top 10s and NIST AI 100-2.
        </p>
      </div>
      <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-4">
        <FieldShell label="Search">
          {({ id }) => <input id={id} type="search" className={selectCls} value={f.query} onChange={(e) => set({ query: e.target.value })} placeholder="Title, description or reference id" />}
        </FieldShell>
        <FieldShell label="Framework">
          {({ id }) => (
            <select id={id} className={selectCls} value={f.framework} onChange={(e) => set({ framework: e.target.value })}>
              <option value="">Any framework</option>
              {referenceFrameworks.map((k) => <option key={k} value={k}>{frameworkLabels[k]}</option>)}
            </select>
          )}
        </FieldShell>
        <FieldShell label="Category">
          {({ id }) => (
            <select id={id} className={selectCls} value={f.category} onChange={(e) => set({ category: e.target.value })}>
              <option value="">Any category</option>
              {threatCategories.map((c) => <option key={c} value={c}>{threatCategoryLabels[c]}</option>)}
            </select>
          )}
        </FieldShell>
        <FieldShell label="Element kind">
          {({ id }) => (
            <select id={id} className={selectCls} value={f.kind} onChange={(e) => set({ kind: e.target.value })}>
              <option value="">Any kind</option>
              <option value="flow">Data flows</option>
              {elementKinds.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
            </select>
          )}
        </FieldShell>
      </div>

      <div role="tablist" aria-label="Catalogue sections" className="flex w-fit gap-1 rounded-lg bg-slate-100 p-1 text-sm">
        {tabs.map((t) => (
          <button
            key={t.id}
            role="tab"
            type="button"
            id={`tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => setTab(t.id)}
            className={cn('rounded-md px-3 py-1.5 font-medium', tab === t.id ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900')}
          >
            {t.label} ({t.count})
          </button>
        ))}
      </div>
      {!rules && <p className="text-sm text-slate-500">The rule list is not available in this build.</p>}

      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'threats' && <List items={threats} render={(t) => <ThreatEntry key={t.id} t={t} />} />}
        {tab === 'mitigations' && <List items={mitigations} render={(m) => <MitigationEntry key={m.id} m={m} />} />}
        {tab === 'rules' && <List items={shownRules} render={(r) => <RuleEntry key={r.id} r={r} />} />}
      </div>
    </div>
  );
}

function List<T>({ items, render }: { items: T[]; render: (item: T) => React.ReactNode }) {
  if (!items.length) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">Nothing matches these filters.</p>;
  return <ul className="space-y-3">{items.map(render)}</ul>;
}

function ThreatEntry({ t }: { t: CatalogueThreat }) {
  const mitigations = t.mitigations.flatMap((id) => mitigationById(id) ?? []);
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{t.title}</h3>
        <span className="font-mono text-xs text-slate-500">{t.id}</span>
        <Badge>{threatCategoryLabels[t.category]}</Badge>
        <RiskBadge risk={riskLevel(t.likelihood, t.impact)} score={t.likelihood * t.impact} />
      </div>
      <p className="text-sm text-slate-700">{t.description}</p>
      <p className="text-xs text-slate-600">
        STRIDE: {t.stride.map((l) => strideNames[l]).join(', ')} · Default likelihood {t.likelihood} ({likelihoodLabels[t.likelihood - 1]}), impact {t.impact} ({impactLabels[t.impact - 1]})
      </p>
      <p className="text-xs text-slate-600">
        Applies to: {[...t.appliesTo.elementKinds.map(kindLabel), ...(t.appliesTo.flows ? ['data flows'] : [])].join(', ') || '—'}
      </p>
      <ReferencesList references={t.references} />
      <div className="text-xs">
        <span className="font-medium text-slate-600">Mitigations: </span>
        {mitigations.map((m, i) => <span key={m.id}>{i > 0 && '; '}<span className="font-mono">{m.id}</span> {m.title}</span>)}
      </div>
    </li>
  );
}

function MitigationEntry({ m }: { m: CatalogueMitigation }) {
  const linked = threatsForMitigation(m.id);
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{m.title}</h3>
        <span className="font-mono text-xs text-slate-500">{m.id}</span>
        <Badge tone="brand">{m.controlType[0]!.toUpperCase() + m.controlType.slice(1)} control</Badge>
      </div>
      <p className="text-sm text-slate-700">{m.description}</p>
      <ReferencesList references={m.references} />
      <div className="text-xs">
        <span className="font-medium text-slate-600">Mitigates: </span>
        {linked.length ? linked.map((t, i) => <span key={t.id}>{i > 0 && '; '}<span className="font-mono">{t.id}</span> {t.title}</span>) : '—'}
      </div>
    </li>
  );
}

function RuleEntry({ r }: { r: RuleInfoView }) {
  return (
    <li className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="text-sm font-semibold text-slate-900">{r.title}</h3>
        <span className="font-mono text-xs text-slate-500">{r.id}</span>
      </div>
      <p className="text-sm text-slate-700">{r.description}</p>
      <div className="text-xs">
        <span className="font-medium text-slate-600">Suggests: </span>
        {r.threatIds.map((id, i) => <span key={id}>{i > 0 && '; '}<span className="font-mono">{id}</span> {threatById(id)?.title ?? ''}</span>)}
      </div>
    </li>
  );
}
