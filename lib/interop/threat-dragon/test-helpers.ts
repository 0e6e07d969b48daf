import { expect } from 'vitest';
import { parseModelDocument } from '../../exchange/check-document';
import type { ModelDocument } from '../../exchange/model-document';
import { checkGraphEntities } from '../../graph/check-entities';
import type { Graph } from '../../graph/types';

/** The document passes the same checks as a Threatline JSON import (schema, structure, per-kind properties). */
export function expectImportable(doc: ModelDocument) {
  const parsed = parseModelDocument(JSON.parse(JSON.stringify(doc)));
  expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  const graph: Graph = {
    elements: Object.fromEntries(doc.graph.elements.map((e) => [e.id, e])),
    boundaries: Object.fromEntries(doc.graph.boundaries.map((b) => [b.id, b])),
    flows: Object.fromEntries(doc.graph.flows.map((f) => [f.id, f])),
  };
  expect(checkGraphEntities(graph, [...Object.keys(graph.elements), ...Object.keys(graph.boundaries), ...Object.keys(graph.flows)])).toEqual([]);
  const ids = [...doc.graph.elements, ...doc.graph.boundaries, ...doc.graph.flows, ...doc.threats, ...doc.mitigations].map((x) => x.id);
  for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  expect(new Set(ids).size).toBe(ids.length);
}

/** Absolute position of an element (graph positions are relative to the parent boundary). */
export function absolute(doc: ModelDocument, elementId: string): { x: number; y: number } {
  const e = doc.graph.elements.find((x) => x.id === elementId)!;
  let x = e.x;
  let y = e.y;
  let parent = e.boundaryId;
  while (parent) {
    const b = doc.graph.boundaries.find((x) => x.id === parent)!;
    x += b.x;
    y += b.y;
    parent = b.parentId;
  }
  return { x, y };
}
