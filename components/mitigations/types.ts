import type { RiskLevel } from '@/lib/domain/risk';

// Client-side shapes of the server's mitigation DTOs: the same fields, dates as ISO strings.

export interface MitigationThreatLink {
  id: string;
  title: string;
  risk: RiskLevel;
  stage: { id: string; name: string; kind: string } | null;
  likelihoodReduction: number;
  impactReduction: number;
}

export interface MitigationItem {
  id: string;
  modelId: string;
  modelName: string;
  title: string;
  description: string;
  controlType: string;
  status: string;
  rejectionReason: string | null;
  owner: { id: string; name: string } | null;
  dueDate: string | null;
  overdue: boolean;
  ticketUrl: string | null;
  evidence: string;
  evidenceLinks: string[];
  catalogueId: string | null;
  threats: MitigationThreatLink[];
  maxRisk: RiskLevel | null;
  stages: string[];
  version: number;
  updatedAt: string;
}

export interface TimelineItem {
  id: string;
  field: string;
  from: string | null;
  to: string | null;
  actor: string | null;
  at: string;
}

export interface MitigationDetailData {
  mitigation: MitigationItem;
  timeline: TimelineItem[];
  /** Threats of the mitigation's model, to link more of them. */
  threatOptions: { id: string; title: string; risk: RiskLevel }[];
}

export interface ModelOption {
  id: string;
  name: string;
}

/** Fields the tracker and the detail dialog change (the server action's `changes`). */
export interface MitigationChanges {
  title?: string;
  description?: string;
  controlType?: 'preventive' | 'detective' | 'corrective';
  status?: 'proposed' | 'planned' | 'in-progress' | 'implemented' | 'verified' | 'rejected';
  rejectionReason?: string;
  ownerId?: string | null;
  dueDate?: string | null;
  ticketUrl?: string | null;
  evidence?: string;
  evidenceLinks?: string[];
}
