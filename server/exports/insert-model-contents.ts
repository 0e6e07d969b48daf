import 'server-only';
import { documentCounts } from '@/lib/exchange/check-document';
import type { ModelDocument } from '@/lib/exchange/model-document';
import { modelNameSchema } from '@/lib/domain/model';
import { engineVersion } from '@/lib/rules';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from '../db';
import { newId } from '../ids';
import { fromIsoDate } from '../mitigations/history';

// Writing a ModelDocument's contents into a model (new or existing) under fresh ids: shared by
// the Threatline JSON import and the import of other tools' files (server/imports/).

type Json = Prisma.InputJsonValue;

export type InsertedCounts = ReturnType<typeof documentCounts> & { links: number; threatHistory: number; mitigationHistory: number };

export type UserLookup = (email: string | null | undefined) => string | null;

export function modelName(raw: string): string {
  const parsed = modelNameSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const cleaned = raw.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 120).trim();
  return cleaned || 'Imported model';
}

/**
 * Fresh ids that sort like the originals (one random prefix, then a counter in the old ids'
 * order), so a re-export lists rows in the same order as the imported file.
 */
function idMaker() {
  const prefix = newId();
  let n = 0;
  const next = () => `${prefix}${(n++).toString(36).padStart(6, '0')}`;
  const mapFor = (oldIds: readonly string[]) => {
    const map = new Map<string, string>();
    for (const id of [...oldIds].sort()) map.set(id, next());
    return map;
  };
  return { next, mapFor };
}

export async function insertContents(tx: Tx, modelId: string, doc: ModelDocument, userId: UserLookup): Promise<InsertedCounts> {
  const ids = idMaker();
  const { boundaries, elements, flows } = doc.graph;
  const graph = ids.mapFor([...boundaries, ...elements, ...flows].map((r) => r.id));
  const threats = ids.mapFor(doc.threats.map((t) => t.id));
  const mitigations = ids.mapFor(doc.mitigations.map((m) => m.id));
  // parseModelDocument proved every reference resolves.
  const g = (id: string) => graph.get(id)!;
  const gn = (id: string | null) => (id === null ? null : g(id));

  // One INSERT per table: PostgreSQL checks foreign keys per statement, so parents may share it.
  await tx.boundary.createMany({
    data: boundaries.map((b) => ({
      id: g(b.id), modelId, parentId: gn(b.parentId), kind: b.kind, name: b.name,
      x: b.x, y: b.y, width: b.width, height: b.height, properties: b.properties as Json,
    })),
  });
  await tx.element.createMany({
    data: elements.map((e) => ({
      id: g(e.id), modelId, boundaryId: gn(e.boundaryId), kind: e.kind, name: e.name,
      description: e.description, x: e.x, y: e.y, properties: e.properties as Json,
    })),
  });
  await tx.flow.createMany({
    data: flows.map((f) => ({ id: g(f.id), modelId, sourceId: g(f.sourceId), targetId: g(f.targetId), label: f.label, properties: f.properties as Json })),
  });

  const now = new Date();
  await tx.threat.createMany({
    data: doc.threats.map((t) => ({
      id: threats.get(t.id)!, modelId,
      elementId: t.target.type === 'element' ? gn(t.target.id) : null,
      flowId: t.target.type === 'flow' ? gn(t.target.id) : null,
      catalogueId: t.catalogueId, ruleId: t.ruleId, source: t.source, title: t.title, description: t.description,
      category: t.category, stride: t.stride, references: t.references as Json, status: t.status,
      likelihood: t.likelihood, impact: t.impact, ownerId: userId(t.owner?.email), rationale: t.rationale,
      triggerRetiredAt: t.triggerRetired ? now : null, createdAt: new Date(t.createdAt),
    })),
  });
  // History ids follow document order, so rows with equal timestamps keep their order.
  const threatHistory = doc.threats.flatMap((t) =>
    t.statusHistory.map((h) => ({ id: ids.next(), threatId: threats.get(t.id)!, actorId: userId(h.actor), fromValue: h.from, toValue: h.to, createdAt: new Date(h.at) })),
  );
  await tx.threatStatusChange.createMany({ data: threatHistory });

  await tx.mitigation.createMany({
    data: doc.mitigations.map((m) => ({
      id: mitigations.get(m.id)!, modelId, catalogueId: m.catalogueId, title: m.title, description: m.description,
      controlType: m.controlType, status: m.status, rejectionReason: m.rejectionReason, ownerId: userId(m.owner?.email),
      dueDate: fromIsoDate(m.dueDate) ?? null, ticketUrl: m.ticketUrl, evidence: m.evidence, evidenceLinks: m.evidenceLinks,
    })),
  });
  const links = doc.mitigations.flatMap((m) =>
    m.links.map((l) => ({ threatId: threats.get(l.threatId)!, mitigationId: mitigations.get(m.id)!, likelihoodReduction: l.likelihoodReduction, impactReduction: l.impactReduction })),
  );
  await tx.threatMitigation.createMany({ data: links });
  // Owner history holds user ids here and emails in the document; unknown people become null.
  const mitigationHistory = doc.mitigations.flatMap((m) =>
    m.history.map((h) => ({
      id: ids.next(), mitigationId: mitigations.get(m.id)!, actorId: userId(h.actor), field: h.field,
      fromValue: h.field === 'owner' ? userId(h.from) : h.from,
      toValue: h.field === 'owner' ? userId(h.to) : h.to,
      createdAt: new Date(h.at),
    })),
  );
  await tx.mitigationStatusChange.createMany({ data: mitigationHistory });

  await tx.suggestion.createMany({
    data: doc.suggestions.map((s) => ({
      modelId, ruleId: s.ruleId, threatId: s.threatId, targetType: s.target.type, targetId: gn(s.target.id),
      fingerprint: remapFingerprint(s.fingerprint, s.target, graph), explanation: s.explanation, status: s.status,
      active: s.active, dismissReason: s.dismissReason, acceptedThreatId: s.acceptedThreatId === null ? null : threats.get(s.acceptedThreatId)!,
      retiredAt: s.active ? null : now,
    })),
  });
  return {
    ...documentCounts(doc),
    links: links.length,
    threatHistory: threatHistory.length,
    mitigationHistory: mitigationHistory.length,
  };
}

/** Fingerprints end with their target (`rule|threat|element:<id>`); that id is renamed with the rest. */
function remapFingerprint(fingerprint: string, target: { type: string; id: string | null }, graph: Map<string, string>): string {
  const tail = `${target.type}:${target.id ?? ''}`;
  if (target.id !== null && fingerprint.endsWith(tail)) return `${fingerprint.slice(0, -tail.length)}${target.type}:${graph.get(target.id)}`;
  return fingerprint.replace(/[A-Za-z0-9_-]+/g, (token) => graph.get(token) ?? token);
}

/** Owners are matched by email to the workspace's current members; anyone else maps to null. */
export async function memberLookup(tx: Tx, workspaceId: string): Promise<UserLookup> {
  const members = await tx.user.findMany({ where: { memberships: { some: { workspaceId } } }, select: { id: true, email: true } });
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m.id]));
  return (email) => (email ? (byEmail.get(email.toLowerCase()) ?? null) : null);
}

/**
 * Creates the model row of an import and inserts its contents. Suggestions the file carries from
 * this engine's rules version are current (`suggestionsCurrent` says whether the file's own can be
 * trusted at all); otherwise the Threats tab offers a re-run.
 */
export async function createImportedModel(
  tx: Tx,
  o: { workspaceId: string; createdById: string; name?: string; doc: ModelDocument; userId: UserLookup; suggestionsCurrent: boolean },
): Promise<{ model: { id: string }; name: string; created: InsertedCounts }> {
  const name = o.name ?? modelName(o.doc.model.name);
  const current = o.suggestionsCurrent && o.doc.generator.rulesVersion === engineVersion;
  const model = await tx.threatModel.create({
    data: {
      workspaceId: o.workspaceId,
      name,
      description: o.doc.model.description,
      createdById: o.createdById,
      ...(current ? { rulesRunAt: new Date(), rulesRevision: 0 } : {}),
    },
    select: { id: true },
  });
  const created = await insertContents(tx, model.id, o.doc, o.userId);
  return { model, name, created };
}
