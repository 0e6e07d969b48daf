import type { RiskLevel } from '../domain/risk';

// Shapes the data-access layer returns for threats and suggestions, defined once for the server
// (with Dates) and the UI (via Serialized<>).

export interface ThreatTarget {
  type: 'element' | 'flow' | 'model';
  id: string | null;
  name: string;
  kind: string | null;
}

export interface ThreatMitigationLink {
  id: string;
  title: string;
  status: string;
  likelihoodReduction: number;
  impactReduction: number;
}

export interface ThreatRow {
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
  target: ThreatTarget;
  triggerRetired: boolean;
  /** Linked mitigations with the reduction set on each link. */
  mitigations: ThreatMitigationLink[];
  /** Inherent ratings lowered by verified mitigations. */
  residual: { likelihood: number; impact: number; score: number; risk: RiskLevel };
  /** Every live linked mitigation is verified: the UI proposes marking the threat mitigated. */
  allMitigationsVerified: boolean;
  version: number;
  updatedAt: Date;
}

export interface SuggestionRow {
  id: string;
  ruleId: string;
  threatId: string;
  title: string;
  category: string;
  risk: RiskLevel;
  target: ThreatTarget;
  explanation: string;
  path: string[];
  status: 'open' | 'accepted' | 'dismissed';
  active: boolean;
  dismissReason: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  acceptedThreatId: string | null;
  retiredAt: Date | null;
}

/** Enough of each threat for canvas badges and the inspector's list. */
export interface CanvasThreat {
  id: string;
  title: string;
  targetId: string | null;
  status: string;
  risk: RiskLevel;
  score: number;
}
