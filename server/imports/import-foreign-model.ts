import 'server-only';
import { applyOps } from '@/lib/graph/apply';
import { changeFields } from '@/lib/graph/fields';
import type { Op } from '@/lib/graph/op-schema';
import { parentsFirst } from '@/lib/exchange/check-document';
import type { Graph } from '@/lib/graph/types';
import type { StartImportInput } from '@/lib/interop/import-request';
import { placeRightOf } from '@/lib/interop/place';
import type { ImportFormat, ImportReport } from '@/lib/interop/types';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { loadGraph } from '../canvas/load-graph';
import { getDb } from '../db';
import { createImportedModel, insertContents, memberLookup, type InsertedCounts } from '../exports/insert-model-contents';
import { recordModelEvent } from '../realtime/record-event';
import { checkImportAccess as checkAccess } from './import-access';
import { convertUploadOffThread } from './convert-off-thread';
import type { ConvertedUpload, ConvertStage } from './convert-upload';
import { ownerNotes } from './owner-notes';

export type ImportStage = ConvertStage | 'writing';

export interface ForeignImportResult {
  modelId: string;
  merged: boolean;
  format: ImportFormat;
  report: ImportReport;
  created: InsertedCounts;
  /** The merged model's new diagram revision. */
  revision: number | null;
}

const AUDIT_NOTES_LIMIT = 200;

/**
 * Imports a file of any supported format (Threatline JSON, Threat Dragon, Threat Composer, OTM,
 * CycloneDX) as a NEW model of the workspace (EDITOR), or merges it into an existing model
 * (EDITOR of that model): every row gets a fresh id, the imported drawing is placed to the right
 * of the existing one, the diagram revision is bumped and the additions are published as canvas
 * ops, so open canvases show them live. All or nothing: one transaction after the file has been
 * converted and validated in full.
 */
export async function importForeignModel(actor: Actor | null, input: StartImportInput, onStage: (stage: ImportStage, format: ImportFormat | null) => void = () => undefined): Promise<ForeignImportResult> {
  // Access first: an outsider learns nothing about the file.
  await checkAccess(getDb(), actor, input);
  const converted = await convertUploadOffThread(input.content, onStage);
  onStage('writing', converted.format);
  return writeImport(actor, input, converted);
}

/** Writes an already converted upload (used by the background job too). */
async function writeImport(actor: Actor | null, input: StartImportInput, converted: ConvertedUpload): Promise<ForeignImportResult> {
  return getDb().$transaction(
    async (tx) => {
      const access = await checkAccess(tx, actor, input);
      const userId = await memberLookup(tx, input.workspaceId);
      const report: ImportReport = { ...converted.report, unmapped: [...converted.report.unmapped, ...ownerNotes(converted.document, userId)] };
      const auditReport = {
        format: converted.format,
        source: report.source,
        filename: input.filename ?? null,
        counts: report.counts,
        approximations: report.approximations.slice(0, AUDIT_NOTES_LIMIT),
        unmapped: report.unmapped.slice(0, AUDIT_NOTES_LIMIT),
      };
      const doc = converted.document;
      if (!input.mergeIntoModelId) {
        const { model, name, created } = await createImportedModel(tx, {
          workspaceId: input.workspaceId, createdById: access.actor.userId, name: input.name, doc, userId,
          // Only our own files carry suggestions of a rules version this engine may share.
          suggestionsCurrent: converted.format === 'threatline',
        });
        await writeAudit(tx, { workspaceId: input.workspaceId, actorId: access.actor.userId, action: 'model.import', entityType: 'model', entityId: model.id, after: { name, ...auditReport, created } });
        return { modelId: model.id, merged: false, format: converted.format, report, created, revision: null };
      }
      const modelId = input.mergeIntoModelId;
      const { seq: revision } = await tx.threatModel.update({ where: { id: modelId }, data: { seq: { increment: 1 } }, select: { seq: true } });
      const before = await loadGraph(tx, modelId);
      // Suggestions belong to the rule run of their own model: the merged model re-runs its rules.
      const placed = { ...placeRightOf(before, doc), suggestions: [] };
      const created = await insertContents(tx, modelId, placed, userId);
      const ops = addedOps(before, await loadGraph(tx, modelId));
      const keys = changeFields(ops, applyOps(before, ops).inverse);
      await writeAudit(tx, {
        workspaceId: input.workspaceId,
        actorId: access.actor.userId,
        action: 'model.import.merge',
        entityType: 'model',
        entityId: modelId,
        before: { revision: revision - 1 },
        after: { revision, ...auditReport, created },
        // The canvas applies these like anyone's save; later saves merge against them field by field.
        live: { modelId, type: 'canvas.ops', clientId: null, graphRevision: revision, data: { ops, keys } },
      });
      // Threats and mitigations arrived too: registers and dashboards refresh.
      await recordModelEvent(tx, { modelId, type: 'model.import', actorId: access.actor.userId, entityType: 'model', entityId: modelId, data: { fields: ['threats', 'mitigations'] } });
      return { modelId, merged: true, format: converted.format, report, created, revision };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** What `after` has that `before` had not, as add ops (boundaries parents first). */
function addedOps(before: Graph, after: Graph): Op[] {
  const fresh = <T extends { id: string }>(rows: Record<string, T>, old: Record<string, T>) => Object.values(rows).filter((r) => !old[r.id]).sort((a, b) => (a.id < b.id ? -1 : 1));
  const { ordered } = parentsFirst(fresh(after.boundaries, before.boundaries), Object.keys(before.boundaries));
  return [
    ...ordered.map((boundary) => ({ type: 'boundary.add' as const, boundary })),
    ...fresh(after.elements, before.elements).map((element) => ({ type: 'element.add' as const, element })),
    ...fresh(after.flows, before.flows).map((flow) => ({ type: 'flow.add' as const, flow })),
  ];
}

