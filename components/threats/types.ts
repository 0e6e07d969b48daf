import type { RiskLevel } from '@/lib/domain/risk';

// Client-side shapes of the server's DTOs: the same fields, dates as ISO strings.

export interface ThreatTargetView {
  type: 'element' | 'flow' | 'model';
  id: string | null;
  name: string;
  kind: string | null;
}

export interface ThreatItem {
  id: string;
  title: string;
  description: string;
  category: string;
  stride: string[];
  references: Record<string, string[]>;
  likelihood: number;
  impact: number;
  score: number;
  risk: RiskLevel;
  status: string;
  owner: { id: string; name: string } | null;
  rationale: string;
  source: string;
  catalogueId: string | null;
  ruleId: string | null;
  target: ThreatTargetView;
  triggerRetired: boolean;
  /** Linked mitigations with the reduction set on each link. */
  mitigations: ThreatMitigationLink[];
  /** Inherent ratings lowered by verified mitigations. */
  residual: { likelihood: number; impact: number; score: number; risk: RiskLevel };
  /** Every live linked mitigation is verified: propose marking the threat mitigated. */
  allMitigationsVerified: boolean;
  version: number;
  updatedAt: string;
}

export interface ThreatMitigationLink {
  id: string;
  title: string;
  status: string;
  likelihoodReduction: number;
  impactReduction: number;
}

/** A mitigation of the model, to link to a threat. */
export interface MitigationOption {
  id: string;
  title: string;
  status: string;
  controlType: string;
  catalogueId: string | null;
}

export interface SuggestionItem {
  id: string;
  ruleId: string;
  threatId: string;
  title: string;
  category: string;
  risk: RiskLevel;
  target: ThreatTargetView;
  explanation: string;
  path: string[];
  status: 'open' | 'accepted' | 'dismissed';
  active: boolean;
  dismissReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  acceptedThreatId: string | null;
  retiredAt: string | null;
}

export interface MemberOption {
  id: string;
  name: string;
}

/** Elements and flows a threat can be attached to, for the "Add threat" dialog. */
export interface TargetOption {
  type: 'element' | 'flow';
  id: string;
  name: string;
  kind: string | null;
}
