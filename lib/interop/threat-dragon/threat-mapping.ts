import type { MitigationStatus } from '../../domain/mitigation';
import type { ThreatStatus } from '../../domain/threat';
import { strideLabels, strideLetters } from '../../domain/threat';

// How Threat Dragon's threat fields map to Threatline's, both ways. Tables rather than code so
// the import report and docs can quote them.

type Stride = (typeof strideLetters)[number];

/** TD status → our threat status; `exact: false` is reported as an approximation. */
export const statusFromTd: Record<string, { status: ThreatStatus; exact: boolean }> = {
  open: { status: 'identified', exact: true },
  mitigated: { status: 'mitigated', exact: true },
  notapplicable: { status: 'not-applicable', exact: true },
  na: { status: 'not-applicable', exact: true },
  accepted: { status: 'accepted', exact: true },
  transferred: { status: 'transferred', exact: true },
  avoided: { status: 'mitigated', exact: false },
  eliminated: { status: 'mitigated', exact: false },
};

/** Our status → TD's (Threat Dragon's editor offers Open, Mitigated and NotApplicable). */
export const statusToTd: Record<ThreatStatus, string> = {
  identified: 'Open',
  mitigating: 'Open',
  mitigated: 'Mitigated',
  accepted: 'Accepted',
  transferred: 'Transferred',
  'not-applicable': 'NotApplicable',
};

/** The linked mitigation made from a threat's mitigation text takes its status from the threat. */
export const mitigationStatusFromTd: Record<ThreatStatus, MitigationStatus> = {
  identified: 'proposed',
  mitigating: 'in-progress',
  mitigated: 'implemented',
  accepted: 'proposed',
  transferred: 'proposed',
  'not-applicable': 'proposed',
};

/** TD severity → likelihood and impact (1–5). TD has one scale; we have two. */
export const severityFromTd: Record<string, { likelihood: number; impact: number }> = {
  critical: { likelihood: 4, impact: 5 },
  high: { likelihood: 4, impact: 4 },
  medium: { likelihood: 3, impact: 3 },
  low: { likelihood: 2, impact: 2 },
};
export const unratedSeverity = { likelihood: 3, impact: 3 };

/** Likelihood × impact → TD severity; inverts severityFromTd exactly. */
export function severityToTd(likelihood: number, impact: number): string {
  const score = likelihood * impact;
  if (score >= 20) return 'Critical';
  if (score >= 12) return 'High';
  if (score >= 6) return 'Medium';
  return 'Low';
}

const strideByLabel = new Map<string, Stride>(strideLetters.map((l) => [strideLabels[l].toLowerCase(), l]));
strideByLabel.set('elevation of privileges', 'E');
strideByLabel.set('denial of services', 'D');

/** CIA categories read as the STRIDE letter that breaks them (approximate, reported). */
const ciaToStride: Record<string, Stride> = { confidentiality: 'I', integrity: 'T', availability: 'D' };

export interface TypeMapping {
  category: string;
  stride: Stride[];
  /** Set when the STRIDE letter was inferred from another methodology. */
  approximate: string | null;
}

export function typeFromTd(modelType: string, type: string): TypeMapping {
  const t = type.trim();
  const method = modelType.trim() || 'STRIDE';
  const category = (method.toUpperCase() === 'STRIDE' || !t ? t : `${method}: ${t}`).slice(0, 80);
  const letter = strideByLabel.get(t.toLowerCase());
  if (letter) return { category, stride: [letter], approximate: null };
  const cia = ciaToStride[t.toLowerCase()];
  if (cia) return { category, stride: [cia], approximate: `${t} read as STRIDE ${strideLabels[cia]}` };
  return { category, stride: [], approximate: null };
}

/** The TD type of one of our threats: the first STRIDE letter's name, else its category. */
export function typeToTd(stride: readonly string[], category: string): { modelType: string; type: string } {
  const first = stride.find((s): s is Stride => (strideLetters as readonly string[]).includes(s));
  if (first) return { modelType: 'STRIDE', type: strideLabels[first] };
  return { modelType: 'STRIDE', type: category };
}
