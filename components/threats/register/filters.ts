import { threatCategoryLabels, type ThreatCategory } from '@/lib/catalogue';
import { residualRating } from '@/lib/domain/residual';
import { riskLevel, riskScore } from '@/lib/domain/risk';
import type { strideLetters, ThreatStatus } from '@/lib/domain/threat';
import type { ThreatItem } from '../types';

// Pure helpers behind the register's filters, search, grouping and optimistic edits.

/** Reference keys a threat can cite, with the short names used in the framework filter. */
export const frameworkFilterOptions = [
  { value: 'atlas', label: 'MITRE ATLAS' },
  { value: 'owaspLlm', label: 'OWASP LLM' },
  { value: 'owaspAgentic', label: 'OWASP Agentic' },
  { value: 'owaspMl', label: 'OWASP ML' },
  { value: 'nist', label: 'NIST AI 100-2' },
  { value: 'k8s', label: 'Kubernetes' },
] as const;

/** The frameworks a threat cites at least one entry of. */
export function frameworksOf(references: Record<string, string[]>): string[] {
  return Object.entries(references).flatMap(([key, ids]) => (ids.length ? [key] : []));
}

/** A multi-value facet: nothing chosen lets every row through. */
export function inFacet(value: unknown, selected: readonly string[] | undefined): boolean {
  if (!selected || selected.length === 0) return true;
  return selected.includes(String(value));
}

/** Rows citing any of the chosen frameworks. */
export function citesAny(frameworks: readonly string[], selected: readonly string[] | undefined): boolean {
  if (!selected || selected.length === 0) return true;
  return frameworks.some((f) => selected.includes(f));
}

/** The stage a threat belongs to, for filtering and grouping: its element or flow, or the model. */
export function targetKey(t: Pick<ThreatItem, 'target'>): string {
  return t.target.id ?? 'model';
}

export function categoryLabel(category: string): string {
  return threatCategoryLabels[category as ThreatCategory] ?? category;
}

/** Everything the global search looks at, lower-cased once per row. */
export function searchText(t: ThreatItem): string {
  return [
    t.title, t.description, t.rationale, t.category, categoryLabel(t.category), t.target.name, t.catalogueId ?? '', t.ruleId ?? '',
    t.owner?.name ?? '', ...Object.values(t.references).flat(),
  ].join('\n').toLowerCase();
}

/** Every whitespace-separated term must appear somewhere. */
export function matchesSearch(text: string, query: string): boolean {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return terms.every((term) => text.includes(term));
}

export interface ThreatChanges {
  title?: string;
  description?: string;
  category?: string;
  stride?: (typeof strideLetters)[number][];
  likelihood?: number;
  impact?: number;
  status?: ThreatStatus;
  ownerId?: string | null;
  rationale?: string;
}

/** A threat with changes applied locally (before the server confirms), risk recomputed. */
export function applyChanges(t: ThreatItem, changes: ThreatChanges, owners: ReadonlyMap<string, string>): ThreatItem {
  const { ownerId, ...rest } = changes;
  const next: ThreatItem = { ...t, ...rest };
  if (ownerId !== undefined) next.owner = ownerId ? { id: ownerId, name: owners.get(ownerId) ?? 'Unknown member' } : null;
  next.score = riskScore(next.likelihood, next.impact);
  next.risk = riskLevel(next.likelihood, next.impact);
  if (rest.likelihood !== undefined || rest.impact !== undefined) {
    const r = residualRating(next.likelihood, next.impact, next.mitigations);
    next.residual = { ...r, score: riskScore(r.likelihood, r.impact), risk: riskLevel(r.likelihood, r.impact) };
  }
  return next;
}

/** Distinct stages in first-seen order, for the stage filter. */
export function targetOptions(rows: readonly ThreatItem[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (!seen.has(targetKey(r))) seen.set(targetKey(r), r.target.name);
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => (a.value === 'model' ? -1 : b.value === 'model' ? 1 : a.label.localeCompare(b.label)));
}
