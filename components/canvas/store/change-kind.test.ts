import { describe, expect, it } from 'vitest';
import { applyOps } from '@/lib/graph/apply';
import { checkGraphEntities } from '@/lib/graph/check-entities';
import type { Graph } from '@/lib/graph/types';
import { changeKindNotice, changeKindOps } from './change-kind';
import { sampleGraph } from './test-fixtures';

function graph(): Graph {
  const g = sampleGraph();
  g.elements.A = { ...g.elements.A!, kind: 'generic-store', name: 'Queue', description: 'Orders.', properties: { notes: 'Threat Dragon: holds logs.', encryptionAtRest: 'yes', owner: 'Ops' } };
  g.elements.C = { ...g.elements.C!, kind: 'human-actor', name: 'Ana', properties: { role: 'operator', mfa: 'yes' } };
  g.elements.E = { ...g.elements.E!, kind: 'data-store', properties: { accessControl: 'no' } };
  return g;
}

describe('changeKindOps', () => {
  it('changes every selected element in one batch, keeping what the new kind accepts', () => {
    const g = graph();
    const plan = changeKindOps(g, ['A', 'C', 'E', 'B', 'F1'], 'data-store');
    expect(plan.changed).toBe(2); // E already is a data store; the boundary and the flow are ignored
    expect(plan.ops).toEqual([
      { type: 'element.update', id: 'A', changes: { kind: 'data-store', properties: { notes: null }, description: 'Orders.\n\nThreat Dragon: holds logs.' } },
      { type: 'element.update', id: 'C', changes: { kind: 'data-store', properties: { role: null, mfa: null } } },
    ]);
    expect(plan.dropped).toEqual([{ id: 'C', name: 'Ana', labels: ['Role', 'Multi-factor authentication'] }]);
    const next = applyOps(g, plan.ops).graph;
    expect(next.elements.A!.properties).toEqual({ encryptionAtRest: 'yes', owner: 'Ops' });
    expect(checkGraphEntities(next, ['A', 'C', 'E'])).toEqual([]);
  });

  it('drops values the new kind refuses even when the key exists', () => {
    const g = graph();
    g.elements.A!.properties = { role: 'data-scientist' };
    g.elements.A!.kind = 'human-actor';
    const plan = changeKindOps(g, ['A'], 'external-entity');
    expect(plan.ops[0]).toMatchObject({ changes: { kind: 'external-entity', properties: { role: null } } });
  });

  it('is undone by its inverse in one step', () => {
    const g = graph();
    const r = applyOps(g, changeKindOps(g, ['A', 'C'], 'generic-process').ops);
    expect(applyOps(r.graph, r.inverse).graph).toEqual(g);
  });

  it('says what changed and what was removed', () => {
    const g = graph();
    expect(changeKindNotice(changeKindOps(g, ['A', 'C'], 'data-store'), 'data-store')).toBe(
      'Changed 2 elements to Data store. Removed values a Data store does not have: Ana (Role, Multi-factor authentication). Undo restores them.',
    );
    expect(changeKindNotice(changeKindOps(g, ['E'], 'vector-store'), 'vector-store')).toBe('Changed 1 element to Vector store.');
  });
});
