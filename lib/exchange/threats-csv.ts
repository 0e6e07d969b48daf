import { riskLevelLabels, type RiskLevel } from '../domain/risk';
import { threatSourceLabels, threatStatusLabels, type ThreatSource, type ThreatStatus } from '../domain/threat';
import { toCsv } from './csv';

export interface ThreatCsvRow {
  id: string;
  title: string;
  target: { type: string; name: string };
  category: string;
  stride: string[];
  likelihood: number;
  impact: number;
  score: number;
  risk: RiskLevel;
  status: string;
  owner: { name: string } | null;
  source: string;
  catalogueId: string | null;
  references: Record<string, string[]>;
  description: string;
  rationale: string;
}

export const threatCsvHeader = [
  'ID', 'Title', 'Target type', 'Target', 'Category', 'STRIDE', 'Likelihood', 'Impact', 'Risk score', 'Risk level',
  'Status', 'Owner', 'Source', 'Catalogue id', 'ATLAS', 'OWASP LLM', 'OWASP Agentic', 'OWASP ML', 'NIST AI 100-2', 'Kubernetes',
  'Description', 'Rationale',
] as const;

/** The register as CSV, one row per threat, the same columns as the table plus the long texts. */
export function threatsToCsv(rows: readonly ThreatCsvRow[]): string {
  return toCsv(
    threatCsvHeader,
    rows.map((t) => [
      t.id, t.title, t.target.type, t.target.name, t.category, t.stride, t.likelihood, t.impact, t.score, riskLevelLabels[t.risk],
      threatStatusLabels[t.status as ThreatStatus] ?? t.status, t.owner?.name ?? '', threatSourceLabels[t.source as ThreatSource] ?? t.source,
      t.catalogueId ?? '', t.references.atlas ?? [], t.references.owaspLlm ?? [], t.references.owaspAgentic ?? [],
      t.references.owaspMl ?? [], t.references.nist ?? [], t.references.k8s ?? [], t.description, t.rationale,
    ]),
  );
}
