import { boundaryKindDefs, parseBoundaryProperties, type BoundaryKind } from '../domain/boundary-kinds';
import { isElementKind, parseElementProperties } from '../domain/element-kinds';
import { flowPropertiesSchema } from '../domain/flow';
import type { Graph } from './types';

export interface EntityProblem {
  id: string;
  message: string;
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'value'}: ${issue.message}` : 'invalid value';
}

/**
 * Kind and property checks for the given ids, on the graph as it will be saved. Structural
 * integrity is applyOps' job; this is the per-kind schema check the server must not skip.
 */
export function checkGraphEntities(graph: Graph, ids: Iterable<string>): EntityProblem[] {
  const problems: EntityProblem[] = [];
  for (const id of ids) {
    const el = graph.elements[id];
    if (el) {
      if (!isElementKind(el.kind)) {
        problems.push({ id, message: `“${el.name || id}” has an unknown kind “${el.kind}”.` });
        continue;
      }
      const parsed = parseElementProperties(el.kind, el.properties);
      if (!parsed.success) problems.push({ id, message: `“${el.name || id}”: ${firstIssue(parsed.error)}` });
      continue;
    }
    const b = graph.boundaries[id];
    if (b) {
      if (!(b.kind in boundaryKindDefs)) {
        problems.push({ id, message: `Boundary “${b.name || id}” has an unknown kind “${b.kind}”.` });
        continue;
      }
      const parsed = parseBoundaryProperties(b.kind as BoundaryKind, b.properties);
      if (!parsed.success) problems.push({ id, message: `Boundary “${b.name || id}”: ${firstIssue(parsed.error)}` });
      continue;
    }
    const f = graph.flows[id];
    if (f) {
      const parsed = flowPropertiesSchema.safeParse(f.properties);
      if (!parsed.success) problems.push({ id, message: `Flow “${f.label || id}”: ${firstIssue(parsed.error)}` });
    }
  }
  return problems;
}
