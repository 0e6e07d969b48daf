import { describe, expect, it } from 'vitest';
import { isBoundaryKind } from '../domain/boundary-kinds';
import { isElementKind, parseElementProperties } from '../domain/element-kinds';
import type { Graph } from '../graph/types';
import { boundaryPath, crossesBoundary, validateGraph } from '../graph/validate';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH, findTemplate, templates } from './index';

interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Minimum gap kept between a boundary's edge and its children, and between siblings. */
const MIN_GAP = 16;

/** Children of each container (null = the canvas), as rectangles relative to that container. */
function childRects(g: Graph): Map<string | null, Rect[]> {
  const byParent = new Map<string | null, Rect[]>();
  const push = (parent: string | null, r: Rect) => byParent.set(parent, [...(byParent.get(parent) ?? []), r]);
  for (const b of Object.values(g.boundaries)) push(b.parentId, { id: b.id, x: b.x, y: b.y, width: b.width, height: b.height });
  for (const e of Object.values(g.elements)) push(e.boundaryId, { id: e.id, x: e.x, y: e.y, width: ELEMENT_WIDTH, height: ELEMENT_HEIGHT });
  return byParent;
}

const apart = (a: Rect, b: Rect) =>
  a.x + a.width + MIN_GAP <= b.x || b.x + b.width + MIN_GAP <= a.x || a.y + a.height + MIN_GAP <= b.y || b.y + b.height + MIN_GAP <= a.y;

function depth(g: Graph, boundaryId: string): number {
  let d = 0;
  for (let id: string | null = boundaryId; id !== null; id = g.boundaries[id]?.parentId ?? null) d++;
  return d;
}

describe('template catalogue', () => {
  it('offers at least four templates with unique ids', () => {
    expect(templates.length).toBeGreaterThanOrEqual(4);
    expect(new Set(templates.map((t) => t.id)).size).toBe(templates.length);
    expect(templates.map((t) => t.id)).toEqual(expect.arrayContaining(['supervised-ml-kubernetes', 'rag-chatbot', 'llm-fine-tuning', 'agentic-assistant']));
    expect(findTemplate('rag-chatbot')?.name).toBe('RAG support chatbot');
    expect(findTemplate('nope')).toBeUndefined();
  });
});

describe.each(templates.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  const g = template.build();
  const elements = Object.values(g.elements);
  const boundaries = Object.values(g.boundaries);
  const flows = Object.values(g.flows);

  it('has a name, a description and 12–30 elements', () => {
    expect(template.name.trim()).not.toBe('');
    expect(template.description.length).toBeGreaterThan(40);
    expect(elements.length).toBeGreaterThanOrEqual(12);
    expect(elements.length).toBeLessThanOrEqual(30);
    expect(flows.length).toBeGreaterThanOrEqual(elements.length);
  });

  it('is exemplary: no validation errors and no warnings', () => {
    expect(validateGraph(g)).toEqual([]);
  });

  it('uses known kinds whose properties parse unchanged', () => {
    for (const e of elements) {
      expect(isElementKind(e.kind), e.kind).toBe(true);
      if (isElementKind(e.kind)) expect(parseElementProperties(e.kind, e.properties).data, e.id).toEqual(e.properties);
    }
    for (const b of boundaries) expect(isBoundaryKind(b.kind), b.kind).toBe(true);
  });

  it('keys records by their ids and classifies every flow', () => {
    for (const [key, e] of Object.entries(g.elements)) expect(e.id).toBe(key);
    for (const [key, b] of Object.entries(g.boundaries)) expect(b.id).toBe(key);
    for (const [key, f] of Object.entries(g.flows)) {
      expect(f.id).toBe(key);
      expect(f.properties.classification, f.id).toBeDefined();
      expect(f.label.trim(), f.id).not.toBe('');
    }
  });

  it('nests boundaries at least three deep (account > cluster > namespace) and crosses them', () => {
    expect(Math.max(...boundaries.map((b) => depth(g, b.id)))).toBeGreaterThanOrEqual(3);
    expect(boundaries.some((b) => b.kind === 'namespace')).toBe(true);
    for (const e of elements) expect(boundaryPath(g, e.id).length, e.id).toBeGreaterThan(0);
    expect(flows.filter((f) => crossesBoundary(g, f.id)).length).toBeGreaterThan(0);
  });

  it('puts every child inside its boundary with padding', () => {
    for (const [parentId, rects] of childRects(g)) {
      for (const r of rects) {
        expect(r.x, r.id).toBeGreaterThanOrEqual(MIN_GAP);
        expect(r.y, r.id).toBeGreaterThanOrEqual(MIN_GAP);
        if (parentId === null) continue;
        const parent = g.boundaries[parentId]!;
        expect(r.x + r.width + MIN_GAP, `${r.id} right edge in ${parentId}`).toBeLessThanOrEqual(parent.width);
        expect(r.y + r.height + MIN_GAP, `${r.id} bottom edge in ${parentId}`).toBeLessThanOrEqual(parent.height);
      }
    }
    expect(boundaries.every((b) => elements.some((e) => e.boundaryId === b.id) || boundaries.some((c) => c.parentId === b.id))).toBe(true);
  });

  it('never overlaps siblings', () => {
    for (const rects of childRects(g).values()) {
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) expect(apart(rects[i]!, rects[j]!), `${rects[i]!.id} vs ${rects[j]!.id}`).toBe(true);
      }
    }
  });

  it('builds a fresh graph each time', () => {
    const a = template.build();
    const firstElement = Object.keys(a.elements)[0]!;
    a.elements[firstElement]!.name = 'changed';
    expect(template.build().elements[firstElement]!.name).not.toBe('changed');
    expect(template.build()).toEqual(g);
  });
});
