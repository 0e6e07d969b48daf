import { openThreatStatuses, type ThreatStatus } from '../../domain/threat';
import type { DocumentThreat, ModelDocument } from '../../exchange/model-document';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH } from '../../templates/layout';
import { severityToTd, statusToTd, typeToTd } from './threat-mapping';

// Threatline → OWASP Threat Dragon v2 (one diagram), valid against Threat Dragon's published
// schema and openable by Threat Dragon. Threat Dragon knows only processes, stores and actors, so
// every cell also carries `data.threatline` (our kind and properties, the threat's exact status
// and ratings) which our importer reads back; Threat Dragon keeps unknown data fields.
// Threat Dragon has no mitigation entity: linked mitigations become the threat's mitigation text
// (and are kept in `data.threatline` for our importer). Not representable: model-wide threats
// (Threat Dragon threats live on a cell), and owners, due dates, evidence and history.

export const TD_EXPORT_VERSION = '2.3.0';

type TdShape = 'process' | 'store' | 'actor';
const storeKinds = new Set(['data-source', 'data-store', 'feature-store', 'vector-store', 'model-registry', 'secrets-store', 'pretrained-model', 'generic-store']);
const actorKinds = new Set(['human-actor', 'external-entity', 'external-llm-api']);

export function tdShapeOf(kind: string): TdShape {
  return actorKinds.has(kind) ? 'actor' : storeKinds.has(kind) ? 'store' : 'process';
}

const tdType: Record<TdShape, string> = { process: 'tm.Process', store: 'tm.Store', actor: 'tm.Actor' };
const size: Record<TdShape, { width: number; height: number }> = {
  process: { width: 100, height: 100 },
  store: { width: ELEMENT_WIDTH, height: ELEMENT_HEIGHT },
  actor: { width: ELEMENT_WIDTH, height: ELEMENT_HEIGHT },
};
const stroke = (open: boolean) => ({ stroke: open ? 'red' : '#333333', strokeWidth: open ? 2.5 : 1, strokeDasharray: null });
const cellId = (id: string) => `tl-${id}`;
const reductionOf = (m: ModelDocument['mitigations'][number], threatId: string) => {
  const l = m.links.find((x) => x.threatId === threatId)!;
  return { likelihoodReduction: l.likelihoodReduction, impactReduction: l.impactReduction };
};

export function exportThreatDragon(doc: ModelDocument): object {
  const { boundaries, elements, flows } = doc.graph;
  const boundaryById = new Map(boundaries.map((b) => [b.id, b]));
  const absCache = new Map<string, { x: number; y: number; depth: number }>();
  const boundaryAbs = (id: string, seen = 0): { x: number; y: number; depth: number } => {
    const cached = absCache.get(id);
    if (cached) return cached;
    const b = boundaryById.get(id)!;
    const parent = b.parentId && seen < 100 ? boundaryAbs(b.parentId, seen + 1) : { x: 0, y: 0, depth: -1 };
    const abs = { x: parent.x + b.x, y: parent.y + b.y, depth: parent.depth + 1 };
    absCache.set(id, abs);
    return abs;
  };

  const threatsOf = new Map<string, DocumentThreat[]>();
  for (const t of doc.threats) {
    if (t.target.type === 'model' || !t.target.id) continue;
    const list = threatsOf.get(t.target.id) ?? [];
    list.push(t);
    threatsOf.set(t.target.id, list);
  }
  const mitigationsOf = new Map<string, ModelDocument['mitigations']>();
  for (const m of doc.mitigations) for (const l of m.links) mitigationsOf.set(l.threatId, [...(mitigationsOf.get(l.threatId) ?? []), m]);
  const mitigationText = (threatId: string) =>
    (mitigationsOf.get(threatId) ?? []).map((m) => (m.description.trim() ? `${m.title}\n${m.description.trim()}` : m.title)).join('\n\n');
  let number = 0;
  const tdThreats = (targetId: string) =>
    (threatsOf.get(targetId) ?? []).map((t) => {
      const { modelType, type } = typeToTd(t.stride, t.category);
      return {
        id: t.id, threatId: t.id, number: ++number, title: t.title, type, modelType,
        status: statusToTd[t.status as ThreatStatus] ?? 'Open', severity: severityToTd(t.likelihood, t.impact), score: '',
        description: t.description, mitigation: mitigationText(t.id),
        threatline: {
          status: t.status, likelihood: t.likelihood, impact: t.impact, stride: t.stride, category: t.category,
          // `ref` ties the copies of a mitigation shared by several threats back together on import.
          mitigations: (mitigationsOf.get(t.id) ?? []).map((m) => ({
            ref: m.id, title: m.title, description: m.description, status: m.status, controlType: m.controlType,
            ...reductionOf(m, t.id),
          })),
        },
      };
    });
  const hasOpen = (targetId: string) => (threatsOf.get(targetId) ?? []).some((t) => (openThreatStatuses as readonly string[]).includes(t.status));

  const cells: object[] = [];
  for (const b of boundaries) {
    const abs = boundaryAbs(b.id);
    cells.push({
      id: cellId(b.id), shape: 'trust-boundary-box', zIndex: -20 + Math.min(abs.depth, 19), visible: true,
      position: { x: abs.x, y: abs.y }, size: { width: b.width, height: b.height },
      attrs: { label: { text: b.name } },
      data: { type: 'tm.BoundaryBox', name: b.name, description: '', isTrustBoundary: true, hasOpenThreats: false, threatline: { kind: b.kind, properties: b.properties } },
    });
  }
  for (const e of elements) {
    const shape = tdShapeOf(e.kind);
    const origin = e.boundaryId && boundaryById.has(e.boundaryId) ? boundaryAbs(e.boundaryId) : { x: 0, y: 0 };
    const open = hasOpen(e.id);
    const tags = Array.isArray(e.properties.tags) ? e.properties.tags : [];
    const common = {
      type: tdType[shape], name: e.name, description: e.description, outOfScope: tags.includes('out-of-scope'), reasonOutOfScope: '',
      isTrustBoundary: false, threats: tdThreats(e.id), hasOpenThreats: open, threatline: { kind: e.kind, properties: e.properties },
    };
    const specific =
      shape === 'process' ? { privilegeLevel: '', isWebApplication: false, handlesCardPayment: false, handlesGoodsOrServices: false }
      : shape === 'store' ? { isALog: false, storesCredentials: false, isEncrypted: e.properties.encryptionAtRest === 'yes', isSigned: false, storesInventory: false }
      : { providesAuthentication: false };
    cells.push({
      id: cellId(e.id), shape, zIndex: 1, visible: true,
      position: { x: origin.x + e.x, y: origin.y + e.y }, size: size[shape],
      attrs: shape === 'store' ? { text: { text: e.name }, topLine: stroke(open), bottomLine: stroke(open) } : { text: { text: e.name }, body: stroke(open) },
      data: { ...common, ...specific },
    });
  }
  for (const f of flows) {
    const open = hasOpen(f.id);
    const encryption = f.properties.encryption;
    cells.push({
      id: cellId(f.id), shape: 'flow', zIndex: 10, connector: 'smooth',
      source: { cell: cellId(f.sourceId) }, target: { cell: cellId(f.targetId) }, vertices: [],
      attrs: { line: { ...stroke(open), targetMarker: { name: 'block' }, sourceMarker: { name: '' } } },
      labels: [{ position: 0.5, attrs: { label: { text: f.label } } }],
      data: {
        type: 'tm.Flow', name: f.label, description: '', outOfScope: false, reasonOutOfScope: '',
        protocol: typeof f.properties.protocol === 'string' ? f.properties.protocol : '',
        isEncrypted: encryption === 'tls' || encryption === 'mtls', isPublicNetwork: false, isBidirectional: false,
        isTrustBoundary: false, threats: tdThreats(f.id), hasOpenThreats: open, threatline: { properties: f.properties },
      },
    });
  }
  return {
    version: TD_EXPORT_VERSION,
    summary: { title: doc.model.name, owner: '', description: doc.model.description, id: 0 },
    detail: {
      contributors: [],
      diagrams: [
        {
          id: 0, title: doc.model.name, diagramType: 'STRIDE', placeholder: 'New STRIDE diagram description',
          thumbnail: './public/content/images/thumbnail.stride.jpg', version: TD_EXPORT_VERSION, description: '', cells,
        },
      ],
      diagramTop: 1,
      reviewer: '',
      threatTop: number,
    },
  };
}
