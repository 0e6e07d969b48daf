import { boundaryKindDefs, isBoundaryKind } from '../domain/boundary-kinds';
import { elementKindDefs, isElementKind } from '../domain/element-kinds';
import type { ModelDocument } from '../exchange/model-document';
import { boundaryOrigin } from '../graph/apply';
import type { Graph } from '../graph/types';
import { crossesBoundary } from '../graph/validate';
import { ELEMENT_HEIGHT, ELEMENT_WIDTH } from '../templates/layout';
import { cleanLine } from './text';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface DiagramBoundary extends Box {
  id: string;
  name: string;
  kindLabel: string;
  stroke: string;
  fill: string;
  text: string;
  depth: number;
}
export interface DiagramElement extends Box {
  id: string;
  name: string;
  kindLabel: string;
  stroke: string;
  fill: string;
  text: string;
  openThreats: number;
}
export interface DiagramFlow {
  id: string;
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  crossesBoundary: boolean;
}
export interface DiagramData {
  width: number;
  height: number;
  /** Points per canvas pixel; labels are scaled with it so they stay inside their boxes. */
  scale: number;
  boundaries: DiagramBoundary[];
  elements: DiagramElement[];
  flows: DiagramFlow[];
}

const FALLBACK = { fill: '#f8fafc', stroke: '#64748b', text: '#0f172a' };

export function documentGraph(doc: ModelDocument): Graph {
  return {
    boundaries: Object.fromEntries(doc.graph.boundaries.map((b) => [b.id, b])),
    elements: Object.fromEntries(doc.graph.elements.map((e) => [e.id, e])),
    flows: Object.fromEntries(doc.graph.flows.map((f) => [f.id, f])),
  };
}

/** The point where the segment from a box's centre towards (tx, ty) leaves the box. */
function exitPoint(b: Box, tx: number, ty: number): { x: number; y: number } {
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const t = Math.min(dx === 0 ? Infinity : b.width / 2 / Math.abs(dx), dy === 0 ? Infinity : b.height / 2 / Math.abs(dy));
  return { x: cx + dx * t, y: cy + dy * t };
}

/**
 * Absolute geometry of the diagram, scaled to fit a `maxWidth` × `maxHeight` area (never enlarged).
 * `openThreats` maps element ids to their open-threat counts (the canvas badges).
 */
export function diagramGeometry(doc: ModelDocument, openThreats: ReadonlyMap<string, number>, maxWidth: number, maxHeight: number): DiagramData {
  const graph = documentGraph(doc);
  const boxes = new Map<string, Box>();
  const depthOf = (id: string | null) => {
    let d = 0;
    for (let b = id ? graph.boundaries[id] : undefined; b && d < 1000; b = b.parentId ? graph.boundaries[b.parentId] : undefined) d++;
    return d;
  };
  const rawBoundaries = doc.graph.boundaries.map((b) => {
    const o = boundaryOrigin(graph, b.parentId);
    const box = { x: o.x + b.x, y: o.y + b.y, width: b.width, height: b.height };
    boxes.set(b.id, box);
    return { b, box, depth: depthOf(b.parentId) };
  });
  const rawElements = doc.graph.elements.map((e) => {
    const o = boundaryOrigin(graph, e.boundaryId);
    const box = { x: o.x + e.x, y: o.y + e.y, width: ELEMENT_WIDTH, height: ELEMENT_HEIGHT };
    boxes.set(e.id, box);
    return { e, box };
  });
  const all = [...boxes.values()];
  if (all.length === 0) return { width: maxWidth, height: Math.min(maxHeight, 60), scale: 1, boundaries: [], elements: [], flows: [] };
  const minX = Math.min(...all.map((b) => b.x));
  const minY = Math.min(...all.map((b) => b.y));
  const maxX = Math.max(...all.map((b) => b.x + b.width));
  const maxY = Math.max(...all.map((b) => b.y + b.height));
  const scale = Math.min(1, maxWidth / Math.max(1, maxX - minX), maxHeight / Math.max(1, maxY - minY));
  const fit = (b: Box): Box => ({ x: (b.x - minX) * scale, y: (b.y - minY) * scale, width: b.width * scale, height: b.height * scale });

  const boundaries = rawBoundaries
    .map(({ b, box, depth }) => {
      const def = isBoundaryKind(b.kind) ? boundaryKindDefs[b.kind] : undefined;
      const color = def?.color ?? FALLBACK;
      return { id: b.id, name: cleanLine(b.name, 200), kindLabel: def?.label ?? b.kind, stroke: color.stroke, fill: color.fill, text: color.text, depth, ...fit(box) };
    })
    .sort((a, b) => a.depth - b.depth || (a.id < b.id ? -1 : 1));
  const elements = rawElements.map(({ e, box }) => {
    const def = isElementKind(e.kind) ? elementKindDefs[e.kind] : undefined;
    const color = def?.color ?? FALLBACK;
    return {
      id: e.id,
      name: cleanLine(e.name, 200),
      kindLabel: def?.shortLabel ?? def?.label ?? e.kind,
      stroke: color.stroke,
      fill: color.fill,
      text: color.text,
      openThreats: openThreats.get(e.id) ?? 0,
      ...fit(box),
    };
  });
  const flows: DiagramFlow[] = [];
  for (const f of doc.graph.flows) {
    const s = boxes.get(f.sourceId);
    const t = boxes.get(f.targetId);
    if (!s || !t || f.sourceId === f.targetId) continue;
    const fs = fit(s);
    const ft = fit(t);
    const a = exitPoint(fs, ft.x + ft.width / 2, ft.y + ft.height / 2);
    const b = exitPoint(ft, fs.x + fs.width / 2, fs.y + fs.height / 2);
    flows.push({ id: f.id, label: cleanLine(f.label, 200), x1: a.x, y1: a.y, x2: b.x, y2: b.y, crossesBoundary: crossesBoundary(graph, f.id) });
  }
  return { width: (maxX - minX) * scale, height: (maxY - minY) * scale, scale, boundaries, elements, flows };
}
