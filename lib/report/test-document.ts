import { sampleDocument } from '../exchange/test-document';
import type { DocumentMitigation, DocumentThreat, ModelDocument } from '../exchange/model-document';

// Fixtures for report tests: the RAG sample document with threats and mitigations chosen so that
// every grouping, filter and residual rule is exercised.
export const HOSTILE_TITLE = '</Text><script>alert(1)</script> ◆ 中文 Ünïcode';

export function reportThreat(doc: ModelDocument, over: Partial<DocumentThreat> & { id: string }): DocumentThreat {
  const base = doc.threats[0]!;
  return { ...base, statusHistory: [], owner: null, references: {}, stride: [], ...over };
}

export function reportMitigation(over: Partial<DocumentMitigation> & { id: string }): DocumentMitigation {
  return {
    title: 'Mitigation', description: '', controlType: 'preventive', status: 'proposed', rejectionReason: null, owner: null, dueDate: null,
    ticketUrl: null, evidence: '', evidenceLinks: [], catalogueId: null, links: [], history: [], ...over,
  };
}

export function reportTestDocument(): ModelDocument {
  const doc = sampleDocument();
  const [e1, e2] = doc.graph.elements;
  const flow = doc.graph.flows[0]!;
  doc.threats = [
    reportThreat(doc, { id: 't-crit', title: 'Prompt injection through retrieved documents', likelihood: 5, impact: 4, status: 'identified', target: { type: 'element', id: e1!.id }, references: { owaspLlm: ['LLM01:2025'], atlas: ['AML.T0051'] }, stride: ['T', 'E'], owner: { email: 'ana@example.test', name: 'Ana' } }),
    reportThreat(doc, { id: 't-high', title: HOSTILE_TITLE, description: 'Line one\u0007\nline two\u202e', likelihood: 3, impact: 4, status: 'mitigating', target: { type: 'element', id: e1!.id } }),
    reportThreat(doc, { id: 't-med', title: 'Embedding store tampering', likelihood: 2, impact: 3, status: 'identified', target: { type: 'element', id: e2!.id }, references: { owaspMl: ['ML02:2023'] } }),
    reportThreat(doc, { id: 't-low', title: 'Verbose error messages', likelihood: 1, impact: 2, status: 'accepted', target: { type: 'flow', id: flow.id } }),
    reportThreat(doc, { id: 't-model', title: 'Excessive agency across the model', likelihood: 4, impact: 4, status: 'mitigated', target: { type: 'model', id: null }, references: { owaspAgentic: ['ASI02'] } }),
  ];
  doc.mitigations = [
    reportMitigation({ id: 'm-verified', title: 'Isolate retrieved content from instructions', status: 'verified', owner: { email: 'bo@example.test', name: null }, dueDate: '2026-10-01', links: [{ threatId: 't-crit', likelihoodReduction: 2, impactReduction: 1 }, { threatId: 't-model', likelihoodReduction: 1, impactReduction: 1 }] }),
    reportMitigation({ id: 'm-planned', title: 'Sign embedding snapshots', status: 'planned', dueDate: '2026-11-01', ticketUrl: 'https://tracker.example.test/SEC-12', links: [{ threatId: 't-high', likelihoodReduction: 2, impactReduction: 2 }, { threatId: 't-med', likelihoodReduction: 1, impactReduction: 0 }] }),
    reportMitigation({ id: 'm-low', title: 'Generic error pages', status: 'proposed', links: [{ threatId: 't-low', likelihoodReduction: 0, impactReduction: 1 }] }),
  ];
  doc.suggestions = doc.suggestions.map((s, i) => (i === 0 ? { ...s, status: 'dismissed' as const, dismissReason: 'Covered by the platform team', acceptedThreatId: null } : s));
  return doc;
}
