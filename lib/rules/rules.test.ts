import { describe, expect, it } from 'vitest';
import { ruleCases } from './cases';
import { rules, runRules } from './engine';

describe('every rule has a triggering and a safe case', () => {
  it('covers all rules', () => {
    const covered = new Set(ruleCases.map((c) => c.rule));
    expect(rules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it('every expectation uses a threat the rule declares', () => {
    for (const c of ruleCases) {
      const rule = rules.find((r) => r.id === c.rule);
      expect(rule, c.rule).toBeDefined();
      for (const e of c.expect) expect(rule!.threatIds, `${c.rule}: ${e.threatId}`).toContain(e.threatId);
    }
  });
});

describe.each(ruleCases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', (_title, c) => {
  const rule = rules.find((r) => r.id === c.rule)!;

  it('triggers with an explanation that names what triggered it', () => {
    const out = runRules(c.graph(false), [rule]);
    for (const e of c.expect) {
      const hit = out.find((s) => s.threatId === e.threatId && s.target.id === e.target);
      expect(hit, `${e.threatId} on ${e.target}; got ${JSON.stringify(out.map((s) => `${s.threatId}@${s.target.id}`))}`).toBeDefined();
      for (const m of e.mentions) expect(hit!.explanation).toContain(m);
      expect(hit!.path).toContain(e.target);
      expect(hit!.explanation.length).toBeLessThan(900);
    }
  });

  it('stays quiet on the safe variant', () => {
    const out = runRules(c.graph(true), [rule]);
    for (const e of c.expect) {
      expect(out.filter((s) => s.threatId === e.threatId && s.target.id === e.target).map((s) => s.explanation)).toEqual([]);
    }
  });

  it('only points at ids that exist in the graph', () => {
    const graph = c.graph(false);
    for (const s of runRules(graph, [rule])) {
      for (const id of s.path) expect(graph.elements[id] ?? graph.flows[id], `${s.fingerprint}: ${id}`).toBeDefined();
    }
  });
});
