import { openThreatStatuses } from '@/lib/domain/threat';
import { riskLevel, type RiskLevel } from '@/lib/domain/risk';

export interface MatrixCell {
  likelihood: number;
  impact: number;
  count: number;
  risk: RiskLevel;
}

const open = new Set<string>(openThreatStatuses);

/**
 * The 5×5 matrix of open threats: rows from likelihood 5 (top) to 1, columns impact 1 to 5, as
 * risk matrices are usually drawn. Threats with ratings outside 1–5 are ignored.
 */
export function matrixCells(threats: readonly { likelihood: number; impact: number; status: string }[]): MatrixCell[][] {
  const counts = Array.from({ length: 5 }, () => Array<number>(5).fill(0));
  for (const t of threats) {
    if (!open.has(t.status)) continue;
    if (t.likelihood < 1 || t.likelihood > 5 || t.impact < 1 || t.impact > 5) continue;
    counts[t.likelihood - 1]![t.impact - 1]! += 1;
  }
  return [5, 4, 3, 2, 1].map((l) =>
    [1, 2, 3, 4, 5].map((i) => ({ likelihood: l, impact: i, count: counts[l - 1]![i - 1]!, risk: riskLevel(l, i) })),
  );
}

export function openTotal(cells: MatrixCell[][]): number {
  return cells.flat().reduce((n, c) => n + c.count, 0);
}
