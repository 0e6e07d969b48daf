import { catalogueVersion, threatById } from '../catalogue';
import { engineVersion, runRules } from '../rules';
import { findTemplate } from '../templates';
import { MODEL_DOCUMENT_FORMAT, MODEL_DOCUMENT_VERSION, type ModelDocument } from './model-document';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A realistic document for unit tests (the RAG template, its rule suggestions, two accepted as
 * threats, one mitigation verified): what exportModel would write for such a model.
 */
export function sampleDocument(): ModelDocument {
  const graph = findTemplate('rag-chatbot')!.build();
  const suggestions = runRules(graph);
  const [first, second, third] = suggestions;
  const threatOf = (s: NonNullable<typeof first>, id: string, status: string) => {
    const c = threatById(s.threatId)!;
    return {
      id, title: c.title, description: c.description, category: c.category, stride: [...c.stride],
      references: Object.fromEntries(Object.entries(c.references).map(([k, v]) => [k, [...(v as string[])]])),
      likelihood: 4, impact: 4, status, owner: { email: 'ana@example.test', name: 'Ana' }, rationale: '', source: 'rule',
      catalogueId: c.id, ruleId: s.ruleId, target: { ...s.target }, triggerRetired: false, createdAt: '2026-11-01T10:00:00.000Z',
      statusHistory: [{ from: null, to: 'identified', at: '2026-11-01T10:00:00.000Z', actor: 'ana@example.test' }],
    };
  };
  return {
    format: MODEL_DOCUMENT_FORMAT,
    formatVersion: MODEL_DOCUMENT_VERSION,
    exportedAt: '2026-11-20T12:00:00.000Z',
    generator: { name: 'Threatline', catalogueVersion, rulesVersion: engineVersion },
    model: {
      id: 'model-1', name: 'Support chatbot', description: 'Answers customer questions from the help centre.',
      workspace: { id: 'ws-1', name: 'Acme' }, revision: 12, createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-20T11:00:00.000Z',
    },
    graph: {
      boundaries: Object.values(graph.boundaries).sort(byId),
      elements: Object.values(graph.elements).sort(byId),
      flows: Object.values(graph.flows).sort(byId),
    },
    threats: [threatOf(first!, 'threat-a', 'mitigating'), threatOf(second!, 'threat-b', 'identified')],
    mitigations: [
      {
        id: 'mit-1', title: 'Filter retrieved content', description: '', controlType: 'preventive', status: 'verified', rejectionReason: null,
        owner: { email: 'bo@example.test', name: 'Bo' }, dueDate: '2026-12-01', ticketUrl: 'https://tickets.example/SEC-1', evidence: 'Pen test',
        evidenceLinks: ['https://reports.example/1'], catalogueId: null,
        links: [{ threatId: 'threat-a', likelihoodReduction: 2, impactReduction: 1 }],
        history: [
          { field: 'status', from: null, to: 'proposed', at: '2026-11-02T10:00:00.000Z', actor: 'ana@example.test' },
          { field: 'owner', from: null, to: 'bo@example.test', at: '2026-11-02T10:00:00.000Z', actor: 'ana@example.test' },
          { field: 'status', from: 'proposed', to: 'verified', at: '2026-11-10T10:00:00.000Z', actor: 'bo@example.test' },
        ],
      },
    ],
    suggestions: suggestions.map((s, i) => ({
      fingerprint: s.fingerprint, ruleId: s.ruleId, threatId: s.threatId, target: { ...s.target }, explanation: s.explanation,
      status: i === 0 || i === 1 ? ('accepted' as const) : s === third ? ('dismissed' as const) : ('open' as const),
      active: true, dismissReason: s === third ? 'Handled by the platform team' : null,
      acceptedThreatId: i === 0 ? 'threat-a' : i === 1 ? 'threat-b' : null,
    })),
  };
}
