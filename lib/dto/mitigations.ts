import type { RiskLevel } from '../domain/risk';

export interface MitigationThreatLink {
  id: string;
  title: string;
  risk: RiskLevel;
  stage: { id: string; name: string; kind: string } | null;
  likelihoodReduction: number;
  impactReduction: number;
}

export interface MitigationRow {
  id: string;
  modelId: string;
  modelName: string;
  title: string;
  description: string;
  controlType: string;
  status: string;
  rejectionReason: string | null;
  owner: { id: string; name: string } | null;
  dueDate: string | null; // YYYY-MM-DD
  overdue: boolean;
  ticketUrl: string | null;
  evidence: string;
  evidenceLinks: string[];
  catalogueId: string | null;
  threats: MitigationThreatLink[];
  maxRisk: RiskLevel | null;
  stages: string[];
  version: number;
  updatedAt: Date;
}

export interface TimelineEntry {
  id: string;
  field: string;
  from: string | null;
  to: string | null;
  actor: string | null;
  at: Date;
}
