import 'server-only';
import { runRules } from '@/lib/rules';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { loadGraph } from '../canvas/load-graph';
import { getDb, type Tx } from '../db';
import { reconcileSuggestions, type ReconcileSummary } from './reconcile';

/** Runs the rule engine on the stored diagram and reconciles suggestions (no access check). */
export async function analyseModel(tx: Tx, modelId: string): Promise<ReconcileSummary & { revision: number }> {
  const model = await tx.threatModel.findUniqueOrThrow({ where: { id: modelId }, select: { seq: true } });
  const graph = await loadGraph(tx, modelId);
  const summary = await reconcileSuggestions(tx, modelId, runRules(graph));
  await tx.threatModel.update({ where: { id: modelId }, data: { rulesRunAt: new Date(), rulesRevision: model.seq } });
  return { ...summary, revision: model.seq };
}

/** Editors re-run the analysis after changing the diagram. */
export async function runModelRules(actor: Actor | null, modelId: string): Promise<ReconcileSummary & { revision: number }> {
  return getDb().$transaction(
    async (tx) => {
      const access = await requireModelRole(tx, actor, modelId, 'EDITOR');
      // Serialise runs on one model: concurrent runs would race on the same fingerprints.
      await tx.$executeRaw`SELECT 1 FROM "ThreatModel" WHERE id = ${modelId} FOR UPDATE`;
      const result = await analyseModel(tx, modelId);
      await writeAudit(tx, {
        workspaceId: access.workspaceId,
        live: { modelId: modelId },
        actorId: access.actor.userId,
        action: 'rules.run',
        entityType: 'model',
        entityId: modelId,
        after: result,
      });
      return result;
    },
    { timeout: 60_000 },
  );
}
