import 'server-only';
import { applyOps, OpError } from '@/lib/graph/apply';
import { checkGraphEntities } from '@/lib/graph/check-entities';
import { changeFields, collides, entityOf, fieldValue, opFields, sameValue, splitKey, type FieldConflict, type FieldKey } from '@/lib/graph/fields';
import type { Op, SaveOpsInput } from '@/lib/graph/op-schema';
import type { Graph } from '@/lib/graph/types';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb, type Tx } from '../db';
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

interface TheirChange {
  by: { id: string; name: string } | null;
  at: string;
  revision: number;
}

/**
 * What others changed since `baseRevision`, field by field (latest change per field), read from
 * the model's live feed. Null when some revision has no recorded change (made before the feed
 * existed): then nothing can be merged safely.
 */
async function changesSince(tx: Tx, modelId: string, baseRevision: number, current: number, clientId: string | undefined): Promise<Map<FieldKey, TheirChange> | null> {
  const events = await tx.modelEvent.findMany({
    where: { modelId, type: 'canvas.ops', graphRevision: { gt: baseRevision, lte: current } },
    orderBy: { seq: 'asc' },
    select: { graphRevision: true, clientId: true, data: true, createdAt: true, actor: { select: { id: true, name: true, email: true } } },
  });
  if (events.length !== current - baseRevision) return null;
  const out = new Map<FieldKey, TheirChange>();
  for (const e of events) {
    // The sender's own earlier batches are part of what it has drawn on.
    if (clientId && e.clientId === clientId) continue;
    const keys = (e.data as { keys?: unknown } | null)?.keys;
    if (!Array.isArray(keys)) return null;
    for (const key of keys) {
      if (typeof key === 'string') out.set(key, { by: e.actor ? { id: e.actor.id, name: e.actor.name || e.actor.email } : null, at: e.createdAt.toISOString(), revision: e.graphRevision! });
    }
  }
  return out;
}

/** Fields this batch writes that others wrote meanwhile to a different value. */
function findConflicts(before: Graph, after: Graph | null, mine: readonly FieldKey[], theirs: Map<FieldKey, TheirChange>, resolved: SaveOpsInput['resolved']): FieldConflict[] {
  const settled = new Set(resolved?.keys ?? []);
  const upTo = resolved?.upTo ?? -1;
  const conflicts: FieldConflict[] = [];
  for (const key of mine) {
    for (const [theirKey, change] of theirs) {
      if (!collides(key, theirKey)) continue;
      if (settled.has(key) && change.revision <= upTo) continue;
      const { id, field } = splitKey(key);
      const theirEntity = entityOf(before, id);
      const myEntity = after ? entityOf(after, id) : theirEntity;
      const theirValue = theirEntity ? fieldValue(before, key) : null;
      const myValue = after ? (myEntity ? fieldValue(after, key) : null) : '(your change)';
      // Both made the same change: nothing to settle.
      if (after && sameValue(theirValue, myValue)) continue;
      conflicts.push({ key, entityId: id, entityType: (theirEntity ?? myEntity)?.type ?? null, entityName: (theirEntity ?? myEntity)?.name ?? id, field, theirs: theirValue, mine: myValue, by: change.by, at: change.at });
      break;
    }
  }
  return conflicts;
}

/**
 * Applies a batch of canvas ops made against `baseRevision`, in one transaction. The model row is
 * locked first (its revision bumped), so batches of one model apply one at a time. If others
 * changed the diagram since the base revision, their changes are merged field by field: the batch
 * goes through unless it writes a field someone else wrote meanwhile (or an entity they removed,
 * or removes one they changed) to a different value — then nothing is written and the 409 lists
 * each conflict with both values and who made the other change, for the user to settle.
 * Ops are replayed by the same pure reducer the browser uses, every touched entity is checked
 * against its kind's schema, the difference is written, audited and published on the live feed.
 */
export async function applyCanvasOps(actor: Actor | null, input: SaveOpsInput): Promise<{ revision: number }> {
  return getDb().$transaction(
    async (tx) => {
      const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
      const { seq: revision } = await tx.threatModel.update({ where: { id: input.modelId }, data: { seq: { increment: 1 } }, select: { seq: true } });
      const current = revision - 1;
      if (input.baseRevision > current) {
        throw new ConflictError('The diagram is at an older revision than your copy. Reload it.', { currentRevision: current, conflicts: [] });
      }
      const before = await loadGraph(tx, input.modelId);
      let applied: { graph: Graph; inverse: Op[] } | null = null;
      let failure: OpError | null = null;
      try {
        applied = applyOps(before, input.ops);
      } catch (e) {
        if (!(e instanceof OpError)) throw e;
        failure = e;
      }
      const mine = applied ? changeFields(input.ops, applied.inverse) : [...opFields(input.ops)].sort();
      if (input.baseRevision < current) {
        const theirs = await changesSince(tx, input.modelId, input.baseRevision, current, input.clientId);
        if (!theirs) throw new ConflictError('The diagram was changed by someone else since your last save.', { currentRevision: current, conflicts: [] });
        const conflicts = findConflicts(before, applied?.graph ?? null, mine, theirs, input.resolved);
        if (conflicts.length) {
          const names = [...new Set(conflicts.map((c) => c.by?.name ?? 'someone'))].join(', ');
          throw new ConflictError(`${names} changed ${conflicts.length === 1 ? 'something you changed' : `${conflicts.length} things you changed`} at the same time.`, { currentRevision: current, conflicts });
        }
        if (failure) throw new ConflictError(`Someone else changed the diagram meanwhile and your change no longer fits: ${failure.message}`, { currentRevision: current, conflicts: [] });
      }
      if (!applied) throw new ValidationError(`A change could not be applied: ${failure!.message}`, { ops: [failure!.message] });
      const after = applied.graph;
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
          revision,
          counts,
          ...(input.ops.length <= AUDIT_OPS_LIMIT ? { ops: input.ops } : { opsTruncated: input.ops.length }),
        },
        live: { modelId: input.modelId, type: 'canvas.ops', clientId: input.clientId ?? null, graphRevision: revision, data: { ops: input.ops, keys: mine } },
      });
      return { revision };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
