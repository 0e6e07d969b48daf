import { threatById } from '../../catalogue';
import { mitigationStatuses } from '../../domain/mitigation';
import { threatStatuses } from '../../domain/threat';
import { documentOf } from '../../exchange/aibom-test-document';
import type { DocumentMitigation, DocumentThreat, ModelDocument } from '../../exchange/model-document';
import { sampleDocument } from '../../exchange/test-document';
import type { Graph } from '../../graph/types';
import { runRules } from '../../rules';

// Documents for the Threat Composer export tests: a template with every rule suggestion accepted
// (every status, rating and target kind) and mitigations linked to them, and a hostile one.

const at = (i: number) => new Date(Date.UTC(2026, 10, 1, 9, 0, i)).toISOString();

/** The template's graph with each rule suggestion accepted as a threat, and a mitigation for every third. */
export function documentWithThreats(graph: Graph): ModelDocument {
  const threats: DocumentThreat[] = runRules(graph).map((s, i) => {
    const c = threatById(s.threatId)!;
    const status = threatStatuses[i % threatStatuses.length]!;
    return {
      id: `t${String(i).padStart(3, '0')}`, title: c.title, description: c.description, category: c.category, stride: [...c.stride],
      references: Object.fromEntries(Object.entries(c.references).map(([k, v]) => [k, [...(v as string[])]])),
      likelihood: (i % 5) + 1, impact: ((i * 2) % 5) + 1, status, owner: null, rationale: i % 4 ? '' : 'Reachable from the internet.',
      source: 'rule', catalogueId: c.id, ruleId: s.ruleId, target: { type: s.target.type, id: s.target.type === 'model' ? null : s.target.id },
      triggerRetired: false, createdAt: at(i), statusHistory: [{ from: null, to: status, at: at(i), actor: null }],
    };
  });
  threats.push({ ...threats[0]!, id: 'model-wide', title: 'Model-wide threat', target: { type: 'model', id: null }, createdAt: at(999), stride: ['R'] });
  const mitigations: DocumentMitigation[] = threats
    .filter((_t, i) => i % 3 === 0)
    .map((t, i) => {
      const status = mitigationStatuses[i % mitigationStatuses.length]!;
      const next = threats[threats.indexOf(t) + 1];
      return {
        id: `m${String(i).padStart(3, '0')}`, title: `Control for ${t.title}`.slice(0, 200), description: i % 2 ? 'Rolled out per namespace.' : '',
        controlType: (['preventive', 'detective', 'corrective'] as const)[i % 3]!, status, rejectionReason: status === 'rejected' ? 'Too costly' : null,
        owner: i % 2 ? { email: 'bo@example.test', name: 'Bo' } : null, dueDate: i % 2 ? '2026-12-31' : null, ticketUrl: null, evidence: '', evidenceLinks: [],
        catalogueId: null, links: [t, ...(next ? [next] : [])].map((x, j) => ({ threatId: x.id, likelihoodReduction: 1 + j, impactReduction: j })),
        history: [{ field: 'status', from: null, to: status, at: at(i), actor: null }],
      };
    });
  return { ...documentOf(graph, threats), mitigations };
}

const emoji = '😀';

/** Hostile and Unicode text everywhere: markup, control characters, bidi overrides, surrogate pairs at every cut, very long text. */
export function hostileDocument(): ModelDocument {
  const doc = sampleDocument();
  const nasty = `<script>alert(1)</script> \u0000\u0007 \u202eevil\u202c **bold** [link](javascript:alert(1)) | pipe \`tick\` ${emoji}`;
  doc.model.name = `${'x'.repeat(199)}${emoji}`;
  doc.model.description = `${nasty}\n\n${'Long text. '.repeat(900)}`;
  for (const [i, e] of doc.graph.elements.entries()) {
    e.name = i % 2 ? `${emoji.repeat(100)}` : `${nasty} ${i}`;
    e.description = `${nasty}\n${'y'.repeat(299)}${emoji}`;
  }
  for (const b of doc.graph.boundaries) b.name = `### ${nasty}`;
  for (const f of doc.graph.flows) f.label = `${'z'.repeat(119)}${emoji}`.slice(0, 120);
  const [a, b] = doc.threats;
  Object.assign(a!, { title: `${'t'.repeat(199)}${emoji}`.slice(0, 200), description: `${nasty}\n${'d'.repeat(9000)}`, category: `${emoji.repeat(15)}category`, rationale: nasty });
  a!.references = { [`${'k'.repeat(39)}`]: Array.from({ length: 40 }, (_x, i) => `${'r'.repeat(55)}-${i}`), atlas: ['AML.T0051'] };
  for (let i = 0; i < 11; i++) a!.references[`group${i}`] = Array.from({ length: 40 }, (_x, j) => `ref-${i}-${j}`);
  Object.assign(b!, { title: nasty, stride: ['S', 'T', 'R', 'I', 'D', 'E'], description: `Threat source: ${emoji.repeat(150)}\nTags: ${'q'.repeat(60)}` });
  const m = doc.mitigations[0]!;
  Object.assign(m, { title: `${emoji.repeat(100)}`, description: `${nasty}\n${'e'.repeat(2000)}`, evidence: nasty, rejectionReason: nasty });
  return doc;
}
