'use client';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { inventorySummary, missingFacts, type AiAssetType, type InventoryRow, type MissingFact } from '@/lib/exchange/ai-inventory';
import { gapSentence, typeNoun } from './gap-text';
import { InventoryFactList } from './inventory-facts';

export interface BomViewProps {
  rows: InventoryRow[];
  /** `/w/<slug>/models/<id>`: rows link to `${modelHref}/canvas?focus=<element>`. */
  modelHref: string;
  downloadHref: string;
}

type MissingFilter = 'all' | 'any' | 'none' | MissingFact;
const types: AiAssetType[] = ['model', 'dataset', 'service'];
const typeLabels: Record<AiAssetType, string> = { model: 'Model', dataset: 'Dataset', service: 'Service' };

function DownloadLink({ href }: { href: string }) {
  return (
    <a href={href} download className="inline-flex h-10 items-center justify-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
      Download CycloneDX (JSON)
    </a>
  );
}

/** The AI bill of materials: models, datasets and model services of the diagram and what is missing. */
export function BomView({ rows, modelHref, downloadHref }: BomViewProps) {
  const [type, setType] = useState<AiAssetType | 'all'>('all');
  const [missing, setMissing] = useState<MissingFilter>('all');
  const summary = useMemo(() => inventorySummary(rows), [rows]);
  const visible = rows.filter(
    (r) =>
      (type === 'all' || r.type === type) &&
      (missing === 'all' || (missing === 'any' ? r.missing.length > 0 : missing === 'none' ? r.missing.length === 0 : r.missing.includes(missing))),
  );

  if (rows.length === 0) {
    return (
      <EmptyState
        title="No models or datasets in this diagram yet"
        action={
          <div className="flex flex-wrap items-center justify-center gap-3">
            <Link className="text-sm font-medium text-brand-700 underline" href={`${modelHref}/canvas`}>Open the canvas</Link>
            <DownloadLink href={downloadHref} />
          </div>
        }
      >
        <p>The AI bill of materials is built from the diagram:</p>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-left">
          <li><strong>Models</strong>: pretrained models, model registries and artifact builds — their model name, version, source URL or provenance, licence, hash and format.</li>
          <li><strong>Datasets</strong>: data sources, data stores, feature stores and vector stores — dataset name, licence, origin and personal data.</li>
          <li><strong>Services</strong>: external LLM APIs and inference services — model name, provider (the vendor of their third-party boundary) and region.</li>
        </ul>
        <p className="mt-2">Data flowing through ingestion into a training job links datasets to the model it produces.</p>
      </EmptyState>
    );
  }

  const present = missingFacts.filter((f) => rows.some((r) => r.missing.includes(f)));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <dl className="grid grid-cols-3 gap-3">
          {types.map((t) => (
            <div key={t} className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm">
              <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{typeNoun(t, 2)}</dt>
              <dd className="text-2xl font-semibold tabular-nums text-slate-900">{summary.counts[t]}</dd>
            </div>
          ))}
        </dl>
        <DownloadLink href={downloadHref} />
      </div>

      <section aria-labelledby="bom-gaps" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="bom-gaps" className="text-base font-semibold text-slate-900">What an auditor would ask for</h2>
        {summary.gaps.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">Every model, dataset and service records the facts a bill of materials needs.</p>
        ) : (
          <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
            {summary.gaps.map((g) => <li key={`${g.type}-${g.fact}`}>{gapSentence(g)}.</li>)}
          </ul>
        )}
      </section>

      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Type</span>
          <select className="h-9 rounded-md border border-slate-300 bg-white px-2" value={type} onChange={(e) => setType(e.target.value as AiAssetType | 'all')}>
            <option value="all">All types</option>
            {types.map((t) => <option key={t} value={t}>{typeLabels[t]}s</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Missing</span>
          <select className="h-9 rounded-md border border-slate-300 bg-white px-2" value={missing} onChange={(e) => setMissing(e.target.value as MissingFilter)}>
            <option value="all">Any</option>
            <option value="any">Something missing</option>
            <option value="none">Nothing missing</option>
            {present.map((f) => <option key={f} value={f}>Missing {f}</option>)}
          </select>
        </label>
        <p className="pb-2 text-slate-600" aria-live="polite">{visible.length} of {rows.length} shown</p>
      </div>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table aria-label="AI inventory" className="w-full text-left text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-2">Element</th>
              <th scope="col" className="px-4 py-2">Type</th>
              <th scope="col" className="px-4 py-2">Facts</th>
              <th scope="col" className="px-4 py-2">Missing</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {visible.map((r) => (
              <tr key={r.elementId}>
                <td className="px-4 py-3">
                  <Link href={`${modelHref}/canvas?focus=${encodeURIComponent(r.elementId)}`} className="font-medium text-brand-700 underline">{r.name}</Link>
                  <div className="text-xs text-slate-500">{r.kindLabel}</div>
                </td>
                <td className="px-4 py-3">{typeLabels[r.type]}</td>
                <td className="max-w-md px-4 py-3"><InventoryFactList row={r} /></td>
                <td className="px-4 py-3">
                  {r.missing.length === 0 ? (
                    <Badge>Complete</Badge>
                  ) : (
                    <ul aria-label={`Missing for ${r.name}`} className="flex flex-wrap gap-1">
                      {r.missing.map((m) => <li key={m}><Badge tone="warning">No {m}</Badge></li>)}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
            {visible.length === 0 && (
              <tr><td colSpan={4} className="px-4 py-6 text-center text-slate-600">No rows match these filters.</td></tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
