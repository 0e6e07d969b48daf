import { expect } from 'vitest';
import { parseModelDocument } from '../../exchange/check-document';
import { applyOps } from '../../graph/apply';
import { checkGraphEntities } from '../../graph/check-entities';
import type { ImportResult } from '../types';

/** The document imports exactly like a Threatline file, and every entity passes its kind's schema. */
export function expectImportable(result: ImportResult) {
  const parsed = parseModelDocument(result.document);
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  const { boundaries, elements, flows } = result.document.graph;
  const byDepth = [...boundaries].sort((a, b) => depth(a.id) - depth(b.id));
  function depth(id: string): number {
    const p = boundaries.find((x) => x.id === id)?.parentId;
    return p ? 1 + depth(p) : 0;
  }
  const { graph } = applyOps({ elements: {}, boundaries: {}, flows: {} }, [
    ...byDepth.map((boundary) => ({ type: 'boundary.add' as const, boundary })),
    ...elements.map((element) => ({ type: 'element.add' as const, element })),
    ...flows.map((flow) => ({ type: 'flow.add' as const, flow })),
  ]);
  expect(checkGraphEntities(graph, [...boundaries, ...elements, ...flows].map((x) => x.id))).toEqual([]);
  const c = result.report.counts;
  expect(c).toMatchObject({ elements: elements.length, boundaries: boundaries.length, flows: flows.length, threats: result.document.threats.length, mitigations: result.document.mitigations.length });
}

/** Inputs a hostile or broken upload may hold; each must be refused with ImportFormatError. */
export function hostileInputs(valid: Record<string, unknown>): [string, unknown][] {
  let deep: unknown = {};
  for (let i = 0; i < 5000; i++) deep = { a: [deep] };
  return [
    ['null', null],
    ['a string', 'hello'],
    ['an array', [valid]],
    ['a prototype key', JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}`)],
    ['a constructor key', { ...valid, constructor: { prototype: { polluted: true } } }],
    ['deeply nested junk', { ...valid, junk: deep }],
  ];
}
