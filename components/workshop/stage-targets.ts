import type { Graph } from '@/lib/graph/types';
import type { AgendaStage } from '@/lib/workshop/agenda';

export interface StageTarget {
  type: 'element' | 'flow';
  id: string;
  name: string;
  /** Element kind; null for flows. */
  kind: string | null;
}

const nameOf = (graph: Graph, id: string) => graph.elements[id]?.name || 'Unnamed';

/** The stage's elements and flows still in the diagram (it may have changed since the agenda was made). */
export function stageTargets(graph: Graph, stage: AgendaStage): StageTarget[] {
  const elements = stage.elementIds.flatMap((id) => {
    const e = graph.elements[id];
    return e ? [{ type: 'element' as const, id, name: e.name || 'Unnamed element', kind: e.kind }] : [];
  });
  const flows = stage.flowIds.flatMap((id) => {
    const f = graph.flows[id];
    return f ? [{ type: 'flow' as const, id, name: f.label ? `${f.label} (${nameOf(graph, f.sourceId)} → ${nameOf(graph, f.targetId)})` : `${nameOf(graph, f.sourceId)} → ${nameOf(graph, f.targetId)}`, kind: null }] : [];
  });
  return [...elements, ...flows];
}

/** Whether a threat or suggestion target belongs to the stage (the whole-model stage takes model-wide ones). */
export function inStage(stage: AgendaStage, target: { type: string; id: string | null }): boolean {
  if (stage.key === 'model') return target.type === 'model';
  return target.id !== null && (stage.elementIds.includes(target.id) || stage.flowIds.includes(target.id));
}
