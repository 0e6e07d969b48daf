import { elementKindDefs, type ElementKind } from '@/lib/domain/element-kinds';
import type { Op } from '@/lib/graph/op-schema';
import type { Graph } from '@/lib/graph/types';

export interface DroppedProperties {
  id: string;
  name: string;
  /** Labels (as the old kind shows them) of the properties the new kind cannot hold. */
  labels: string[];
}

export interface ChangeKindPlan {
  ops: Op[];
  changed: number;
  dropped: DroppedProperties[];
}

const DESCRIPTION_MAX = 5000;

/**
 * One `element.update` per selected element whose kind differs: the new kind, and a properties
 * patch removing what the new kind does not accept (unknown keys, or values its schema refuses),
 * so the result passes the per-kind check. Notes the new kind has no field for are appended to
 * the description instead of being lost (imported facts live there). Boundaries and flows in the
 * selection are ignored.
 */
export function changeKindOps(graph: Graph, ids: readonly string[], kind: ElementKind): ChangeKindPlan {
  const def = elementKindDefs[kind];
  const shape = def.propertiesSchema.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  const ops: Op[] = [];
  const dropped: DroppedProperties[] = [];
  for (const id of ids) {
    const e = graph.elements[id];
    if (!e || e.kind === kind) continue;
    const oldFields = Object.hasOwn(elementKindDefs, e.kind) ? elementKindDefs[e.kind as ElementKind].fields : [];
    const patch: Record<string, null> = {};
    const labels: string[] = [];
    let description = e.description;
    for (const [key, value] of Object.entries(e.properties)) {
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (field && field.safeParse(value).success) continue;
      patch[key] = null;
      if (key === 'notes' && typeof value === 'string' && value.trim() && !field) {
        const joined = description.trim() ? `${description.trimEnd()}\n\n${value.trim()}` : value.trim();
        if (joined.length <= DESCRIPTION_MAX) {
          description = joined;
          continue;
        }
      }
      labels.push(oldFields.find((f) => f.key === key)?.label ?? key);
    }
    const changes: Extract<Op, { type: 'element.update' }>['changes'] = { kind };
    if (Object.keys(patch).length) changes.properties = patch;
    if (description !== e.description) changes.description = description;
    ops.push({ type: 'element.update', id, changes });
    if (labels.length) dropped.push({ id, name: e.name || id, labels });
  }
  return { ops, changed: ops.length, dropped };
}

/** The notice shown after a change: what changed and which values were removed. */
export function changeKindNotice(plan: ChangeKindPlan, kind: ElementKind): string {
  const label = elementKindDefs[kind].label;
  const head = `Changed ${plan.changed} element${plan.changed === 1 ? '' : 's'} to ${label}.`;
  if (!plan.dropped.length) return head;
  const list = plan.dropped.slice(0, 5).map((d) => `${d.name} (${d.labels.join(', ')})`).join('; ');
  const more = plan.dropped.length > 5 ? ` and ${plan.dropped.length - 5} more` : '';
  return `${head} Removed values a ${label} does not have: ${list}${more}. Undo restores them.`;
}
