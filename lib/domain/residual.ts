import type { MitigationStatus } from './mitigation';

export interface LinkEffect {
  status: MitigationStatus | string;
  likelihoodReduction: number;
  impactReduction: number;
}

/**
 * Residual likelihood and impact: the inherent ratings lowered by every VERIFIED linked
 * mitigation as the team set on each link, never below 1. Unverified work earns no credit.
 */
export function residualRating(likelihood: number, impact: number, links: readonly LinkEffect[]): { likelihood: number; impact: number } {
  let l = likelihood;
  let i = impact;
  for (const link of links) {
    if (link.status !== 'verified') continue;
    l -= link.likelihoodReduction;
    i -= link.impactReduction;
  }
  return { likelihood: Math.max(1, Math.min(likelihood, l)), impact: Math.max(1, Math.min(impact, i)) };
}

/** True when every linked mitigation that is not rejected is verified (and there is one). */
export function allMitigationsVerified(links: readonly { status: string }[]): boolean {
  const live = links.filter((l) => l.status !== 'rejected');
  return live.length > 0 && live.every((l) => l.status === 'verified');
}
