import { z } from 'zod';
import { mitigationStatuses } from '../domain/mitigation';
import { riskLevels, type RiskLevel } from '../domain/risk';

/**
 * The tracker's view as URL search parameters, so a link reproduces it. Shared by the table
 * (client) and the CSV export (server) so both show the same rows.
 */
const list = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.enum(values)).max(values.length)).optional();
const ids = z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(z.string().max(64)).max(200)).optional();

export const dueFilters = ['overdue', 'this-week', 'none'] as const;
export type DueFilter = (typeof dueFilters)[number];

export const trackerFilterSchema = z.object({
  status: list(mitigationStatuses as unknown as readonly [string, ...string[]]),
  owner: ids, // user ids, or "me"
  due: z.enum(dueFilters).optional(),
  model: ids,
  risk: list(riskLevels as unknown as readonly [RiskLevel, ...RiskLevel[]]), // highest risk among linked threats is one of these
  stage: z.string().max(200).optional(),
  q: z.string().max(200).optional(),
  sort: z.string().max(40).optional(),
});
export type TrackerFilters = z.infer<typeof trackerFilterSchema>;

export interface TrackerRow {
  modelId: string;
  title: string;
  description: string;
  status: string;
  owner: { id: string; name: string } | null;
  dueDate: string | null;
  overdue: boolean;
  maxRisk: RiskLevel | null;
  stages: string[];
}

/** Monday..Sunday week containing `today` (YYYY-MM-DD), in UTC. */
export function weekOf(today: string): { start: string; end: string } {
  const d = new Date(`${today}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { start: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10) };
}

export function filterMitigations<R extends TrackerRow>(rows: readonly R[], f: TrackerFilters, ctx: { today: string; meId: string | null }): R[] {
  const owners = f.owner?.map((o) => (o === 'me' ? ctx.meId : o)).filter((o): o is string => Boolean(o));
  const week = weekOf(ctx.today);
  const q = f.q?.trim().toLowerCase();
  const stage = f.stage?.trim().toLowerCase();
  return rows.filter((r) => {
    if (f.status?.length && !f.status.includes(r.status)) return false;
    if (owners && f.owner?.length && !(r.owner && owners.includes(r.owner.id))) return false;
    if (f.model?.length && !f.model.includes(r.modelId)) return false;
    if (f.due === 'overdue' && !r.overdue) return false;
    if (f.due === 'this-week' && !(r.dueDate && r.dueDate >= week.start && r.dueDate <= week.end && r.status !== 'verified' && r.status !== 'rejected')) return false;
    if (f.due === 'none' && r.dueDate) return false;
    if (f.risk?.length && !(r.maxRisk && f.risk.includes(r.maxRisk))) return false;
    if (stage && !r.stages.some((s) => s.toLowerCase().includes(stage))) return false;
    if (q && !`${r.title} ${r.description} ${r.owner?.name ?? ''}`.toLowerCase().includes(q)) return false;
    return true;
  });
}

/** Back to URL parameters (empty values dropped), for links and the CSV export. */
export function filtersToSearch(f: TrackerFilters): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === '' || (Array.isArray(v) && !v.length)) continue;
    p.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  return p.toString();
}
