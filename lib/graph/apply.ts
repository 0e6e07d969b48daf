import type { Op } from './op-schema';
import type { Graph, GraphBoundary, GraphElement, GraphFlow, Properties } from './types';

/** A structurally impossible op (unknown id, duplicate id, nesting cycle...). */
export class OpError extends Error {
  constructor(message: string, readonly op: Op) {
    super(message);
    this.name = 'OpError';
  }
}

export interface ApplyResult {
  graph: Graph;
  /** Ops that undo the batch, in the order they must be applied. */
  inverse: Op[];
}

/**
 * Applies ops in order and returns the new graph plus the inverse ops. The input graph is never
 * mutated: the three maps are copied once per batch and entities are replaced, not edited.
 */
export function applyOps(graph: Graph, ops: readonly Op[]): ApplyResult {
  const g: Graph = { elements: { ...graph.elements }, boundaries: { ...graph.boundaries }, flows: { ...graph.flows } };
  const inverse: Op[] = [];
  for (const op of ops) inverse.unshift(...applyOne(g, op));
  return { graph: g, inverse };
}

function patchProperties(current: Properties, patch: Properties): { next: Properties; undo: Properties } {
  const next = { ...current };
  const undo: Properties = {};
  for (const [key, value] of Object.entries(patch)) {
    undo[key] = key in current ? current[key] : null;
    if (value === null) delete next[key];
    else next[key] = value;
  }
  return { next, undo };
}

function need<T>(value: T | undefined, what: string, op: Op): T {
  if (value === undefined) throw new OpError(`${what} does not exist.`, op);
  return value;
}

function isInside(g: Graph, boundaryId: string | null, ancestorId: string): boolean {
  for (let b = boundaryId, depth = 0; b; depth++) {
    if (b === ancestorId) return true;
    if (depth > 1000) return true; // already cyclic: treat as inside so the op is refused
    b = g.boundaries[b]?.parentId ?? null;
  }
  return false;
}

/** Absolute canvas position of a boundary's top-left corner (0,0 for the canvas itself). */
export function boundaryOrigin(g: Graph, boundaryId: string | null): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let b = boundaryId ? g.boundaries[boundaryId] : undefined, depth = 0; b && depth < 1000; depth++) {
    x += b.x;
    y += b.y;
    b = b.parentId ? g.boundaries[b.parentId] : undefined;
  }
  return { x, y };
}

function applyOne(g: Graph, op: Op): Op[] {
  switch (op.type) {
    case 'element.add': {
      const e = op.element;
      if (g.elements[e.id] || g.boundaries[e.id] || g.flows[e.id]) throw new OpError(`Id ${e.id} is already used.`, op);
      if (e.boundaryId) need(g.boundaries[e.boundaryId], 'The target boundary', op);
      g.elements[e.id] = { ...e };
      return [{ type: 'element.remove', id: e.id }];
    }
    case 'element.update': {
      const e = need(g.elements[op.id], 'The element', op);
      const next: GraphElement = { ...e };
      const undo: Extract<Op, { type: 'element.update' }>['changes'] = {};
      if (op.changes.name !== undefined) [undo.name, next.name] = [e.name, op.changes.name];
      if (op.changes.description !== undefined) [undo.description, next.description] = [e.description, op.changes.description];
      if (op.changes.kind !== undefined) [undo.kind, next.kind] = [e.kind, op.changes.kind];
      if (op.changes.properties) {
        const p = patchProperties(e.properties, op.changes.properties);
        next.properties = p.next;
        undo.properties = p.undo;
      }
      g.elements[op.id] = next;
      return [{ type: 'element.update', id: op.id, changes: undo }];
    }
    case 'element.move': {
      const e = need(g.elements[op.id], 'The element', op);
      g.elements[op.id] = { ...e, x: op.x, y: op.y };
      return [{ type: 'element.move', id: op.id, x: e.x, y: e.y }];
    }
    case 'element.reparent': {
      const e = need(g.elements[op.id], 'The element', op);
      if (op.boundaryId) need(g.boundaries[op.boundaryId], 'The target boundary', op);
      g.elements[op.id] = { ...e, boundaryId: op.boundaryId, x: op.x, y: op.y };
      return [{ type: 'element.reparent', id: op.id, boundaryId: e.boundaryId, x: e.x, y: e.y }];
    }
    case 'element.remove': {
      const e = need(g.elements[op.id], 'The element', op);
      const undo: Op[] = [{ type: 'element.add', element: e }];
      for (const f of Object.values(g.flows)) {
        if (f.sourceId === op.id || f.targetId === op.id) {
          delete g.flows[f.id];
          undo.push({ type: 'flow.add', flow: f });
        }
      }
      delete g.elements[op.id];
      return undo;
    }
    case 'boundary.add': {
      const b = op.boundary;
      if (g.elements[b.id] || g.boundaries[b.id] || g.flows[b.id]) throw new OpError(`Id ${b.id} is already used.`, op);
      if (b.parentId) need(g.boundaries[b.parentId], 'The parent boundary', op);
      g.boundaries[b.id] = { ...b };
      return [{ type: 'boundary.remove', id: b.id }];
    }
    case 'boundary.update': {
      const b = need(g.boundaries[op.id], 'The boundary', op);
      const next: GraphBoundary = { ...b };
      const undo: Extract<Op, { type: 'boundary.update' }>['changes'] = {};
      if (op.changes.name !== undefined) [undo.name, next.name] = [b.name, op.changes.name];
      if (op.changes.kind !== undefined) [undo.kind, next.kind] = [b.kind, op.changes.kind];
      if (op.changes.properties) {
        const p = patchProperties(b.properties, op.changes.properties);
        next.properties = p.next;
        undo.properties = p.undo;
      }
      g.boundaries[op.id] = next;
      return [{ type: 'boundary.update', id: op.id, changes: undo }];
    }
    case 'boundary.move': {
      const b = need(g.boundaries[op.id], 'The boundary', op);
      g.boundaries[op.id] = { ...b, x: op.x, y: op.y };
      return [{ type: 'boundary.move', id: op.id, x: b.x, y: b.y }];
    }
    case 'boundary.resize': {
      const b = need(g.boundaries[op.id], 'The boundary', op);
      g.boundaries[op.id] = { ...b, x: op.x, y: op.y, width: op.width, height: op.height };
      return [{ type: 'boundary.resize', id: op.id, x: b.x, y: b.y, width: b.width, height: b.height }];
    }
    case 'boundary.reparent': {
      const b = need(g.boundaries[op.id], 'The boundary', op);
      if (op.parentId) {
        need(g.boundaries[op.parentId], 'The parent boundary', op);
        if (isInside(g, op.parentId, op.id)) throw new OpError('A boundary cannot be placed inside itself.', op);
      }
      g.boundaries[op.id] = { ...b, parentId: op.parentId, x: op.x, y: op.y };
      return [{ type: 'boundary.reparent', id: op.id, parentId: b.parentId, x: b.x, y: b.y }];
    }
    case 'boundary.remove': {
      // Children move up to the removed boundary's parent and keep their place on the canvas.
      const b = need(g.boundaries[op.id], 'The boundary', op);
      const undo: Op[] = [{ type: 'boundary.add', boundary: b }];
      for (const child of Object.values(g.boundaries)) {
        if (child.parentId !== op.id) continue;
        g.boundaries[child.id] = { ...child, parentId: b.parentId, x: child.x + b.x, y: child.y + b.y };
        undo.push({ type: 'boundary.reparent', id: child.id, parentId: op.id, x: child.x, y: child.y });
      }
      for (const el of Object.values(g.elements)) {
        if (el.boundaryId !== op.id) continue;
        g.elements[el.id] = { ...el, boundaryId: b.parentId, x: el.x + b.x, y: el.y + b.y };
        undo.push({ type: 'element.reparent', id: el.id, boundaryId: op.id, x: el.x, y: el.y });
      }
      delete g.boundaries[op.id];
      return undo;
    }
    case 'flow.add': {
      const f = op.flow;
      if (g.elements[f.id] || g.boundaries[f.id] || g.flows[f.id]) throw new OpError(`Id ${f.id} is already used.`, op);
      need(g.elements[f.sourceId], 'The source element', op);
      need(g.elements[f.targetId], 'The target element', op);
      if (f.sourceId === f.targetId) throw new OpError('A flow must connect two different elements.', op);
      g.flows[f.id] = { ...f };
      return [{ type: 'flow.remove', id: f.id }];
    }
    case 'flow.update': {
      const f = need(g.flows[op.id], 'The flow', op);
      const next: GraphFlow = { ...f };
      const undo: Extract<Op, { type: 'flow.update' }>['changes'] = {};
      if (op.changes.label !== undefined) [undo.label, next.label] = [f.label, op.changes.label];
      if (op.changes.properties) {
        const p = patchProperties(f.properties, op.changes.properties);
        next.properties = p.next;
        undo.properties = p.undo;
      }
      g.flows[op.id] = next;
      return [{ type: 'flow.update', id: op.id, changes: undo }];
    }
    case 'flow.remove': {
      const f = need(g.flows[op.id], 'The flow', op);
      delete g.flows[op.id];
      return [{ type: 'flow.add', flow: f }];
    }
  }
}
