import 'server-only';
import { requireModelRole, type ModelAccess } from '../access';
import { requireActor, type Actor } from '../actor';
import type { Db, Tx } from '../db';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';

export interface WorkshopRow {
  id: string;
  modelId: string;
  title: string;
  status: string;
  facilitatorId: string | null;
  agenda: unknown;
  currentIndex: number;
  baselineSnapshotId: string | null;
  startedAt: Date;
}

/**
 * The gate of every workshop function: the workshop's model decides access (other workspaces
 * 404, low role 403). `FACILITATOR` means the workshop's facilitator or a workspace owner.
 * With `lock`, the workshop row is locked first, so votes, reveals, stage moves and the end of
 * one workshop happen one after another.
 */
export async function requireWorkshop(
  db: Db | Tx,
  actor: Actor | null,
  workshopId: string,
  need: 'VIEWER' | 'EDITOR' | 'FACILITATOR',
  opts: { active?: boolean; lock?: boolean } = {},
): Promise<{ workshop: WorkshopRow; access: ModelAccess }> {
  requireActor(actor);
  if (opts.lock) await db.$executeRaw`SELECT 1 FROM "Workshop" WHERE id = ${workshopId} FOR UPDATE`;
  const workshop = await db.workshop.findUnique({
    where: { id: workshopId },
    select: { id: true, modelId: true, title: true, status: true, facilitatorId: true, agenda: true, currentIndex: true, baselineSnapshotId: true, startedAt: true },
  });
  if (!workshop) throw new NotFoundError('Workshop');
  const access = await requireModelRole(db, actor, workshop.modelId, need === 'FACILITATOR' ? 'EDITOR' : need);
  if (need === 'FACILITATOR' && workshop.facilitatorId !== access.actor.userId && access.role !== 'OWNER') {
    throw new ForbiddenError('Only the facilitator or a workspace owner can do this.');
  }
  if (opts.active && workshop.status !== 'active') throw new ConflictError('This workshop has ended. Reload to see its summary.');
  return { workshop, access };
}
