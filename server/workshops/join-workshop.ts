import 'server-only';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { requireWorkshop } from './workshop-access';

/**
 * Records that the user attended (anyone who can read the model, viewers included): called when
 * they open a running workshop. Only the first time writes anything.
 */
export async function joinWorkshop(actor: Actor | null, workshopId: string): Promise<{ joined: boolean }> {
  return getDb().$transaction(async (tx) => {
    const { workshop, access } = await requireWorkshop(tx, actor, workshopId, 'VIEWER');
    if (workshop.status !== 'active') return { joined: false };
    const key = { workshopId_userId: { workshopId, userId: access.actor.userId } };
    if (await tx.workshopAttendee.findUnique({ where: key, select: { joinedAt: true } })) return { joined: false };
    // First visit: under the workshop's lock, so joining cannot slip in after the end took the attendance.
    await tx.$executeRaw`SELECT 1 FROM "Workshop" WHERE id = ${workshopId} FOR UPDATE`;
    const now = await tx.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { status: true } });
    if (now.status !== 'active') return { joined: false };
    const { count } = await tx.workshopAttendee.createMany({ data: [{ workshopId, userId: access.actor.userId }], skipDuplicates: true });
    if (count === 0) return { joined: false };
    await writeAudit(tx, {
      workspaceId: access.workspaceId,
      actorId: access.actor.userId,
      action: 'workshop.join',
      entityType: 'workshop',
      entityId: workshopId,
      after: { userId: access.actor.userId },
      live: { modelId: workshop.modelId, type: 'workshop.join', data: { workshopId } },
    });
    return { joined: true };
  });
}
