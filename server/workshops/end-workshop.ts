import 'server-only';
import type { z } from 'zod';
import { diffDocuments } from '@/lib/workshop/diff';
import type { workshopRefSchema } from '@/lib/workshop/schemas';
import type { WorkshopSummary } from '@/lib/workshop/summary';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { buildModelDocument } from '../exports/build-model-document';
import { snapshotDocument, takeSnapshot } from '../snapshots/snapshot-store';
import { requireWorkshop } from './workshop-access';

const nameOf = (u: { name: string | null; email: string } | null) => (u ? (u.name ?? u.email) : null);

/**
 * The facilitator (or an owner) ends the workshop: the model is frozen in a snapshot (kind
 * "workshop") whose summary holds the attendance, the decisions, the questions still parked and
 * what changed since the workshop's baseline snapshot. Votes never revealed stay secret.
 */
export async function endWorkshop(actor: Actor | null, input: z.output<typeof workshopRefSchema>): Promise<{ snapshotId: string }> {
  return getDb().$transaction(async (tx) => {
    const { workshop, access } = await requireWorkshop(tx, actor, input.workshopId, 'FACILITATOR', { active: true, lock: true });
    const now = new Date();
    const document = await buildModelDocument(tx, workshop.modelId, now);
    const baseline = workshop.baselineSnapshotId ? await snapshotDocument(tx, workshop.baselineSnapshotId) : null;
    const attendees = await tx.workshopAttendee.findMany({ where: { workshopId: workshop.id }, orderBy: [{ joinedAt: 'asc' }, { userId: 'asc' }], select: { user: { select: { name: true, email: true } } } });
    const decisions = await tx.workshopDecision.findMany({ where: { workshopId: workshop.id }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { text: true, createdAt: true, author: { select: { name: true, email: true } } } });
    const parked = await tx.parkingLotItem.findMany({ where: { modelId: workshop.modelId, resolvedAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, text: true, createdAt: true, author: { select: { name: true, email: true } } } });
    const facilitator = workshop.facilitatorId ? await tx.user.findUnique({ where: { id: workshop.facilitatorId }, select: { name: true, email: true } }) : null;
    const summary: WorkshopSummary = {
      workshopId: workshop.id,
      title: workshop.title,
      facilitator: nameOf(facilitator),
      startedAt: workshop.startedAt.toISOString(),
      endedAt: now.toISOString(),
      attendance: attendees.map((a) => nameOf(a.user)!),
      decisions: decisions.map((d) => ({ text: d.text, by: nameOf(d.author), at: d.createdAt.toISOString() })),
      parkingLot: parked.map((p) => ({ id: p.id, text: p.text, by: nameOf(p.author), at: p.createdAt.toISOString() })),
      baseline: baseline && workshop.baselineSnapshotId ? { snapshotId: workshop.baselineSnapshotId, createdAt: baseline.createdAt.toISOString() } : null,
      diff: diffDocuments(baseline?.document ?? null, document),
    };
    const snapshot = await takeSnapshot(tx, { modelId: workshop.modelId, name: `Workshop: ${workshop.title}`, kind: 'workshop', createdById: access.actor.userId, now, document, summary });
    await tx.workshop.update({ where: { id: workshop.id }, data: { status: 'ended', endedAt: now, snapshotId: snapshot.id, version: { increment: 1 } } });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'workshop.end',
      entityType: 'workshop',
      entityId: workshop.id,
      after: { snapshotId: snapshot.id, attendance: summary.attendance.length, decisions: summary.decisions.length },
      live: { modelId: workshop.modelId, type: 'workshop.end', data: { workshopId: workshop.id, snapshotId: snapshot.id } },
    });
    return { snapshotId: snapshot.id };
  }, { timeout: 60_000 });
}
