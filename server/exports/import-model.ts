import 'server-only';
import { parseModelDocument, type ImportModelInput } from '@/lib/exchange/check-document';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb } from '../db';
import { ValidationError } from '../errors';
import { createImportedModel, type InsertedCounts } from './insert-model-contents';

export interface ImportReport {
  created: InsertedCounts;
  /** Owners named in the document who are not members of this workspace: left unassigned. */
  unmappedOwners: string[];
}

/**
 * Creates a NEW model in the workspace from a ModelDocument (see lib/exchange/model-document.ts),
 * in one transaction: everything is re-id'd, owners are matched by email to current members,
 * and threat and mitigation history keeps its dates. Invalid or inconsistent documents are
 * refused whole (422) before anything is written.
 */
export async function importModel(actor: Actor | null, input: ImportModelInput): Promise<{ modelId: string; report: ImportReport }> {
  return getDb().$transaction(
    async (tx) => {
      // Access first: an outsider learns nothing about the document's validity.
      const access = await requireWorkspaceRole(tx, actor, input.workspaceId, 'EDITOR');
      const parsed = parseModelDocument(input.document);
      if (!parsed.ok) throw new ValidationError(parsed.message, { document: parsed.problems });
      const doc = parsed.document;

      const members = await tx.user.findMany({ where: { memberships: { some: { workspaceId: input.workspaceId } } }, select: { id: true, email: true } });
      const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m.id]));
      const userId = (email: string | null | undefined) => (email ? (byEmail.get(email.toLowerCase()) ?? null) : null);
      const unmapped = new Set<string>();
      for (const owner of [...doc.threats.map((t) => t.owner), ...doc.mitigations.map((m) => m.owner)]) {
        if (owner && !userId(owner.email)) unmapped.add(owner.email);
      }

      const { model, name, created } = await createImportedModel(tx, { workspaceId: input.workspaceId, createdById: access.actor.userId, name: input.name, doc, userId, suggestionsCurrent: true });
      const report: ImportReport = { created, unmappedOwners: [...unmapped].sort() };
      await writeAudit(tx, {
        workspaceId: input.workspaceId,
        actorId: access.actor.userId,
        action: 'model.import',
        entityType: 'model',
        entityId: model.id,
        after: {
          name,
          source: { modelId: doc.model.id, name: doc.model.name, workspace: doc.model.workspace.name, exportedAt: doc.exportedAt, generator: doc.generator },
          ...report,
        },
      });
      return { modelId: model.id, report };
    },
    { timeout: 120_000 },
  );
}
