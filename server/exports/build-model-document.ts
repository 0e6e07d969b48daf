import 'server-only';
import { catalogueVersion } from '@/lib/catalogue';
import { MODEL_DOCUMENT_FORMAT, MODEL_DOCUMENT_VERSION, type ModelDocument } from '@/lib/exchange/model-document';
import { engineVersion } from '@/lib/rules';
import { loadGraph } from '../canvas/load-graph';
import type { Tx } from '../db';
import { isoDate } from '../mitigations/history';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const person = (u: { email: string; name: string | null } | null) => (u ? { email: u.email, name: u.name } : null);

/**
 * The whole model as a ModelDocument, read inside the caller's transaction (no access check:
 * callers have done it). Used by the JSON export and by snapshots.
 */
export async function buildModelDocument(tx: Tx, modelId: string, now = new Date()): Promise<ModelDocument> {
  const model = await tx.threatModel.findUniqueOrThrow({
    where: { id: modelId },
    select: { id: true, name: true, description: true, seq: true, createdAt: true, updatedAt: true, workspace: { select: { id: true, name: true } } },
  });
  const graph = await loadGraph(tx, modelId);
  const threats = await tx.threat.findMany({
    where: { modelId },
    include: {
      owner: { select: { email: true, name: true } },
      statusChanges: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { actor: { select: { email: true } } } },
    },
  });
  const mitigations = await tx.mitigation.findMany({
    where: { modelId },
    include: {
      owner: { select: { email: true, name: true } },
      threats: true,
      statusChanges: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { actor: { select: { email: true } } } },
    },
  });
  const members = await tx.user.findMany({ where: { memberships: { some: { workspaceId: model.workspace.id } } }, select: { id: true, email: true } });
  const emailOf = new Map(members.map((m) => [m.id, m.email]));
  const suggestions = await tx.suggestion.findMany({ where: { modelId }, orderBy: { fingerprint: 'asc' } });
  return {
    format: MODEL_DOCUMENT_FORMAT,
    formatVersion: MODEL_DOCUMENT_VERSION,
    exportedAt: now.toISOString(),
    generator: { name: 'Threatline', catalogueVersion, rulesVersion: engineVersion },
    model: {
      id: model.id,
      name: model.name,
      description: model.description,
      workspace: model.workspace,
      revision: model.seq,
      createdAt: model.createdAt.toISOString(),
      updatedAt: model.updatedAt.toISOString(),
    },
    graph: {
      boundaries: Object.values(graph.boundaries).sort(byId),
      elements: Object.values(graph.elements).sort(byId),
      flows: Object.values(graph.flows).sort(byId),
    },
    threats: threats.sort(byId).map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      category: t.category,
      stride: t.stride,
      references: (t.references ?? {}) as Record<string, string[]>,
      likelihood: t.likelihood,
      impact: t.impact,
      status: t.status,
      owner: person(t.owner),
      rationale: t.rationale,
      source: t.source,
      catalogueId: t.catalogueId,
      ruleId: t.ruleId,
      target: t.elementId ? { type: 'element' as const, id: t.elementId } : t.flowId ? { type: 'flow' as const, id: t.flowId } : { type: 'model' as const, id: null },
      triggerRetired: t.triggerRetiredAt !== null,
      createdAt: t.createdAt.toISOString(),
      statusHistory: t.statusChanges.map((c) => ({ from: c.fromValue, to: c.toValue, at: c.createdAt.toISOString(), actor: c.actor?.email ?? null })),
    })),
    mitigations: mitigations.sort(byId).map((m) => ({
      id: m.id,
      title: m.title,
      description: m.description,
      controlType: m.controlType,
      status: m.status,
      rejectionReason: m.rejectionReason,
      owner: person(m.owner),
      dueDate: isoDate(m.dueDate),
      ticketUrl: m.ticketUrl,
      evidence: m.evidence,
      evidenceLinks: m.evidenceLinks,
      catalogueId: m.catalogueId,
      links: m.threats
        .map((l) => ({ threatId: l.threatId, likelihoodReduction: l.likelihoodReduction, impactReduction: l.impactReduction }))
        .sort((a, b) => (a.threatId < b.threatId ? -1 : 1)),
      history: m.statusChanges.map((c) => ({
        field: c.field,
        // Owners are stored as user ids: export their emails so the history stays readable elsewhere.
        from: c.field === 'owner' && c.fromValue ? (emailOf.get(c.fromValue) ?? null) : c.fromValue,
        to: c.field === 'owner' && c.toValue ? (emailOf.get(c.toValue) ?? null) : c.toValue,
        at: c.createdAt.toISOString(),
        actor: c.actor?.email ?? null,
      })),
    })),
    suggestions: suggestions.map((s) => ({
      fingerprint: s.fingerprint,
      ruleId: s.ruleId,
      threatId: s.threatId,
      target: { type: s.targetType as 'element' | 'flow' | 'model', id: s.targetId },
      explanation: s.explanation,
      status: s.status as 'open' | 'accepted' | 'dismissed',
      active: s.active,
      dismissReason: s.dismissReason,
      acceptedThreatId: s.acceptedThreatId,
    })),
  };
}
