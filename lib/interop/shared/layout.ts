import type { GraphBoundary, GraphElement } from '../../graph/types';

// Formats without a diagram (or items without a position) get a plain grid: children in rows
// inside their parent boundary, boundaries sized to hold them. Positions are parent-relative.

const ELEMENT = { width: 180, height: 90 };
const GAP = 40;
const PAD = 50;
const PER_ROW = 4;

/**
 * Places every element and boundary whose id is not in `placed`, innermost boundaries first so a
 * parent's size can account for its children. Boundaries in `placed` keep their size.
 */
export function autoLayout(boundaries: GraphBoundary[], elements: GraphElement[], placed: ReadonlySet<string>): void {
  const depth = new Map<string, number>();
  const byId = new Map(boundaries.map((b) => [b.id, b]));
  const depthOf = (b: GraphBoundary): number => {
    let d = 0;
    const seen = new Set<string>();
    for (let p = b.parentId; p && byId.has(p) && !seen.has(p); p = byId.get(p)!.parentId) {
      seen.add(p);
      d++;
    }
    return d;
  };
  for (const b of boundaries) depth.set(b.id, depthOf(b));
  const containers: (GraphBoundary | null)[] = [...boundaries].sort((a, b) => depth.get(b.id)! - depth.get(a.id)!);
  containers.push(null);
  // Children per container, boundaries first; a boundary's size is read when its parent is laid out.
  const children = new Map<string | null, (GraphBoundary | GraphElement)[]>();
  const add = (parent: string | null, item: GraphBoundary | GraphElement) => {
    const list = children.get(parent);
    if (list) list.push(item);
    else children.set(parent, [item]);
  };
  for (const b of boundaries) add(b.parentId, b);
  for (const e of elements) add(e.boundaryId, e);
  for (const container of containers) {
    const id = container?.id ?? null;
    const kids = (children.get(id) ?? []).map((item) => ({ item, ...('width' in item ? { width: item.width, height: item.height } : ELEMENT) }));
    const loose = kids.filter((k) => !placed.has(k.item.id));
    if (!loose.length) continue;
    // Unplaced children go below whatever was placed from the file.
    const top = kids.filter((k) => placed.has(k.item.id)).reduce((y, k) => Math.max(y, k.item.y + k.height + GAP), id ? PAD : 0);
    const cellW = Math.max(...loose.map((k) => k.width)) + GAP;
    let rowY = top;
    let rowH = 0;
    loose.forEach((k, i) => {
      if (i > 0 && i % PER_ROW === 0) {
        rowY += rowH + GAP;
        rowH = 0;
      }
      k.item.x = (id ? PAD : 0) + (i % PER_ROW) * cellW;
      k.item.y = rowY;
      rowH = Math.max(rowH, k.height);
    });
    if (container && !placed.has(container.id)) {
      const right = Math.max(...kids.map((k) => k.item.x + k.width));
      const bottom = Math.max(...kids.map((k) => k.item.y + k.height));
      container.width = Math.max(container.width, right + PAD);
      container.height = Math.max(container.height, bottom + PAD);
    }
  }
}
