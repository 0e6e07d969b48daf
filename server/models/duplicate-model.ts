import 'server-only';
import type { z } from 'zod';
import type { duplicateModelSchema } from '@/lib/domain/model';
import type { Prisma } from '@/prisma/generated/client';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { writeAudit } from '../audit';
import { getDb, type Tx } from '../db';
import { newId } from '../ids';

type Json = Prisma.InputJsonValue;

/**
 * Copies a model's graph, threats, mitigations and their links into a new model in the same
 * workspace, in one transaction, with rule suggestions and their decisions. Comments, snapshots
 * and mitigation history stay with the original.
 */
export async function duplicateModel(
  actor: Actor | null,
  input: z.output<typeof duplicateModelSchema>,
): Promise<{ id: string; name: string }> {
  return getDb().$transaction(
    async (tx) => {
      const access = await requireModelRole(tx, actor, input.modelId, 'EDITOR');
      const src = await tx.threatModel.findUniqueOrThrow({
        where: { id: input.modelId },
        select: { name: true, description: true },
      });
      const name = input.name ?? `${src.name} (copy)`.slice(0, 120);
      const copy = await tx.threatModel.create({
        data: { workspaceId: access.workspaceId, name, description: src.description, createdById: access.actor.userId },
        select: { id: true },
      });
      await copyContents(tx, input.modelId, copy.id);
      await writeAudit(tx, {
        workspaceId: access.workspaceId,
        actorId: access.actor.userId,
        action: 'model.duplicate',
        entityType: 'model',
        entityId: copy.id,
        after: { name, sourceModelId: input.modelId },
      });
      return { id: copy.id, name };
    },
    { timeout: 60_000 },
  );
}

async function copyContents(tx: Tx, fromId: string, toId: string): Promise<void> {
  const ids = new Map<string, string>();
  const map = (id: string | null): string | null => (id === null ? null : (ids.get(id) ?? null));
  const remember = (id: string): string => {
    const fresh = newId();
    ids.set(id, fresh);
    return fresh;
  };

  const boundaries = await tx.boundary.findMany({ where: { modelId: fromId } });
  const elements = await tx.element.findMany({ where: { modelId: fromId } });
  const flows = await tx.flow.findMany({ where: { modelId: fromId } });
  const threats = await tx.threat.findMany({ where: { modelId: fromId } });
  const mitigations = await tx.mitigation.findMany({ where: { modelId: fromId } });
  const links = await tx.threatMitigation.findMany({ where: { threat: { modelId: fromId } } });
  [...boundaries, ...elements, ...flows, ...threats, ...mitigations].forEach((r) => remember(r.id));

  // One INSERT per table: PostgreSQL checks foreign keys at the end of each statement, so
  // boundaries may point at parents inserted in the same statement.
  await tx.boundary.createMany({
    data: boundaries.map((b) => ({
      id: map(b.id)!, modelId: toId, parentId: map(b.parentId), kind: b.kind, name: b.name,
      properties: b.properties as Json, x: b.x, y: b.y, width: b.width, height: b.height,
    })),
  });
  await tx.element.createMany({
    data: elements.map((e) => ({
      id: map(e.id)!, modelId: toId, boundaryId: map(e.boundaryId), kind: e.kind, name: e.name,
      description: e.description, properties: e.properties as Json, x: e.x, y: e.y,
    })),
  });
  await tx.flow.createMany({
    data: flows.map((f) => ({
      id: map(f.id)!, modelId: toId, sourceId: map(f.sourceId)!, targetId: map(f.targetId)!,
      label: f.label, properties: f.properties as Json,
    })),
  });
  await tx.threat.createMany({
    data: threats.map(({ id, modelId: _m, elementId, flowId, createdAt: _c, updatedAt: _u, version: _v, references, ...rest }) => ({
      ...rest, id: map(id)!, modelId: toId, elementId: map(elementId), flowId: map(flowId), references: references as Json,
    })),
  });
  await tx.mitigation.createMany({
    data: mitigations.map(({ id, modelId: _m, createdAt: _c, updatedAt: _u, version: _v, ...rest }) => ({
      ...rest, id: map(id)!, modelId: toId,
    })),
  });
  await tx.threatMitigation.createMany({
    data: links.map((l) => ({ threatId: map(l.threatId)!, mitigationId: map(l.mitigationId)! })),
  });
  // Suggestions keep their decisions (accepted, dismissed with reason) in the copy; their
  // fingerprints and paths name element/flow ids, so those are remapped too.
  const suggestions = await tx.suggestion.findMany({ where: { modelId: fromId } });
  const remap = (text: string) => text.replace(/[A-Za-z0-9_-]+/g, (token) => ids.get(token) ?? token);
  await tx.suggestion.createMany({
    data: suggestions.map(({ id: _id, modelId: _m, version: _v, targetId, fingerprint, path, acceptedThreatId, ...rest }) => ({
      ...rest,
      modelId: toId,
      targetId: map(targetId),
      fingerprint: remap(fingerprint),
      path: (Array.isArray(path) ? path.map((p) => (typeof p === 'string' ? (ids.get(p) ?? p) : p)) : []) as Json,
      acceptedThreatId: map(acceptedThreatId),
    })),
  });
}
