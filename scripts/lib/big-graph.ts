// A large, plausible diagram for benchmarks: boundaries in a grid, elements inside them, flows
// mostly between neighbours (as real pipelines are drawn) plus some long-range ones.
import { elementKinds } from '../../lib/domain/element-kinds.ts';
import type { Graph } from '../../lib/graph/types.ts';

export function bigGraph(elementCount = 1000, flowCount = 1500, perBoundary = 50): Graph {
  const graph: Graph = { elements: {}, boundaries: {}, flows: {} };
  const boundaryCount = Math.ceil(elementCount / perBoundary);
  const cols = 10; // elements per row inside a boundary
  const bw = cols * 180 + 60;
  const bh = Math.ceil(perBoundary / cols) * 110 + 80;
  for (let b = 0; b < boundaryCount; b++) {
    graph.boundaries[`b${b}`] = {
      id: `b${b}`, kind: 'network', name: `Zone ${b + 1}`, parentId: null,
      x: (b % 4) * (bw + 100), y: Math.floor(b / 4) * (bh + 100), width: bw, height: bh, properties: {},
    };
  }
  for (let i = 0; i < elementCount; i++) {
    const b = Math.floor(i / perBoundary);
    const j = i % perBoundary;
    graph.elements[`e${i}`] = {
      id: `e${i}`, kind: elementKinds[i % elementKinds.length]!, name: `Stage ${i + 1}`, description: '',
      boundaryId: `b${b}`, x: 30 + (j % cols) * 180, y: 50 + Math.floor(j / cols) * 110, properties: {},
    };
  }
  for (let i = 0; i < flowCount; i++) {
    const source = i % elementCount;
    const near = i % 3 !== 2;
    let target = near ? (source + 1 + (i % 4)) % elementCount : (source * 37 + 11) % elementCount;
    if (target === source) target = (source + 1) % elementCount;
    graph.flows[`f${i}`] = {
      id: `f${i}`, sourceId: `e${source}`, targetId: `e${target}`, label: near ? '' : 'sync',
      properties: { classification: 'internal', encryption: 'tls' },
    };
  }
  return graph;
}
