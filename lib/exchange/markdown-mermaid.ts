import { mermaidLabel } from './markdown-escape';
import type { ModelDocument } from './model-document';

type DocGraph = ModelDocument['graph'];

/**
 * The pipeline as a Mermaid `flowchart LR`: boundaries become (nested) subgraphs, elements nodes,
 * flows edges. Node ids are generated (n1, b1...), so user ids and names never reach the syntax;
 * every label is quoted and entity-escaped.
 */
export function mermaidFlowchart(graph: DocGraph): string {
  const nodeId = new Map<string, string>();
  graph.elements.forEach((e, i) => nodeId.set(e.id, `n${i + 1}`));
  graph.boundaries.forEach((b, i) => nodeId.set(b.id, `b${i + 1}`));
  const lines = ['flowchart LR'];
  const childrenOf = (parent: string | null) => graph.boundaries.filter((b) => b.parentId === parent);
  const elementsIn = (boundary: string | null) => graph.elements.filter((e) => e.boundaryId === boundary);
  const emit = (boundary: string | null, depth: number, seen: Set<string>) => {
    const pad = '  '.repeat(depth);
    for (const e of elementsIn(boundary)) lines.push(`${pad}${nodeId.get(e.id)}["${mermaidLabel(e.name || e.kind)}"]`);
    for (const b of childrenOf(boundary)) {
      if (seen.has(b.id)) continue; // a cyclic nesting cannot come from an export; never loop on one
      seen.add(b.id);
      lines.push(`${pad}subgraph ${nodeId.get(b.id)}["${mermaidLabel(b.name || b.kind)}"]`);
      emit(b.id, depth + 1, seen);
      lines.push(`${pad}end`);
    }
  };
  emit(null, 1, new Set());
  for (const f of graph.flows) {
    const from = nodeId.get(f.sourceId);
    const to = nodeId.get(f.targetId);
    if (!from || !to) continue;
    lines.push(f.label.trim() ? `  ${from} -->|"${mermaidLabel(f.label)}"| ${to}` : `  ${from} --> ${to}`);
  }
  return lines.join('\n');
}
