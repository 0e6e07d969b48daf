import { controlTypeLabels, mitigationStatusLabels, type ControlType, type MitigationStatus } from '../domain/mitigation';
import { riskLevelLabels, type RiskLevel } from '../domain/risk';
import { toCsv } from './csv';

export interface MitigationCsvRow {
  id: string;
  modelName: string;
  title: string;
  controlType: string;
  status: string;
  owner: { name: string } | null;
  dueDate: string | null;
  overdue: boolean;
  maxRisk: RiskLevel | null;
  stages: string[];
  threats: { title: string }[];
  ticketUrl: string | null;
  catalogueId: string | null;
  rejectionReason: string | null;
  evidence: string;
  evidenceLinks: string[];
}

export const mitigationCsvHeader = [
  'ID', 'Model', 'Title', 'Control type', 'Status', 'Owner', 'Due date', 'Overdue', 'Highest risk', 'Stages', 'Threats',
  'Ticket', 'Catalogue id', 'Rejection reason', 'Evidence', 'Evidence links',
] as const;

/** The tracker as CSV: the table's columns, one row per mitigation. */
export function mitigationsToCsv(rows: readonly MitigationCsvRow[]): string {
  return toCsv(
    mitigationCsvHeader,
    rows.map((m) => [
      m.id, m.modelName, m.title, controlTypeLabels[m.controlType as ControlType] ?? m.controlType,
      mitigationStatusLabels[m.status as MitigationStatus] ?? m.status, m.owner?.name ?? '', m.dueDate ?? '', m.overdue ? 'yes' : 'no',
      m.maxRisk ? riskLevelLabels[m.maxRisk] : '', m.stages, m.threats.map((t) => t.title), m.ticketUrl ?? '', m.catalogueId ?? '',
      m.rejectionReason ?? '', m.evidence, m.evidenceLinks,
    ]),
  );
}
