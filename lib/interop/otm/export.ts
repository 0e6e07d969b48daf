import { isBoundaryKind } from '../../domain/boundary-kinds';
import { strideLetters } from '../../domain/threat';
import type { ModelDocument } from '../../exchange/model-document';
import { ATTR } from './attributes';
import { ratingToOtm, riskReductionToOtm, STRIDE_NAMES, TRUST_RATING } from './mapping';

// Threatline → Open Threat Model 0.2, valid against the published schema. OTM has a field for the
// essentials (names, nesting, positions, 0–100 risk); everything else of ours rides along under
// `attributes.threatline` so importOtm restores it exactly. Elements outside every boundary go into
// one extra trust zone marked `outside`, because an OTM component must have a parent.

export const OTM_VERSION = '0.2.0';
const DIAGRAM = 'threatline-diagram';
const ELEMENT_SIZE = { width: 180, height: 90 };

const nonEmpty = <T>(list: T[]) => (list.length ? list : undefined);
function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function exportOtm(doc: ModelDocument): object {
  const { boundaries, elements, flows } = doc.graph;
  const used = new Set([...boundaries, ...elements, ...flows].map((x) => x.id));
  let outsideId = 'threatline-outside';
  while (used.has(outsideId)) outsideId += '-1';
  const needsOutside = elements.some((e) => e.boundaryId === null);

  // Indexed once: a large model has thousands of threats and links.
  const mitigationsOf = new Map<string, { mitigation: string; state: string }[]>();
  for (const m of doc.mitigations) {
    for (const l of m.links) push(mitigationsOf, l.threatId, { mitigation: m.id, state: m.status });
  }
  const threatsOn = new Map<string, { threat: string; state: string; mitigations: { mitigation: string; state: string }[] }[]>();
  for (const t of doc.threats) {
    if (t.target.type === 'model' || !t.target.id) continue;
    push(threatsOn, `${t.target.type}:${t.target.id}`, { threat: t.id, state: t.status, mitigations: mitigationsOf.get(t.id) ?? [] });
  }
  const instancesOn = (type: 'element' | 'flow', id: string) => nonEmpty(threatsOn.get(`${type}:${id}`) ?? []);
  const representation = (id: string, name: string, x: number, y: number, size: { width: number; height: number }) => [
    { representation: DIAGRAM, id: `${id}-representation`, name, position: { x, y }, size },
  ];

  return {
    otmVersion: OTM_VERSION,
    project: {
      name: doc.model.name,
      id: doc.model.id,
      description: doc.model.description,
      attributes: { [ATTR]: { format: doc.format, formatVersion: doc.formatVersion, revision: doc.model.revision, exportedAt: doc.exportedAt } },
    },
    representations: [{ name: 'Threatline diagram', id: DIAGRAM, type: 'diagram' }],
    trustZones: [
      ...boundaries.map((b) => ({
        id: b.id,
        name: b.name,
        type: b.kind,
        risk: { trustRating: isBoundaryKind(b.kind) ? TRUST_RATING[b.kind] : 50 },
        ...(b.parentId ? { parent: { trustZone: b.parentId } } : {}),
        representations: representation(b.id, b.name, b.x, b.y, { width: b.width, height: b.height }),
        attributes: { [ATTR]: { kind: b.kind, properties: b.properties } },
      })),
      ...(needsOutside
        ? [{ id: outsideId, name: 'Outside any boundary', type: 'threatline-outside', risk: { trustRating: 0 }, attributes: { [ATTR]: { outside: true } } }]
        : []),
    ],
    components: elements.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.kind,
      description: e.description,
      parent: { trustZone: e.boundaryId ?? outsideId },
      representations: representation(e.id, e.name, e.x, e.y, ELEMENT_SIZE),
      ...(Array.isArray(e.properties.tags) && e.properties.tags.length ? { tags: e.properties.tags.filter((t): t is string => typeof t === 'string') } : {}),
      ...(instancesOn('element', e.id) ? { threats: instancesOn('element', e.id) } : {}),
      attributes: { [ATTR]: { kind: e.kind, properties: e.properties } },
    })),
    dataflows: flows.map((f) => ({
      id: f.id,
      name: f.label,
      source: f.sourceId,
      destination: f.targetId,
      bidirectional: false,
      ...(instancesOn('flow', f.id) ? { threats: instancesOn('flow', f.id) } : {}),
      attributes: { [ATTR]: { properties: f.properties } },
    })),
    threats: doc.threats.map((t) => ({
      id: t.id,
      name: t.title,
      description: t.description,
      categories: [...(t.category ? [t.category] : []), ...t.stride.filter((s): s is (typeof strideLetters)[number] => s in STRIDE_NAMES).map((s) => STRIDE_NAMES[s])],
      risk: { likelihood: ratingToOtm(t.likelihood), impact: ratingToOtm(t.impact) },
      attributes: {
        [ATTR]: {
          title: t.title, category: t.category, stride: t.stride, references: t.references, likelihood: t.likelihood, impact: t.impact,
          status: t.status, owner: t.owner, rationale: t.rationale, source: t.source, catalogueId: t.catalogueId, ruleId: t.ruleId,
          triggerRetired: t.triggerRetired, createdAt: t.createdAt, statusHistory: t.statusHistory,
        },
      },
    })),
    mitigations: doc.mitigations.map((m) => ({
      id: m.id,
      name: m.title,
      description: m.description,
      riskReduction: riskReductionToOtm(m.links),
      attributes: {
        [ATTR]: {
          title: m.title, controlType: m.controlType, status: m.status, rejectionReason: m.rejectionReason, owner: m.owner, dueDate: m.dueDate,
          ticketUrl: m.ticketUrl, evidence: m.evidence, evidenceLinks: m.evidenceLinks, catalogueId: m.catalogueId, history: m.history,
          links: m.links.map((l) => ({ threat: l.threatId, likelihoodReduction: l.likelihoodReduction, impactReduction: l.impactReduction })),
        },
      },
    })),
  };
}
