import { catalogueVersion, referenceName, referenceFrameworks, strideNames, threatById, threatCategoryLabels, type ReferenceFramework, type StrideLetter } from '../catalogue';
import { boundaryKindDefs, isBoundaryKind } from '../domain/boundary-kinds';
import { elementKindDefs, isElementKind } from '../domain/element-kinds';
import { controlTypeLabels, isOverdue, mitigationStatusLabels, type ControlType, type MitigationStatus } from '../domain/mitigation';
import { residualRating } from '../domain/residual';
import { riskLevel, riskLevelLabels, riskLevels, riskRank, riskScore } from '../domain/risk';
import { openThreatStatuses, threatStatuses, threatStatusLabels, type ThreatStatus } from '../domain/threat';
import type { DocumentThreat, ModelDocument } from '../exchange/model-document';
import { boundaryOrigin } from '../graph/apply';
import { crossesBoundary } from '../graph/validate';
import { bomRows } from './bom';
import { diagramGeometry, documentGraph } from './diagram';
import type { ReportOptions } from './options';
import { cleanLine, cleanText } from './text';
import type { FrameworkMapping, Rating, ReportData, ReportMitigation, ReportStage, ReportThreat } from './types';

/** Landscape A4 minus margins, heading and legend, in points. */
export const DIAGRAM_AREA = { width: 770, height: 430 };
const TOP_OPEN = 10;

export const frameworkLabels: Record<ReferenceFramework | 'stride', string> = {
  atlas: 'MITRE ATLAS',
  owaspLlm: 'OWASP Top 10 for LLM Applications',
  owaspAgentic: 'OWASP Top 10 for Agentic Applications',
  owaspMl: 'OWASP Machine Learning Security Top 10',
  nist: 'NIST AI 100-2 (adversarial ML taxonomy)',
  k8s: 'Kubernetes (OWASP K8s Top 10, Microsoft threat matrix, controls)',
  supplyChain: 'Supply chain (SLSA, OpenSSF model signing)',
  stride: 'STRIDE',
};

const rating = (likelihood: number, impact: number): Rating => ({ likelihood, impact, score: riskScore(likelihood, impact), level: riskLevel(likelihood, impact) });
const isOpen = (status: string) => (openThreatStatuses as readonly string[]).includes(status);
const pad = (n: number) => String(n).padStart(3, '0');
const person = (p: { email: string; name: string | null } | null) => (p ? cleanLine(p.name ? `${p.name} <${p.email}>` : p.email, 300) : null);
const grid = () => Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
const clamp = (n: number) => Math.min(5, Math.max(1, Math.round(n)));
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything the PDF shows, shaped from one exported ModelDocument. Pure and deterministic. */
export function buildReportData(doc: ModelDocument, options: ReportOptions): ReportData {
  const graph = documentGraph(doc);
  const today = options.generatedAt.slice(0, 10);
  const mitigationStatus = new Map(doc.mitigations.map((m) => [m.id, m.status]));
  const linksOf = new Map<string, { mitigationId: string; status: string; likelihoodReduction: number; impactReduction: number }[]>();
  for (const m of doc.mitigations) {
    for (const l of m.links) {
      const list = linksOf.get(l.threatId) ?? [];
      list.push({ mitigationId: m.id, status: m.status, likelihoodReduction: l.likelihoodReduction, impactReduction: l.impactReduction });
      linksOf.set(l.threatId, list);
    }
  }
  const residualOf = (t: DocumentThreat) => {
    const r = residualRating(t.likelihood, t.impact, linksOf.get(t.id) ?? []);
    return rating(r.likelihood, r.impact);
  };

  // Stages in reading order: elements left to right, top to bottom; then flows; then the model.
  const elementPos = new Map(doc.graph.elements.map((e) => {
    const o = boundaryOrigin(graph, e.boundaryId);
    return [e.id, { x: o.x + e.x, y: o.y + e.y }] as const;
  }));
  const elementName = (id: string) => cleanLine(graph.elements[id]?.name ?? 'Removed stage', 200);
  const stageOf = (t: DocumentThreat): Omit<ReportStage, 'threats'> & { order: [number, number, number, string] } => {
    if (t.target.type === 'element' && t.target.id && graph.elements[t.target.id]) {
      const e = graph.elements[t.target.id]!;
      const p = elementPos.get(e.id)!;
      const kindLabel = isElementKind(e.kind) ? elementKindDefs[e.kind].label : e.kind;
      return { key: `element:${e.id}`, type: 'element', name: cleanLine(e.name, 200) || kindLabel, kindLabel, order: [0, p.x, p.y, e.id] };
    }
    if (t.target.type === 'flow' && t.target.id && graph.flows[t.target.id]) {
      const f = graph.flows[t.target.id]!;
      const label = cleanLine(f.label, 200);
      const name = `${elementName(f.sourceId)} → ${elementName(f.targetId)}${label ? ` (${label})` : ''}`;
      const p = elementPos.get(f.sourceId) ?? { x: 0, y: 0 };
      return { key: `flow:${f.id}`, type: 'flow', name, kindLabel: 'Data flow', order: [1, p.x, p.y, f.id] };
    }
    return { key: 'model', type: 'model', name: 'Whole model', kindLabel: 'Model-wide', order: [2, 0, 0, ''] };
  };

  const minRank = options.minRisk ? riskRank[options.minRisk] : 0;
  const listed = doc.threats.filter((t) => riskRank[riskLevel(t.likelihood, t.impact)] >= minRank);
  const stageMap = new Map<string, ReportStage & { order: [number, number, number, string] }>();
  const threatStage = new Map<string, string>();
  for (const t of listed) {
    const s = stageOf(t);
    if (!stageMap.has(s.key)) stageMap.set(s.key, { ...s, threats: [] });
    threatStage.set(t.id, s.key);
  }
  const stagesSorted = [...stageMap.values()].sort((a, b) => {
    for (let i = 0; i < 3; i++) if (a.order[i] !== b.order[i]) return (a.order[i] as number) - (b.order[i] as number);
    return byText(a.order[3], b.order[3]);
  });
  const sortedListed = [...listed].sort((a, b) => {
    const ra = residualOf(a);
    const rb = residualOf(b);
    return rb.score - ra.score || riskScore(b.likelihood, b.impact) - riskScore(a.likelihood, a.impact) || byText(a.title, b.title) || byText(a.id, b.id);
  });
  // Number threats in the order they are printed: stage by stage.
  const stageIndex = new Map(stagesSorted.map((s, i) => [s.key, i]));
  const printOrder = [...sortedListed].sort((a, b) => stageIndex.get(threatStage.get(a.id)!)! - stageIndex.get(threatStage.get(b.id)!)!);
  const threatRef = new Map(printOrder.map((t, i) => [t.id, `T-${pad(i + 1)}`]));

  // Mitigations: all of them, or (with a risk filter) those addressing a listed threat.
  const listedMitigations = doc.mitigations.filter((m) => !options.minRisk || m.links.some((l) => threatRef.has(l.threatId)));
  const statusRank = (s: string) => (s === 'rejected' ? 2 : s === 'verified' ? 1 : 0);
  listedMitigations.sort((a, b) => statusRank(a.status) - statusRank(b.status) || byText(a.dueDate ?? '9999', b.dueDate ?? '9999') || byText(a.title, b.title) || byText(a.id, b.id));
  const mitigationRef = new Map(listedMitigations.map((m, i) => [m.id, `M-${pad(i + 1)}`]));
  const refsSorted = (refs: (string | undefined)[]) => [...new Set(refs.filter((r): r is string => !!r))].sort();

  const toThreat = (t: DocumentThreat): ReportThreat => {
    const stage = stageMap.get(threatStage.get(t.id) ?? 'model');
    return {
      ref: threatRef.get(t.id) ?? '',
      id: t.id,
      title: cleanLine(t.title, 200),
      description: cleanText(t.description, 4000),
      category: threatCategoryLabels[t.category as keyof typeof threatCategoryLabels] ?? cleanLine(t.category, 80),
      stride: t.stride.filter((s): s is StrideLetter => s in strideNames),
      references: referenceFrameworks.flatMap((fw) =>
        (t.references[fw] ?? []).map((id) => ({ framework: frameworkLabels[fw], id: cleanLine(id, 60), name: referenceName(fw, id) ?? null })),
      ),
      inherent: rating(t.likelihood, t.impact),
      residual: residualOf(t),
      status: t.status,
      statusLabel: threatStatusLabels[t.status as ThreatStatus] ?? cleanLine(t.status, 40),
      open: isOpen(t.status),
      owner: person(t.owner),
      stageName: stage?.name ?? 'Whole model',
      mitigationRefs: refsSorted((linksOf.get(t.id) ?? []).map((l) => mitigationRef.get(l.mitigationId))),
    };
  };
  const reportThreats = new Map(printOrder.map((t) => [t.id, toThreat(t)]));
  for (const t of sortedListed) stageMap.get(threatStage.get(t.id)!)!.threats.push(reportThreats.get(t.id)!);
  const stages: ReportStage[] = stagesSorted.map(({ order: _order, ...s }) => s);

  const mitigations: ReportMitigation[] = listedMitigations.map((m) => ({
    ref: mitigationRef.get(m.id)!,
    id: m.id,
    title: cleanLine(m.title, 200),
    description: cleanText(m.description, 4000),
    controlType: controlTypeLabels[m.controlType as ControlType] ?? cleanLine(m.controlType, 20),
    status: m.status,
    statusLabel: mitigationStatusLabels[m.status as MitigationStatus] ?? cleanLine(m.status, 20),
    owner: person(m.owner),
    dueDate: m.dueDate,
    overdue: isOverdue(m.status, m.dueDate, today),
    ticketUrl: m.ticketUrl ? cleanLine(m.ticketUrl, 2000) : null,
    rejectionReason: m.rejectionReason ? cleanText(m.rejectionReason, 2000) : null,
    threatRefs: refsSorted(m.links.map((l) => threatRef.get(l.threatId))),
  }));

  // Summary: the whole model, whatever the register filter.
  const byRisk = riskLevels.map((level) => ({ level, label: riskLevelLabels[level], counts: Object.fromEntries(threatStatuses.map((s) => [s, 0])) as Record<string, number>, total: 0 }));
  let highOrCritical = 0;
  let covered = 0;
  for (const t of doc.threats) {
    const level = riskLevel(t.likelihood, t.impact);
    const row = byRisk.find((r) => r.level === level)!;
    row.counts[t.status] = (row.counts[t.status] ?? 0) + 1;
    row.total++;
    if (level === 'high' || level === 'critical') {
      highOrCritical++;
      if (t.status !== 'not-applicable' && (linksOf.get(t.id) ?? []).some((l) => mitigationStatus.get(l.mitigationId) === 'verified')) covered++;
    }
  }
  const topOpen = sortedListed.filter((t) => isOpen(t.status)).slice(0, TOP_OPEN).map((t) => reportThreats.get(t.id)!);

  const matrix = { inherent: grid(), residual: grid() };
  for (const t of reportThreats.values()) {
    if (t.status === 'not-applicable') continue;
    matrix.inherent[clamp(t.inherent.likelihood) - 1]![clamp(t.inherent.impact) - 1]!++;
    matrix.residual[clamp(t.residual.likelihood) - 1]![clamp(t.residual.impact) - 1]!++;
  }

  // Canvas badges count every open threat on an element, filtered or not.
  const openByElement = new Map<string, number>();
  for (const t of doc.threats) {
    if (t.target.type === 'element' && t.target.id && isOpen(t.status)) openByElement.set(t.target.id, (openByElement.get(t.target.id) ?? 0) + 1);
  }

  const frameworks: FrameworkMapping[] = [];
  for (const fw of [...referenceFrameworks, 'stride'] as const) {
    const entries = new Map<string, Set<string>>();
    for (const t of printOrder) {
      const ids = fw === 'stride' ? t.stride : (t.references[fw] ?? []);
      for (const id of ids) {
        const set = entries.get(id) ?? new Set<string>();
        set.add(threatRef.get(t.id)!);
        entries.set(id, set);
      }
    }
    if (entries.size === 0) continue;
    frameworks.push({
      framework: frameworkLabels[fw],
      entries: [...entries.entries()]
        .sort(([a], [b]) => byText(a, b))
        .map(([id, refs]) => ({
          id: cleanLine(id, 60),
          name: fw === 'stride' ? (strideNames[id as StrideLetter] ?? null) : (referenceName(fw, id) ?? null),
          threatRefs: [...refs].sort(),
        })),
    });
  }

  const targetName = (target: { type: string; id: string | null }) =>
    target.type === 'element' && target.id ? elementName(target.id) : target.type === 'flow' && target.id && graph.flows[target.id] ? `${elementName(graph.flows[target.id]!.sourceId)} → ${elementName(graph.flows[target.id]!.targetId)}` : 'Whole model';
  const dismissed = options.includeDismissed
    ? doc.suggestions
        .filter((s) => s.status === 'dismissed')
        .map((s) => ({
          catalogueId: cleanLine(s.threatId, 40),
          title: cleanLine(threatById(s.threatId)?.title ?? s.threatId, 200),
          target: targetName(s.target),
          reason: cleanText(s.dismissReason ?? '', 1000),
          explanation: cleanText(s.explanation, 2000),
        }))
        .sort((a, b) => byText(a.target, b.target) || byText(a.title, b.title))
    : null;

  const boundaryName = (id: string | null) => (id && graph.boundaries[id] ? cleanLine(graph.boundaries[id]!.name, 200) : null);
  const filters = [
    options.minRisk ? `Threat register, plan and appendix: threats of ${riskLevelLabels[options.minRisk].toLowerCase()} inherent risk and above (${listed.length} of ${doc.threats.length}).` : `All ${doc.threats.length} threats are listed.`,
    options.includeDismissed ? 'Dismissed rule suggestions are listed with their reasons.' : 'Dismissed rule suggestions are not listed.',
  ];

  return {
    sections: [...options.sections],
    meta: {
      modelName: cleanLine(doc.model.name, 200),
      modelDescription: cleanText(doc.model.description, 5000),
      workspace: cleanLine(doc.model.workspace.name, 200),
      revision: doc.model.revision,
      snapshot: options.snapshot ? { id: options.snapshot.id, name: cleanLine(options.snapshot.name, 200), takenAt: options.snapshot.takenAt } : null,
      generatedAt: options.generatedAt,
      author: cleanLine(options.author, 300),
      exportedAt: doc.exportedAt,
      catalogueVersion: doc.generator.catalogueVersion || catalogueVersion,
      filters,
    },
    summary: {
      totals: {
        threats: doc.threats.length,
        open: doc.threats.filter((t) => isOpen(t.status)).length,
        mitigations: doc.mitigations.length,
        verified: doc.mitigations.filter((m) => m.status === 'verified').length,
        overdue: doc.mitigations.filter((m) => isOverdue(m.status, m.dueDate, today)).length,
      },
      statuses: threatStatuses.map((s) => ({ id: s, label: threatStatusLabels[s] })),
      byRisk: byRisk.reverse(),
      coverage: { highOrCritical, covered, ratio: highOrCritical ? covered / highOrCritical : null },
      topOpen,
    },
    scope: {
      boundaries: doc.graph.boundaries.map((b) => ({ name: cleanLine(b.name, 200), kindLabel: isBoundaryKind(b.kind) ? boundaryKindDefs[b.kind].label : cleanLine(b.kind, 64), parent: boundaryName(b.parentId) })),
      elements: [...doc.graph.elements]
        .sort((a, b) => (elementPos.get(a.id)!.x - elementPos.get(b.id)!.x) || (elementPos.get(a.id)!.y - elementPos.get(b.id)!.y))
        .map((e) => ({
          name: cleanLine(e.name, 200),
          kindLabel: isElementKind(e.kind) ? elementKindDefs[e.kind].label : cleanLine(e.kind, 64),
          boundary: boundaryName(e.boundaryId),
          openThreats: openByElement.get(e.id) ?? 0,
        })),
      flows: doc.graph.flows.map((f) => ({ source: elementName(f.sourceId), target: elementName(f.targetId), label: cleanLine(f.label, 200), crossesBoundary: crossesBoundary(graph, f.id) })),
    },
    diagram: options.sections.includes('diagram') ? diagramGeometry(doc, openByElement, DIAGRAM_AREA.width, DIAGRAM_AREA.height) : null,
    stages,
    threatCount: printOrder.length,
    mitigations,
    matrix,
    bom: options.sections.includes('bom') ? bomRows(doc) : [],
    frameworks,
    dismissed,
  };
}
