// A large ModelDocument for the PDF report test and benchmark: 300 elements, 1,000 threats,
// 800 mitigations with links, statuses, owners, references and dismissed suggestions.
import { catalogueThreats, catalogueVersion } from '../../lib/catalogue/index.ts';
import { MODEL_DOCUMENT_FORMAT, MODEL_DOCUMENT_VERSION, type ModelDocument } from '../../lib/exchange/model-document.ts';
import { bigGraph } from './big-graph.ts';

const threatStatuses = ['identified', 'mitigating', 'mitigated', 'accepted', 'transferred', 'not-applicable'];
const mitigationStatuses = ['proposed', 'planned', 'in-progress', 'implemented', 'verified', 'rejected'];

export function bigReportDocument(elements = 300, threats = 1000, mitigations = 800): ModelDocument {
  const graph = bigGraph(elements, Math.round(elements * 1.5), 25);
  const elementIds = Object.keys(graph.elements);
  const flowIds = Object.keys(graph.flows);
  const pad = (n: number) => String(n).padStart(5, '0');
  const owner = (i: number) => (i % 3 === 0 ? null : { email: `owner${i % 7}@example.test`, name: i % 2 ? `Owner ${i % 7}` : null });
  const doc: ModelDocument = {
    format: MODEL_DOCUMENT_FORMAT,
    formatVersion: MODEL_DOCUMENT_VERSION,
    exportedAt: '2026-11-20T12:00:00.000Z',
    generator: { name: 'Threatline', catalogueVersion, rulesVersion: 'bench' },
    model: { id: 'big', name: 'Large platform model', description: 'Generated for the report benchmark.', workspace: { id: 'ws', name: 'Bench' }, revision: 4242, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z' },
    graph: { boundaries: Object.values(graph.boundaries), elements: Object.values(graph.elements), flows: Object.values(graph.flows) },
    threats: [],
    mitigations: [],
    suggestions: [],
  };
  for (let i = 0; i < threats; i++) {
    const c = catalogueThreats[i % catalogueThreats.length]!;
    const onFlow = i % 10 === 9;
    doc.threats.push({
      id: `t${pad(i)}`, title: `${c.title} (${i + 1})`, description: c.description.slice(0, 240), category: c.category, stride: [...c.stride],
      references: Object.fromEntries(Object.entries(c.references).map(([k, v]) => [k, [...(v as string[])]])),
      likelihood: 1 + (i % 5), impact: 1 + ((i * 3) % 5), status: threatStatuses[i % threatStatuses.length]!, owner: owner(i), rationale: '', source: 'catalogue',
      catalogueId: c.id, ruleId: null,
      target: i % 50 === 49 ? { type: 'model', id: null } : onFlow ? { type: 'flow', id: flowIds[i % flowIds.length]! } : { type: 'element', id: elementIds[i % elementIds.length]! },
      triggerRetired: false, createdAt: '2026-06-01T00:00:00.000Z', statusHistory: [],
    });
  }
  for (let i = 0; i < mitigations; i++) {
    doc.mitigations.push({
      id: `m${pad(i)}`, title: `Mitigation ${i + 1}: restrict and monitor access`, description: 'Apply least privilege and alert on anomalies.', controlType: ['preventive', 'detective', 'corrective'][i % 3]!,
      status: mitigationStatuses[i % mitigationStatuses.length]!, rejectionReason: i % 6 === 5 ? 'Not worth the cost' : null, owner: owner(i + 1),
      dueDate: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`, ticketUrl: i % 4 === 0 ? `https://tracker.example.test/SEC-${i}` : null, evidence: '', evidenceLinks: [], catalogueId: null,
      links: [{ threatId: `t${pad(i % threats)}`, likelihoodReduction: 1, impactReduction: 1 }, { threatId: `t${pad((i * 7 + 3) % threats)}`, likelihoodReduction: 1, impactReduction: 0 }]
        .filter((l, j, all) => all.findIndex((x) => x.threatId === l.threatId) === j)
        .sort((a, b) => (a.threatId < b.threatId ? -1 : 1)),
      history: [],
    });
  }
  for (let i = 0; i < 40; i++) {
    doc.suggestions.push({
      fingerprint: `fp-${i}`, ruleId: 'bench', threatId: catalogueThreats[i % catalogueThreats.length]!.id, target: { type: 'element', id: elementIds[i]! },
      explanation: 'Generated suggestion.', status: 'dismissed', active: true, dismissReason: 'Handled elsewhere', acceptedThreatId: null,
    });
  }
  return doc;
}
