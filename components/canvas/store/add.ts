import { boundaryOrigin } from '@/lib/graph/apply';
import { boundaryKindDefs, defaultBoundaryName, isBoundaryKind } from '@/lib/domain/boundary-kinds';
import { defaultElementName, isElementKind } from '@/lib/domain/element-kinds';
import type { Op } from '@/lib/graph/op-schema';
import type { Graph } from '@/lib/graph/types';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH, GRID, innermostBoundaryAt, type Point } from './geometry';
import { newId } from './ids';

export type NewEntity = { entity: 'element' | 'boundary'; kind: string };

export const BOUNDARY_WIDTH = 416;
export const BOUNDARY_HEIGHT = 272;

const snap = (n: number) => Math.round(n / GRID) * GRID;

/**
 * The op adding a new element or boundary centred on an absolute canvas point, inside the
 * innermost boundary under that point (position converted into that boundary's frame).
 */
export function addOp(graph: Graph, what: NewEntity, center: Point, id: string = newId()): Op | null {
  const parent = innermostBoundaryAt(graph, center);
  const origin = boundaryOrigin(graph, parent);
  if (what.entity === 'element') {
    if (!isElementKind(what.kind)) return null;
    const x = snap(center.x - ELEMENT_WIDTH / 2) - origin.x;
    const y = snap(center.y - ELEMENT_HEIGHT / 2) - origin.y;
    return {
      type: 'element.add',
      element: { id, kind: what.kind, name: defaultElementName(what.kind), description: '', boundaryId: parent, x, y, properties: {} },
    };
  }
  if (!isBoundaryKind(what.kind) || !boundaryKindDefs[what.kind]) return null;
  const x = snap(center.x - BOUNDARY_WIDTH / 2) - origin.x;
  const y = snap(center.y - BOUNDARY_HEIGHT / 2) - origin.y;
  return {
    type: 'boundary.add',
    boundary: { id, kind: what.kind, name: defaultBoundaryName(what.kind), parentId: parent, x, y, width: BOUNDARY_WIDTH, height: BOUNDARY_HEIGHT, properties: {} },
  };
}

/** The MIME type palette items put on HTML5 drags; the canvas only accepts drops of this type. */
export const PALETTE_DND_TYPE = 'application/x-threatline-palette';

export function addedId(op: Op): string {
  if (op.type === 'element.add') return op.element.id;
  if (op.type === 'boundary.add') return op.boundary.id;
  if (op.type === 'flow.add') return op.flow.id;
  return op.id;
}
