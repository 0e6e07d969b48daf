import 'server-only';
import type { z } from 'zod';
import { buildAgenda, type AgendaStage } from '@/lib/workshop/agenda';
import type { startWorkshopSchema } from '@/lib/workshop/schemas';
import type { Prisma } from '@/prisma/generated/client';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { loadGraph } from '../canvas/load-graph';
import { getDb } from '../db';
import { ConflictError } from '../errors';
import { latestSnapshot, takeSnapshot } from '../snapshots/snapshot-store';

/** An empty diagram still gets one stage: the threats on the model as a whole. */
const WHOLE_MODEL: AgendaStage = { key: 'model', title: 'Whole model', elementIds: [], flowIds: [] };

/**
 * Starts a workshop on a model (editors; the starter facilitates). One at a time per model: a
 * second start is a 409. The agenda is generated from the diagram now and stored. The model's
 * latest snapshot becomes the baseline the workshop's changes are measured against; a model
 * without any snapshot gets one taken now.
 */
export async function startWorkshop(actor: Actor | null, input: z.output<typeof startWorkshopSchema>): Promise<{ id: string }> {
  return getDb().$transaction(async (tx) => {
    const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
    // The model row lock serialises concurrent starts, so only one of them finds no active workshop.
    await tx.$executeRaw`SELECT 1 FROM "ThreatModel" WHERE id = ${input.modelId} FOR UPDATE`;
    const running = await tx.workshop.findFirst({
      where: { modelId: input.modelId, status: 'active' },
      select: { title: true, facilitator: { select: { name: true, email: true } } },
    });
    if (running) {
      const by = running.facilitator ? ` (facilitated by ${running.facilitator.name ?? running.facilitator.email})` : '';
      throw new ConflictError(`The workshop “${running.title}”${by} is still running on this model. Join it, or end it before starting another.`);
    }
    const agenda = buildAgenda(await loadGraph(tx, input.modelId), input.agendaMode);
    const baseline =
      (await latestSnapshot(tx, input.modelId)) ??
      (await takeSnapshot(tx, { modelId: input.modelId, name: `Before “${input.title}”`, kind: 'baseline', createdById: access.actor.userId }));
    const workshop = await tx.workshop.create({
      data: {
        modelId: input.modelId,
        title: input.title,
        agendaMode: input.agendaMode,
        agenda: (agenda.length ? agenda : [WHOLE_MODEL]) as unknown as Prisma.InputJsonValue,
        timeboxMinutes: input.timeboxMinutes,
        facilitatorId: access.actor.userId,
        baselineSnapshotId: baseline.id,
        attendees: { create: { userId: access.actor.userId } },
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'workshop.start',
      entityType: 'workshop',
      entityId: workshop.id,
      after: { title: input.title, agendaMode: input.agendaMode, stages: Math.max(1, agenda.length), timeboxMinutes: input.timeboxMinutes, baselineSnapshotId: baseline.id },
      live: { modelId: input.modelId, type: 'workshop.start', data: { workshopId: workshop.id } },
    });
    return { id: workshop.id };
  }, { timeout: 60_000 });
}
