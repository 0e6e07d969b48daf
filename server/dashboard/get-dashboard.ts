import 'server-only';
import { computeDashboard, type Dashboard } from '@/lib/dashboard/compute';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { NotFoundError } from '../errors';
import { isoDate } from '../mitigations/history';

/** Risk dashboard for one model or the whole workspace; every figure comes from computeDashboard. */
export async function getDashboard(actor: Actor | null, input: { workspaceId: string; modelId?: string }, now = new Date()): Promise<Dashboard> {
  const db = getDb();
  await requireWorkspaceRole(db, actor, input.workspaceId, 'VIEWER');
  if (input.modelId) {
    const model = await db.threatModel.findFirst({ where: { id: input.modelId, workspaceId: input.workspaceId }, select: { id: true } });
    if (!model) throw new NotFoundError('Threat model');
  }
  const scope = { model: { workspaceId: input.workspaceId }, ...(input.modelId ? { modelId: input.modelId } : {}) };
  const [threats, mitigations] = await Promise.all([
    db.threat.findMany({
      where: scope,
      select: {
        id: true, title: true, category: true, status: true, likelihood: true, impact: true, createdAt: true,
        element: { select: { id: true, name: true, kind: true } },
        mitigations: { select: { mitigationId: true, likelihoodReduction: true, impactReduction: true } },
        statusChanges: { select: { toValue: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      },
    }),
    db.mitigation.findMany({
      where: scope,
      select: {
        id: true, title: true, status: true, dueDate: true,
        model: { select: { name: true } },
        owner: { select: { name: true, email: true } },
        statusChanges: { where: { field: 'status' }, select: { toValue: true, createdAt: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      },
    }),
  ]);
  return computeDashboard(
    threats.map((t) => ({
      id: t.id,
      title: t.title,
      category: t.category,
      status: t.status,
      likelihood: t.likelihood,
      impact: t.impact,
      createdAt: t.createdAt.toISOString(),
      stage: t.element,
      links: t.mitigations,
      statusHistory: t.statusChanges.map((c) => ({ at: c.createdAt.toISOString(), to: c.toValue })),
    })),
    mitigations.map((m) => ({
      id: m.id,
      title: m.title,
      modelName: m.model.name,
      status: m.status,
      owner: m.owner?.name ?? m.owner?.email ?? null,
      dueDate: isoDate(m.dueDate),
      statusHistory: m.statusChanges.flatMap((c) => (c.toValue ? [{ at: c.createdAt.toISOString(), to: c.toValue }] : [])),
    })),
    now,
  );
}
