// Plain 2-D helpers for turning Threat Dragon's absolute drawing into nested boundaries.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

export const area = (r: Rect) => r.width * r.height;
export const center = (r: Rect): Point => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

export function containsPoint(r: Rect, p: Point): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** The smallest of `boxes` that holds the point (or the rect, when given), excluding `self`. */
export function smallestContaining<T extends { rect: Rect }>(boxes: readonly T[], what: Point | Rect, self?: T): T | undefined {
  let best: T | undefined;
  for (const b of boxes) {
    if (b === self) continue;
    const inside = 'width' in what ? containsRect(b.rect, what) && area(b.rect) > area(what) : containsPoint(b.rect, what);
    if (inside && (!best || area(b.rect) < area(best.rect))) best = b;
  }
  return best;
}

function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

/** Whether segments ab and cd properly cross (touching ends do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Whether the straight segment ab crosses the polyline. */
export function crossesPolyline(a: Point, b: Point, line: readonly Point[]): boolean {
  for (let i = 1; i < line.length; i++) if (segmentsCross(a, b, line[i - 1]!, line[i]!)) return true;
  return false;
}
