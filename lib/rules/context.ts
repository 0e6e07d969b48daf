import { triState, type TriState } from '../domain/fields';
import type { Graph, GraphBoundary, GraphElement, GraphFlow } from '../graph/types';
import { arrow, quote } from './describe';
import type { Suggestion, SuggestionTarget } from './types';

export type Direction = 'up' | 'down';

/**
 * How a reachability search walks the graph. `enter` decides whether an element is visited at all
 * (excluded ones neither appear in the result nor are crossed); `cross` decides whether the search
 * continues beyond a visited element (e.g. a validation step stops a poisoning search). The key
 * names the traversal in the memo, so one search is shared by every rule that asks for it.
 */
export interface Traversal {
  key: string;
  enter?(el: GraphElement, ctx: RuleContext): boolean;
  cross?(el: GraphElement, ctx: RuleContext): boolean;
}

export interface Hop {
  element: GraphElement;
  /** The flow that connects this element one step closer to the start of the search. */
  via: GraphFlow;
  /** Number of flows between the start and this element. */
  depth: number;
}

export interface Trail {
  /** Element names in data-flow order, quoted: “A”, “B”, “C”. */
  names: string[];
  /** Element and flow ids in data-flow order: A, A→B, B, B→C, C. */
  ids: string[];
}

export const everything: Traversal = { key: 'all' };

const collator = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Precomputed adjacency and memoised graph queries shared by all rules in one run, so the whole
 * engine stays linear-ish: each (start, direction, traversal) search runs at most once.
 * Adjacency and per-kind lists are sorted by id, so results never depend on the order in which
 * rows happened to be loaded.
 */
export class RuleContext {
  private readonly incoming = new Map<string, GraphFlow[]>();
  private readonly outgoing = new Map<string, GraphFlow[]>();
  private readonly byKind = new Map<string, GraphElement[]>();
  private readonly validFlows: GraphFlow[] = [];
  private readonly sortedElements: GraphElement[];
  private readonly reachCache = new Map<string, Map<string, Hop>>();
  private readonly chainCache = new Map<string, GraphBoundary[]>();
  private exposureCache: Map<string, Exposure> | undefined;

  constructor(readonly graph: Graph) {
    const flows = Object.values(graph.flows)
      .filter((f) => graph.elements[f.sourceId] && graph.elements[f.targetId] && f.sourceId !== f.targetId)
      .sort((a, b) => collator(a.id, b.id));
    for (const f of flows) {
      this.validFlows.push(f);
      push(this.outgoing, f.sourceId, f);
      push(this.incoming, f.targetId, f);
    }
    this.sortedElements = Object.values(graph.elements).sort((a, b) => collator(a.id, b.id));
    for (const e of this.sortedElements) push(this.byKind, e.kind, e);
  }

  /** Every element, sorted by id. */
  allElements(): readonly GraphElement[] {
    return this.sortedElements;
  }

  /** Elements of the given kinds, sorted by id. */
  elements(...kinds: string[]): GraphElement[] {
    if (kinds.length === 1) return this.byKind.get(kinds[0]!) ?? [];
    return kinds.flatMap((k) => this.byKind.get(k) ?? []).sort((a, b) => collator(a.id, b.id));
  }

  /** Flows whose two ends exist and differ, sorted by id. */
  flows(): readonly GraphFlow[] {
    return this.validFlows;
  }

  element(id: string): GraphElement | undefined {
    return this.graph.elements[id];
  }

  source(f: GraphFlow): GraphElement {
    return this.graph.elements[f.sourceId]!;
  }

  target(f: GraphFlow): GraphElement {
    return this.graph.elements[f.targetId]!;
  }

  inFlows(el: GraphElement): readonly GraphFlow[] {
    return this.incoming.get(el.id) ?? [];
  }

  outFlows(el: GraphElement): readonly GraphFlow[] {
    return this.outgoing.get(el.id) ?? [];
  }

  /** Direct upstream neighbours (deduplicated, sorted by id). */
  predecessors(el: GraphElement): GraphElement[] {
    return uniq(this.inFlows(el).map((f) => this.source(f)));
  }

  successors(el: GraphElement): GraphElement[] {
    return uniq(this.outFlows(el).map((f) => this.target(f)));
  }

  /** A yes/no property as 'yes' | 'no' | 'unknown' (never recorded = unknown). */
  yn(el: { properties: Record<string, unknown> }, key: string): TriState {
    return triState(el.properties[key]);
  }

  /** A text or select property, trimmed; '' when absent. */
  str(el: { properties: Record<string, unknown> }, key: string): string {
    const v = el.properties[key];
    return typeof v === 'string' ? v.trim() : '';
  }

  /**
   * Every element reachable from `startId` against (up) or along (down) the direction of data flow,
   * in breadth-first order with the hop back towards the start. Memoised per traversal key.
   */
  reach(startId: string, dir: Direction, t: Traversal = everything): Map<string, Hop> {
    const cacheKey = `${dir}\u0000${t.key}\u0000${startId}`;
    const cached = this.reachCache.get(cacheKey);
    if (cached) return cached;
    const seen = new Map<string, Hop>();
    const adjacency = dir === 'up' ? this.incoming : this.outgoing;
    const queue = [startId];
    const depth = new Map<string, number>([[startId, 0]]);
    for (let i = 0; i < queue.length; i++) {
      const current = queue[i]!;
      const d = depth.get(current)! + 1;
      for (const f of adjacency.get(current) ?? []) {
        const nextId = dir === 'up' ? f.sourceId : f.targetId;
        if (nextId === startId || seen.has(nextId)) continue;
        const next = this.graph.elements[nextId]!;
        if (t.enter && !t.enter(next, this)) continue;
        seen.set(nextId, { element: next, via: f, depth: d });
        if (!t.cross || t.cross(next, this)) {
          depth.set(nextId, d);
          queue.push(nextId);
        }
      }
    }
    this.reachCache.set(cacheKey, seen);
    return seen;
  }

  /** The shortest path found by `reach` between the start and another element, in data-flow order. */
  trail(startId: string, otherId: string, dir: Direction, t: Traversal = everything): Trail {
    const hops = this.reach(startId, dir, t);
    const names: string[] = [];
    const ids: string[] = [];
    let current = otherId;
    for (let guard = 0; guard <= hops.size + 1; guard++) {
      const el = this.graph.elements[current];
      if (!el) break;
      names.push(quote(el.name));
      ids.push(current);
      if (current === startId) break;
      const hop = hops.get(current);
      if (!hop) break;
      ids.push(hop.via.id);
      current = dir === 'up' ? hop.via.targetId : hop.via.sourceId;
    }
    // Walking up from a source already yields data-flow order; walking back from a downstream element does not.
    if (dir === 'down') {
      names.reverse();
      ids.reverse();
    }
    return { names, ids };
  }

  /**
   * The paths to (up) or from (down) several triggering elements, nearest first, at most `max` of
   * them spelt out. Returns the arrow texts and the union of their ids for highlighting.
   */
  trails(startId: string, triggers: readonly GraphElement[], dir: Direction, t: Traversal = everything, max = 3): { texts: string[]; ids: string[]; more: number } {
    const hops = this.reach(startId, dir, t);
    const ordered = [...triggers].sort(
      (a, b) => (hops.get(a.id)?.depth ?? 0) - (hops.get(b.id)?.depth ?? 0) || collator(a.name, b.name) || collator(a.id, b.id),
    );
    const texts: string[] = [];
    const ids = new Set<string>();
    for (const trig of ordered.slice(0, max)) {
      const tr = this.trail(startId, trig.id, dir, t);
      texts.push(arrow(tr.names));
      for (const id of tr.ids) ids.add(id);
    }
    return { texts, ids: [...ids], more: Math.max(0, ordered.length - max) };
  }

  /** Boundaries around the element, innermost first (stops at a missing parent or a cycle). */
  boundaries(el: GraphElement): GraphBoundary[] {
    const cached = this.chainCache.get(el.id);
    if (cached) return cached;
    const chain: GraphBoundary[] = [];
    const seen = new Set<string>();
    let id = el.boundaryId;
    while (id !== null && !seen.has(id)) {
      const b = this.graph.boundaries[id];
      if (!b) break;
      seen.add(id);
      chain.push(b);
      id = b.parentId;
    }
    this.chainCache.set(el.id, chain);
    return chain;
  }

  /** The innermost boundary of the given kind around the element, if any. */
  within(el: GraphElement, kind: string): GraphBoundary | undefined {
    return this.boundaries(el).find((b) => b.kind === kind);
  }

  /** Innermost boundary id, null when outside any (or in a boundary that no longer exists). */
  innermost(el: GraphElement): string | null {
    return this.boundaries(el)[0]?.id ?? null;
  }

  /** Same test as lib/graph/validate `crossesBoundary`, on the precomputed chains. */
  crosses(f: GraphFlow): boolean {
    return this.innermost(this.source(f)) !== this.innermost(this.target(f));
  }

  /** How (and whether) requests from the internet reach an element; see exposure.ts. */
  exposure(el: GraphElement): Exposure | undefined {
    this.exposureCache ??= computeExposure(this);
    return this.exposureCache.get(el.id);
  }

  suggestion(ruleId: string, threatId: string, target: SuggestionTarget, explanation: string, path: readonly string[] = []): Suggestion {
    return {
      fingerprint: `${ruleId}|${threatId}|${target.type}:${target.id ?? ''}`,
      ruleId,
      threatId,
      target: { type: target.type, id: target.id },
      explanation,
      path: uniq(path),
    };
  }

  forElement(ruleId: string, threatId: string, el: GraphElement, explanation: string, path: readonly string[] = [el.id]): Suggestion {
    return this.suggestion(ruleId, threatId, { type: 'element', id: el.id }, explanation, path.includes(el.id) ? path : [el.id, ...path]);
  }

  forFlow(ruleId: string, threatId: string, f: GraphFlow, explanation: string): Suggestion {
    return this.suggestion(ruleId, threatId, { type: 'flow', id: f.id }, explanation, [f.sourceId, f.id, f.targetId]);
  }
}

/** Kinds through which a request travels when someone calls a model (the serving chain). */
export const servingKinds: ReadonlySet<string> = new Set(['llm-application', 'inference-service', 'agent']);

export interface Exposure {
  /** True when the element itself is an entry point or is called straight from one. */
  direct: boolean;
  /** Why the first element of the path counts as the internet. */
  entryReason: string;
  /** Names and ids from the internet entry to the element, in request order. */
  trail: Trail;
}

/**
 * Internet exposure, computed once per run by one multi-source breadth-first search: entries are
 * people and serving elements in an internet boundary, end users drawn outside every boundary, and serving elements
 * whose exposure is recorded as internet. Requests then travel only along the serving chain (LLM
 * apps, inference services, agents), so a public dataset feeding a training job does not make the
 * model server "internet-facing".
 */
function computeExposure(ctx: RuleContext): Map<string, Exposure> {
  const result = new Map<string, Exposure>();
  const parent = new Map<string, GraphFlow | null>();
  const reason = new Map<string, string>();
  const queue: GraphElement[] = [];
  for (const el of ctx.allElements()) {
    // Content (a public data source, a web page) is not a caller; only people and services are.
    const internet = el.kind === 'human-actor' || servingKinds.has(el.kind) ? ctx.within(el, 'internet') : undefined;
    let why = '';
    if (internet) why = `in internet boundary ${quote(internet.name)}`;
    else if (el.kind === 'human-actor' && ctx.str(el, 'role') === 'end-user' && ctx.boundaries(el).length === 0) why = 'an end user outside every boundary';
    else if (servingKinds.has(el.kind) && ctx.str(el, 'exposure') === 'internet') why = 'exposure: internet';
    if (!why) continue;
    parent.set(el.id, null);
    reason.set(el.id, why);
    queue.push(el);
  }
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    for (const f of ctx.outFlows(current)) {
      const next = ctx.target(f);
      if (parent.has(next.id) || !servingKinds.has(next.kind)) continue;
      parent.set(next.id, f);
      queue.push(next);
    }
  }
  for (const el of queue) {
    if (!servingKinds.has(el.kind)) continue;
    const names: string[] = [];
    const ids: string[] = [];
    let current: GraphElement = el;
    let hops = 0;
    for (;;) {
      names.push(quote(current.name));
      ids.push(current.id);
      const via = parent.get(current.id);
      if (!via) break;
      ids.push(via.id);
      hops++;
      current = ctx.source(via);
    }
    names.reverse();
    ids.reverse();
    const entry = ctx.element(ids[0]!)!;
    result.set(el.id, { direct: hops === 0 || (hops === 1 && !servingKinds.has(entry.kind)), entryReason: reason.get(entry.id)!, trail: { names, ids } });
  }
  return result;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function uniq<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
