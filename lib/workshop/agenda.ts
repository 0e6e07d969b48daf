import type { Graph, GraphElement, GraphFlow } from '../graph/types';

// A workshop's agenda: the stages the facilitator walks through, generated from the diagram when
// the workshop starts (and then stored, so later diagram edits do not reshuffle a running session).

export const agendaModes = ['flow', 'boundary'] as const;
export type AgendaMode = (typeof agendaModes)[number];

export const agendaModeLabels: Record<AgendaMode, string> = {
  flow: 'Follow the data flow (one stage per element)',
  boundary: 'By trust boundary (one stage per boundary)',
};

export interface AgendaStage {
  /** element:<id> | boundary:<id> | outside */
  key: string;
  title: string;
  elementIds: string[];
  flowIds: string[];
}

export const OUTSIDE_KEY = 'outside';
export const OUTSIDE_TITLE = 'Outside any boundary';

const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Element ids in data-flow order. Elements are taken in rounds: first every source (flows out,
 * none in), then everything whose every sender has been taken, and so on; within a round by name.
 * A cycle (no element ready) is entered at the element most fed by elements already taken, then
 * with the fewest senders still waiting, then by name. Elements without any flow come last.
 * Flows to or from unknown elements and self-loops do not order anything.
 */
export function flowOrder(graph: Graph): string[] {
  const elements = Object.values(graph.elements);
  const preds = new Map<string, number>(elements.map((e) => [e.id, 0]));
  const fedByTaken = new Map<string, number>(elements.map((e) => [e.id, 0]));
  const succ = new Map<string, string[]>(elements.map((e) => [e.id, []]));
  const connected = new Set<string>();
  for (const f of Object.values(graph.flows)) {
    if (!graph.elements[f.sourceId] || !graph.elements[f.targetId]) continue;
    connected.add(f.sourceId).add(f.targetId);
    if (f.sourceId === f.targetId) continue;
    succ.get(f.sourceId)!.push(f.targetId);
    preds.set(f.targetId, preds.get(f.targetId)! + 1);
  }
  const remaining = new Set(elements.filter((e) => connected.has(e.id)).map((e) => e.id));
  const order: string[] = [];
  let round = elements.filter((e) => remaining.has(e.id) && preds.get(e.id) === 0);
  while (remaining.size > 0) {
    if (round.length === 0) round = [cycleEntry(remaining, graph.elements, preds, fedByTaken)];
    const next: GraphElement[] = [];
    for (const e of round.sort(byName)) {
      if (!remaining.delete(e.id)) continue;
      order.push(e.id);
      for (const t of succ.get(e.id)!) {
        fedByTaken.set(t, fedByTaken.get(t)! + 1);
        const left = preds.get(t)! - 1;
        preds.set(t, left);
        if (left === 0 && remaining.has(t)) next.push(graph.elements[t]!);
      }
    }
    round = next;
  }
  const isolated = elements.filter((e) => !connected.has(e.id)).sort(byName);
  return [...order, ...isolated.map((e) => e.id)];
}

function cycleEntry(remaining: Set<string>, elements: Graph['elements'], preds: Map<string, number>, fedByTaken: Map<string, number>): GraphElement {
  let best: GraphElement | null = null;
  for (const id of remaining) {
    const e = elements[id]!;
    if (!best) {
      best = e;
      continue;
    }
    const fed = fedByTaken.get(id)! - fedByTaken.get(best.id)!;
    const waiting = preds.get(id)! - preds.get(best.id)!;
    if (fed > 0 || (fed === 0 && (waiting < 0 || (waiting === 0 && byName(e, best) < 0)))) best = e;
  }
  return best!;
}

/** Flows touching any of `elementIds`, ordered by where their ends sit in the data flow. */
function flowsOf(graph: Graph, elementIds: ReadonlySet<string>, rank: Map<string, number>, extra: (f: GraphFlow) => boolean = () => false): string[] {
  const r = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  return Object.values(graph.flows)
    .filter((f) => graph.elements[f.sourceId] && graph.elements[f.targetId] && (elementIds.has(f.sourceId) || elementIds.has(f.targetId) || extra(f)))
    .sort((a, b) => r(a.sourceId) - r(b.sourceId) || r(a.targetId) - r(b.targetId) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((f) => f.id);
}

/** Boundaries parent first, siblings by name; boundaries caught in a parent cycle come last. */
function boundaryOrder(graph: Graph): string[] {
  const all = Object.values(graph.boundaries);
  const children = new Map<string | null, typeof all>();
  for (const b of all) {
    const parent = b.parentId && graph.boundaries[b.parentId] && b.parentId !== b.id ? b.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), b]);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null) => {
    for (const b of (children.get(parent) ?? []).sort(byName)) {
      if (seen.has(b.id)) continue;
      seen.add(b.id);
      out.push(b.id);
      visit(b.id);
    }
  };
  visit(null);
  return [...out, ...all.filter((b) => !seen.has(b.id)).sort(byName).map((b) => b.id)];
}

/** The boundary ids an element sits in, innermost first (guards against parent cycles). */
function enclosing(graph: Graph, boundaryId: string | null): Set<string> {
  const out = new Set<string>();
  let at = boundaryId;
  while (at && graph.boundaries[at] && !out.has(at)) {
    out.add(at);
    at = graph.boundaries[at]!.parentId;
  }
  return out;
}

export function buildAgenda(graph: Graph, mode: AgendaMode): AgendaStage[] {
  const order = flowOrder(graph);
  const rank = new Map(order.map((id, i) => [id, i]));
  if (mode === 'flow') {
    return order.map((id) => ({
      key: `element:${id}`,
      title: graph.elements[id]!.name || 'Unnamed element',
      elementIds: [id],
      flowIds: flowsOf(graph, new Set([id]), rank),
    }));
  }
  const inside = new Map(order.map((id) => [id, enclosing(graph, graph.elements[id]!.boundaryId)]));
  const stages: AgendaStage[] = boundaryOrder(graph).map((bid) => {
    const direct = order.filter((id) => graph.elements[id]!.boundaryId === bid);
    // Flows crossing the boundary's edge (one end inside it, at any depth, the other outside) matter too.
    const crosses = (f: GraphFlow) => inside.get(f.sourceId)!.has(bid) !== inside.get(f.targetId)!.has(bid);
    return { key: `boundary:${bid}`, title: graph.boundaries[bid]!.name || 'Unnamed boundary', elementIds: direct, flowIds: flowsOf(graph, new Set(direct), rank, crosses) };
  });
  const outside = order.filter((id) => inside.get(id)!.size === 0);
  if (outside.length) stages.push({ key: OUTSIDE_KEY, title: OUTSIDE_TITLE, elementIds: outside, flowIds: flowsOf(graph, new Set(outside), rank) });
  return stages;
}
