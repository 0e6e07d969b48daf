import 'server-only';
import { applyOps, OpError } from '@/lib/graph/apply';
import { checkGraphEntities } from '@/lib/graph/check-entities';
import type { SaveOpsInput } from '@/lib/graph/op-schema';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb, type Tx } from '../db';
import type { Graph } from '@/lib/graph/types';
import { ConflictError, ValidationError } from '../errors';
import { loadGraph } from './load-graph';
import { touchedIds, writeGraphChanges } from './write-graph-changes';

const AUDIT_OPS_LIMIT = 200;

/**
 * Ids are chosen by the client (random) and are primary keys across all models: an id taken
 * elsewhere is refused as invalid input rather than failing on the constraint.
 */
async function assertNewIdsFree(tx: Tx, before: Graph, ids: Set<string>): Promise<void> {
  const fresh = [...ids].filter((id) => !before.elements[id] && !before.boundaries[id] && !before.flows[id]);
  if (!fresh.length) return;
  const where = { id: { in: fresh } };
  const e = await tx.element.count({ where });
  const b = await tx.boundary.count({ where });
  const f = await tx.flow.count({ where });
  if (e + b + f > 0) throw new ValidationError('Some new items use ids that are already taken. Reload the diagram and try again.', { ops: ['id already in use'] });
}

/**
 * Applies a batch of canvas ops made against `baseRevision`, in one transaction: the revision is
 * claimed first (a stale one is a 409 with the current revision, nothing written), the ops are
 * replayed by the same pure reducer the browser uses, every touched entity is checked against
 * its kind's schema, the difference is written and the batch is audited.
 */
export async function applyCanvasOps(actor: Actor | null, input: SaveOpsInput): Promise<{ revision: number }> {
  return getDb().$transaction(
    async (tx) => {
      const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
      const claimed = await tx.threatModel.updateMany({
        where: { id: input.modelId, seq: input.baseRevision },
        data: { seq: { increment: 1 } },
      });
      if (claimed.count === 0) {
        const current = await tx.threatModel.findUniqueOrThrow({ where: { id: input.modelId }, select: { seq: true } });
        throw new ConflictError('The diagram was changed by someone else since your last save.', { currentRevision: current.seq });
      }
      const before = await loadGraph(tx, input.modelId);
      let after;
      try {
        after = applyOps(before, input.ops).graph;
      } catch (e) {
        if (e instanceof OpError) throw new ValidationError(`A change could not be applied: ${e.message}`, { ops: [e.message] });
        throw e;
      }
      const ids = touchedIds(before, input.ops);
      await assertNewIdsFree(tx, before, ids);
      const problems = checkGraphEntities(after, ids);
      if (problems.length) {
        throw new ValidationError(`Some changes are not valid: ${problems[0]!.message}`, { ops: problems.map((p) => p.message) });
      }
      await writeGraphChanges(tx, input.modelId, before, after, ids);
      const counts: Record<string, number> = {};
      for (const op of input.ops) counts[op.type] = (counts[op.type] ?? 0) + 1;
      await writeAudit(tx, {
        workspaceId: access.workspaceId,
        actorId: access.actor.userId,
        action: 'canvas.apply',
        entityType: 'model',
        entityId: input.modelId,
        before: { revision: input.baseRevision },
        after: {
          revision: input.baseRevision + 1,
          counts,
          ...(input.ops.length <= AUDIT_OPS_LIMIT ? { ops: input.ops } : { opsTruncated: input.ops.length }),
        },
      });
      return { revision: input.baseRevision + 1 };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
