import { boundaryKindDefs, isBoundaryKind } from '../domain/boundary-kinds';
import { elementKindDefs, isElementKind, type ElementKind } from '../domain/element-kinds';
import { flowPropertiesSchema } from '../domain/flow';
import type { Graph, GraphBoundary, GraphElement, GraphFlow } from './types';

// Structural and completeness checks on a diagram. Everything here is linear in the size of the
// graph (one pass per collection, boundary chains memoised) so it can run on every edit.

export const modelIssueCodes = [
  'element-unnamed',
  'element-kind-unknown',
  'element-properties-invalid',
  'element-boundary-missing',
  'element-outside-boundary',
  'model-without-provenance',
  'boundary-unnamed',
  'boundary-kind-unknown',
  'boundary-properties-invalid',
  'boundary-parent-missing',
  'boundary-cycle',
  'flow-endpoint-missing',
  'flow-self-loop',
  'flow-unclassified',
  'flow-properties-invalid',
] as const;
export type ModelIssueCode = (typeof modelIssueCodes)[number];

export interface ModelIssue {
  severity: 'error' | 'warning';
  code: ModelIssueCode;
  /** User-facing; names the element, boundary or flow concerned. */
  message: string;
  target: { type: 'element' | 'boundary' | 'flow'; id: string };
}

/** Kinds that stand for a model artefact: each must say where its weights come from. */
export const modelArtifactKinds: readonly ElementKind[] = ['pretrained-model', 'model-registry', 'artifact-build'];

const isBlank = (s: unknown) => typeof s !== 'string' || s.trim() === '';

function elementName(el: GraphElement): string {
  if (!isBlank(el.name)) return `“${el.name.trim()}”`;
  const label = isElementKind(el.kind) ? elementKindDefs[el.kind].label : 'element';
  return `an unnamed ${label} element`;
}

function boundaryName(b: GraphBoundary): string {
  if (!isBlank(b.name)) return `Boundary “${b.name.trim()}”`;
  const label = isBoundaryKind(b.kind) ? boundaryKindDefs[b.kind].label : 'boundary';
  return `An unnamed ${label} boundary`;
}

function flowName(graph: Graph, f: GraphFlow): string {
  const source = graph.elements[f.sourceId];
  const target = graph.elements[f.targetId];
  const head = isBlank(f.label) ? 'The flow' : `Flow “${f.label.trim()}”`;
  if (!source || !target) return head;
  return `${head} from ${elementName(source)} to ${elementName(target)}`;
}

function firstMessages(issues: readonly { message: string }[]): string {
  const shown = issues.slice(0, 3).map((i) => i.message);
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return shown.join(' ') + more;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Boundary ids whose parent chain loops back on itself. One walk per chain: every boundary is
 * visited once, so a long chain of nested boundaries is still linear.
 */
function boundariesInCycles(graph: Graph): Set<string> {
  const state = new Map<string, 'visiting' | 'done'>();
  const inCycle = new Set<string>();
  for (const start of Object.keys(graph.boundaries)) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let id: string | null = start;
    while (id !== null && graph.boundaries[id] && !state.has(id)) {
      state.set(id, 'visiting');
      path.push(id);
      id = graph.boundaries[id]!.parentId;
    }
    if (id !== null && state.get(id) === 'visiting') {
      for (let i = path.indexOf(id); i < path.length; i++) inCycle.add(path[i]!);
    }
    for (const p of path) state.set(p, 'done');
  }
  return inCycle;
}

export function validateGraph(graph: Graph): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const add = (severity: ModelIssue['severity'], code: ModelIssueCode, message: string, type: ModelIssue['target']['type'], id: string) =>
    issues.push({ severity, code, message, target: { type, id } });

  const cycles = boundariesInCycles(graph);
  for (const b of Object.values(graph.boundaries)) {
    const name = boundaryName(b);
    if (isBlank(b.name)) add('error', 'boundary-unnamed', `${name} needs a name.`, 'boundary', b.id);
    if (!isBoundaryKind(b.kind)) {
      add('error', 'boundary-kind-unknown', `${name} has an unknown kind “${b.kind}”.`, 'boundary', b.id);
    } else {
      const parsed = boundaryKindDefs[b.kind].propertiesSchema.safeParse(b.properties);
      if (!parsed.success) {
        add('error', 'boundary-properties-invalid', `${name} has invalid properties: ${firstMessages(parsed.error.issues)}`, 'boundary', b.id);
      }
    }
    if (b.parentId !== null && !graph.boundaries[b.parentId]) {
      add('error', 'boundary-parent-missing', `${name} is nested in a boundary that no longer exists.`, 'boundary', b.id);
    }
    if (cycles.has(b.id)) add('error', 'boundary-cycle', `${name} is nested inside itself.`, 'boundary', b.id);
  }

  for (const el of Object.values(graph.elements)) {
    const name = elementName(el);
    if (isBlank(el.name)) add('error', 'element-unnamed', `${capitalise(name)} needs a name.`, 'element', el.id);
    if (!isElementKind(el.kind)) {
      add('error', 'element-kind-unknown', `${capitalise(name)} has an unknown kind “${el.kind}”.`, 'element', el.id);
    } else {
      const parsed = elementKindDefs[el.kind].propertiesSchema.safeParse(el.properties);
      if (!parsed.success) {
        add('error', 'element-properties-invalid', `${capitalise(name)} has invalid properties: ${firstMessages(parsed.error.issues)}`, 'element', el.id);
      }
      if (modelArtifactKinds.includes(el.kind) && isBlank(el.properties?.sourceUrl) && isBlank(el.properties?.provenance)) {
        add('error', 'model-without-provenance', `${capitalise(name)} has no provenance: record its source URL or where it came from.`, 'element', el.id);
      }
    }
    if (el.boundaryId === null) {
      add('warning', 'element-outside-boundary', `${capitalise(name)} is not inside any trust boundary.`, 'element', el.id);
    } else if (!graph.boundaries[el.boundaryId]) {
      add('error', 'element-boundary-missing', `${capitalise(name)} is in a boundary that no longer exists.`, 'element', el.id);
    }
  }

  for (const f of Object.values(graph.flows)) {
    const name = flowName(graph, f);
    const sourceMissing = !graph.elements[f.sourceId];
    const targetMissing = !graph.elements[f.targetId];
    if (sourceMissing || targetMissing) {
      const which = sourceMissing && targetMissing ? 'source and target no longer exist' : sourceMissing ? 'source no longer exists' : 'target no longer exists';
      add('error', 'flow-endpoint-missing', `${name}: its ${which}.`, 'flow', f.id);
    } else if (f.sourceId === f.targetId) {
      add('warning', 'flow-self-loop', `${name} starts and ends at the same element.`, 'flow', f.id);
    }
    const parsed = flowPropertiesSchema.safeParse(f.properties);
    if (!parsed.success) {
      add('error', 'flow-properties-invalid', `${name} has invalid properties: ${firstMessages(parsed.error.issues)}`, 'flow', f.id);
    } else if (parsed.data.classification === undefined) {
      add('error', 'flow-unclassified', `${name} has no data classification.`, 'flow', f.id);
    }
  }
  return issues;
}

/** Boundary ids around an element, innermost first; stops at a missing parent or a cycle. */
export function boundaryPath(graph: Graph, elementId: string): string[] {
  const path: string[] = [];
  const seen = new Set<string>();
  let id = graph.elements[elementId]?.boundaryId ?? null;
  while (id !== null && !seen.has(id)) {
    const b = graph.boundaries[id];
    if (!b) break;
    seen.add(id);
    path.push(id);
    id = b.parentId;
  }
  return path;
}

/** True when a flow's ends sit in different innermost boundaries (a missing boundary counts as none). */
export function crossesBoundary(graph: Graph, flowId: string): boolean {
  const flow = graph.flows[flowId];
  if (!flow) return false;
  const source = graph.elements[flow.sourceId];
  const target = graph.elements[flow.targetId];
  if (!source || !target) return false;
  const innermost = (el: GraphElement) => (el.boundaryId !== null && graph.boundaries[el.boundaryId] ? el.boundaryId : null);
  return innermost(source) !== innermost(target);
}
