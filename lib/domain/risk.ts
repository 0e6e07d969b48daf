import { z } from 'zod';

/** Likelihood and impact on the usual 1–5 scales. */
export const ratingSchema = z.number({ message: 'Choose a value from 1 to 5.' }).int().min(1, 'Choose a value from 1 to 5.').max(5, 'Choose a value from 1 to 5.');

export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof riskLevels)[number];

export const riskLevelLabels: Record<RiskLevel, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

export const likelihoodLabels = ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'] as const;
export const impactLabels = ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'] as const;

/**
 * Risk = likelihood × impact (1–25), banded as in most 5×5 matrices:
 * 1–4 low, 5–9 medium, 10–14 high, 15–25 critical.
 */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function riskLevel(likelihood: number, impact: number): RiskLevel {
  const score = riskScore(likelihood, impact);
  if (score >= 15) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

export const riskRank: Record<RiskLevel, number> = { low: 1, medium: 2, high: 3, critical: 4 };
