import type { RiskLevel } from '../domain/risk';
import type { DiagramData } from './diagram';
import type { ReportSection } from './options';

export interface Rating {
  likelihood: number;
  impact: number;
  score: number;
  level: RiskLevel;
}

export interface ReportReference {
  framework: string;
  id: string;
  /** The official name, when the framework and id are known. */
  name: string | null;
}

export interface ReportThreat {
  /** T-001…: numbered in report order, used for cross-references. */
  ref: string;
  id: string;
  title: string;
  description: string;
  category: string;
  stride: string[];
  references: ReportReference[];
  inherent: Rating;
  residual: Rating;
  status: string;
  statusLabel: string;
  open: boolean;
  owner: string | null;
  stageName: string;
  mitigationRefs: string[];
}

export interface ReportStage {
  key: string;
  type: 'element' | 'flow' | 'model';
  name: string;
  kindLabel: string;
  threats: ReportThreat[];
}

export interface ReportMitigation {
  ref: string;
  id: string;
  title: string;
  description: string;
  controlType: string;
  status: string;
  statusLabel: string;
  owner: string | null;
  dueDate: string | null;
  overdue: boolean;
  ticketUrl: string | null;
  rejectionReason: string | null;
  threatRefs: string[];
}

export interface FrameworkMapping {
  framework: string;
  entries: { id: string; name: string | null; threatRefs: string[] }[];
}

export interface BomRow {
  name: string;
  kind: string;
  type: 'model' | 'dataset' | 'service';
  facts: { label: string; value: string }[];
  missing: string[];
}

export interface DismissedSuggestion {
  catalogueId: string;
  title: string;
  target: string;
  reason: string;
  explanation: string;
}

export interface ReportData {
  sections: ReportSection[];
  meta: {
    modelName: string;
    modelDescription: string;
    workspace: string;
    revision: number;
    /** The snapshot reported on; null for the model as it was when the report was generated. */
    snapshot: { id: string; name: string; takenAt: string } | null;
    generatedAt: string;
    author: string;
    exportedAt: string;
    catalogueVersion: string;
    /** Human-readable filters, e.g. "Threats of high risk and above". */
    filters: string[];
  };
  summary: {
    totals: { threats: number; open: number; mitigations: number; verified: number; overdue: number };
    statuses: { id: string; label: string }[];
    byRisk: { level: RiskLevel; label: string; counts: Record<string, number>; total: number }[];
    /** High and critical (inherent) threats with at least one verified mitigation. */
    coverage: { highOrCritical: number; covered: number; ratio: number | null };
    topOpen: ReportThreat[];
  };
  scope: {
    boundaries: { name: string; kindLabel: string; parent: string | null }[];
    elements: { name: string; kindLabel: string; boundary: string | null; openThreats: number }[];
    flows: { source: string; target: string; label: string; crossesBoundary: boolean }[];
  };
  diagram: DiagramData | null;
  stages: ReportStage[];
  threatCount: number;
  mitigations: ReportMitigation[];
  /** cells[likelihood-1][impact-1], threats in the register except "not applicable". */
  matrix: { inherent: number[][]; residual: number[][] };
  bom: BomRow[];
  frameworks: FrameworkMapping[];
  dismissed: DismissedSuggestion[] | null;
}
