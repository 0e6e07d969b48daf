import { describe, expect, it } from 'vitest';
import { threatById } from '../catalogue';
import type { Graph } from '../graph/types';
import { templates } from '../templates';
import { ruleCases } from './cases';
import { engineVersion, ruleCatalogue, rules, runRules } from './engine';
import { g } from './test-graph';

const allCaseGraphs = () => ruleCases.map((c) => c.graph(false));

/** The same graph with its records inserted in reverse order. */
function reversed(graph: Graph): Graph {
  const rev = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).reverse());
  return { elements: rev(graph.elements), boundaries: rev(graph.boundaries), flows: rev(graph.flows) };
}

function checkApplicability(graph: Graph) {
  for (const s of runRules(graph)) {
    const threat = threatById(s.threatId);
    expect(threat, s.threatId).toBeDefined();
    if (s.target.type === 'flow') expect(threat!.appliesTo.flows, s.fingerprint).toBe(true);
    if (s.target.type === 'element') {
      const kind = graph.elements[s.target.id!]!.kind;
      expect(threat!.appliesTo.elementKinds as readonly string[], `${s.fingerprint} on a ${kind}`).toContain(kind);
    }
    expect(rules.find((r) => r.id === s.ruleId)!.threatIds).toContain(s.threatId);
  }
}

describe('rule catalogue', () => {
  it('has unique, well-formed ids and catalogue threats only', () => {
    expect(new Set(ruleCatalogue.map((r) => r.id)).size).toBe(ruleCatalogue.length);
    expect(ruleCatalogue.length).toBeGreaterThanOrEqual(25);
    for (const r of ruleCatalogue) {
      expect(r.id).toMatch(/^R-[A-Z0-9-]+$/);
      expect(r.title.length).toBeGreaterThan(10);
      expect(r.description.length).toBeGreaterThan(40);
      expect(r.threatIds.length).toBeGreaterThan(0);
      for (const id of r.threatIds) expect(threatById(id), `${r.id} → ${id}`).toBeDefined();
    }
    expect(engineVersion).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it('is plain data', () => {
    expect(JSON.parse(JSON.stringify(ruleCatalogue))).toEqual(ruleCatalogue);
  });
});

describe('suggestions', () => {
  it('only suggest catalogue threats that apply to the target kind (or to flows)', () => {
    for (const graph of [...allCaseGraphs(), ...templates.map((t) => t.build())]) checkApplicability(graph);
  });

  it('never repeat a fingerprint, and fingerprints are rule|threat|target', () => {
    for (const graph of [...allCaseGraphs(), ...templates.map((t) => t.build())]) {
      const out = runRules(graph);
      expect(new Set(out.map((s) => s.fingerprint)).size).toBe(out.length);
      for (const s of out) expect(s.fingerprint).toBe(`${s.ruleId}|${s.threatId}|${s.target.type}:${s.target.id ?? ''}`);
    }
  });

  it('are deterministic: same input, identical output and order, whatever the record order', () => {
    for (const graph of [...allCaseGraphs(), ...templates.map((t) => t.build())]) {
      const first = runRules(graph);
      expect(runRules(structuredClone(graph))).toEqual(first);
      expect(runRules(reversed(graph))).toEqual(first);
    }
  });

  it('are sorted by target, then rule, then threat', () => {
    const out = runRules(templates[3]!.build());
    const keys = out.map((s) => [s.target.type === 'element' ? 1 : 2, s.target.id, s.ruleId, s.threatId].join('\u0000'));
    expect([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(keys);
  });

  it('handles an empty graph and dangling flows', () => {
    expect(runRules({ elements: {}, boundaries: {}, flows: {} })).toEqual([]);
    const graph = g().el('a', 'training-job', { pinnedDependencies: 'yes' }).build();
    graph.flows.x = { id: 'x', sourceId: 'gone', targetId: 'a', label: '', properties: {} };
    expect(runRules(graph)).toEqual([]);
  });

  it('survive cycles and boundary cycles', () => {
    const graph = g()
      .boundary('b1', 'network', {}, 'b2')
      .boundary('b2', 'network', {}, 'b1')
      .el('src', 'data-source', { origin: 'public-web' }, 'b1')
      .el('fs', 'feature-store', {}, 'b2')
      .el('train', 'training-job', { pinnedDependencies: 'yes' })
      .chain(['src', 'fs', 'train', 'fs'])
      .build();
    const out = runRules(graph);
    expect(out.some((s) => s.threatId === 'TL-AI-001' && s.target.id === 'train')).toBe(true);
  });
});

describe('fingerprint stability', () => {
  const base = () => templates.find((t) => t.id === 'agentic-assistant')!.build();
  const fingerprints = (graph: Graph) => runRules(graph).map((s) => s.fingerprint);

  it('does not change when unrelated elements are added, moved or renamed', () => {
    const before = fingerprints(base());
    const edited = base();
    edited.elements['el-audit']!.name = 'Renamed audit log';
    edited.elements['el-audit']!.x += 500;
    edited.elements['el-secrets']!.y -= 200;
    edited.elements.extra = { id: 'extra', kind: 'evaluation', name: 'Extra eval', description: '', boundaryId: null, x: 0, y: 0, properties: { redTeaming: 'yes' } };
    expect(fingerprints(edited)).toEqual(before);
  });

  it('does not churn when a second triggering path appears; the explanation lists it', () => {
    const graph = (second: boolean) => {
      const b = g()
        .el('a', 'data-source', { origin: 'public-web' }, null, 'Forum A')
        .el('ingest', 'data-ingestion', { validation: 'no', pinnedDependencies: 'yes' }, null, 'Ingest')
        .el('train', 'training-job', { pinnedDependencies: 'yes' }, null, 'Train')
        .chain(['a', 'ingest', 'train']);
      if (second) b.el('b', 'data-source', { origin: 'partner' }, null, 'Partner B').flow('b', 'train');
      return b.build();
    };
    const one = runRules(graph(false));
    const two = runRules(graph(true));
    expect(two.map((s) => s.fingerprint)).toEqual(one.map((s) => s.fingerprint));
    const poison = two.find((s) => s.threatId === 'TL-AI-001')!;
    expect(poison.explanation).toContain('“Partner B” → “Train”');
    expect(poison.explanation).toContain('“Forum A” → “Ingest” → “Train”');
    expect(poison.path).toEqual(expect.arrayContaining(['a', 'b', 'ingest', 'train']));
  });

  it('keeps fingerprints when the triggering element is renamed', () => {
    const graph = ruleCases[0]!.graph(false);
    const before = fingerprints(graph);
    graph.elements.forum!.name = 'Reddit dump';
    expect(fingerprints(graph)).toEqual(before);
  });
});

describe('templates', () => {
  const byTemplate = Object.fromEntries(templates.map((t) => [t.id, runRules(t.build())]));

  it('each produce a sensible number of suggestions', () => {
    const counts = Object.fromEntries(Object.entries(byTemplate).map(([id, s]) => [id, s.length]));
    console.log('suggestions per template', counts);
    for (const [id, n] of Object.entries(counts)) {
      expect(n, id).toBeGreaterThan(0);
      expect(n, id).toBeLessThan(60);
    }
  });

  const has = (id: string, threatId: string, target: string) => byTemplate[id]!.some((s) => s.threatId === threatId && s.target.id === target);

  it('find the headline threats of each pipeline', () => {
    expect(has('rag-chatbot', 'TL-AI-036', 'el-chat')).toBe(true); // indirect prompt injection via the knowledge base
    expect(has('rag-chatbot', 'TL-AI-035', 'el-chat')).toBe(true);
    expect(has('rag-chatbot', 'TL-AI-041', 'el-chat')).toBe(true);
    expect(has('agentic-assistant', 'TL-AI-036', 'el-agent')).toBe(true); // web search results
    expect(has('agentic-assistant', 'TL-AI-052', 'el-agent')).toBe(true);
    expect(has('agentic-assistant', 'TL-AI-053', 'el-tool-search')).toBe(true);
    expect(has('llm-fine-tuning', 'TL-AI-009', 'el-finetune')).toBe(true); // Mistral from Hugging Face
    expect(has('llm-fine-tuning', 'TL-AI-028', 'el-serve')).toBe(true);
    expect(has('supervised-ml-kubernetes', 'TL-AI-026', 'el-serve')).toBe(true);
  });

  it('do not flag controls the templates already have', () => {
    const all = Object.values(byTemplate).flat();
    // Every template signs images, pins dependencies and hardens pods.
    for (const ruleId of ['R-SUPPLY-UNSIGNED-ARTIFACTS', 'R-SUPPLY-UNPINNED-DEPENDENCIES', 'R-K8S-POD-HARDENING', 'R-SUPPLY-REGISTRY-INTEGRITY']) {
      expect(all.filter((s) => s.ruleId === ruleId).map((s) => s.explanation)).toEqual([]);
    }
  });
});
