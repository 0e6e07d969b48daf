import { applyEdgeChanges, applyNodeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { applyOps, OpError } from '@/lib/graph/apply';
import { collides, entityOf, fieldValue, opFields, sameValue, splitKey, withFieldValue, withoutFields, type FieldConflict, type FieldKey } from '@/lib/graph/fields';
import { MAX_OPS_PER_SAVE, type Op } from '@/lib/graph/op-schema';
import type { Graph } from '@/lib/graph/types';
import { copySelection, pasteOps, PASTE_OFFSET, removeOps, type ClipboardData } from './clipboard';
import { dropOps } from './drop';
import { applyLenient, emptyHistory, pushEntry, type History, type HistoryEntry } from './history';
import { buildEdges, buildNodes, type CanvasNode, type FlowEdge } from './mapping';
import { indexThreats, type CanvasThreat, type ThreatIndex } from './threats';

export type SaveErrorKind = 'network' | 'conflict' | 'invalid' | 'forbidden' | 'other';
export interface SaveError {
  kind: SaveErrorKind;
  message: string;
  /** For a conflict the server could pin down: each field changed by both sides. */
  conflicts?: FieldConflict[];
  /** The diagram revision the server compared against. */
  currentRevision?: number;
}

/** A canvas change by someone else, from the model's live feed. */
export interface RemoteChange {
  graphRevision: number;
  clientId: string | null;
  ops: Op[];
  /** Fields the change wrote (including cascades). */
  keys: FieldKey[];
  by: string | null;
}

export type ConflictChoice = { keep: 'theirs' } | { keep: 'mine' } | { keep: 'merged'; value: string };
export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';

export interface CanvasInit {
  modelId: string;
  revision: number;
  graph: Graph;
  readOnly: boolean;
  /** The model's threats at load time, for badges and the inspector (read-only data, not ops). */
  threats?: readonly CanvasThreat[];
  /** This tab's id on the live feed (its own saves come back with it). */
  clientId?: string;
}

export interface CanvasState extends CanvasInit {
  /** Applied locally, not yet sent. Ops made during a save wait here for the next one. */
  pending: Op[];
  /** Sent in the save request that is running (at most one at a time). */
  inFlight: Op[];
  saving: boolean;
  saveError: SaveError | null;
  history: History;
  // Ephemeral: never saved, sent or undone.
  nodes: CanvasNode[];
  edges: FlowEdge[];
  clipboard: ClipboardData | null;
  pasteCount: number;
  notice: string | null;
  /** Counts local edits (apply, undo, redo, rebase) so the autosaver knows when to restart its debounce. */
  edits: number;
  threatIndex: ThreatIndex;
  /** The diagram as the server has it, as far as this tab knows (at `revision`); the view is this plus unsaved ops. */
  confirmed: Graph;
  /** Revisions above `revision` already folded in (changes arrive in order, saves' answers may not). */
  seen: number[];
  /** Conflicts the user settled, sent with the next save (see applyCanvasOps). */
  resolved: { upTo: number; keys: FieldKey[] } | null;
  /** Latest change by someone else, for a short notice. */
  lastRemote: { by: string | null; at: number } | null;

  apply(ops: Op[], options?: { select?: string[] }): boolean;
  undo(): void;
  redo(): void;
  onNodesChange(changes: NodeChange<CanvasNode>[]): void;
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void;
  finishDrag(ids: string[]): void;
  finishResize(id: string, rect: { x: number; y: number; width: number; height: number }): void;
  setSelection(ids: string[]): void;
  copy(): void;
  paste(): void;
  duplicate(): void;
  removeSelection(): void;
  beginSave(): { baseRevision: number; ops: Op[]; clientId?: string; resolved?: { upTo: number; keys: FieldKey[] } } | null;
  saveSucceeded(revision: number): void;
  saveFailed(error: SaveError): void;
  rebase(server: { revision: number; graph: Graph }): { applied: number; skipped: number };
  discard(server: { revision: number; graph: Graph }): void;
  /** Folds a change made by someone else into the diagram, under any unsaved local edits. */
  applyRemote(change: RemoteChange): void;
  /** Settles the conflicts of the last save, field by field; saving resumes. */
  resolveConflicts(choices: Record<FieldKey, ConflictChoice>): void;
  setThreats(threats: readonly CanvasThreat[]): void;
  setNotice(notice: string | null): void;
}

export type CanvasStore = StoreApi<CanvasState>;

export function selectedIds(s: Pick<CanvasState, 'nodes' | 'edges'>): string[] {
  const ids: string[] = [];
  for (const n of s.nodes) if (n.selected) ids.push(n.id);
  for (const e of s.edges) if (e.selected) ids.push(e.id);
  return ids;
}

export function saveStatus(s: Pick<CanvasState, 'pending' | 'saving' | 'saveError'>): SaveStatus {
  if (s.saveError?.kind === 'conflict') return 'conflict';
  if (s.saveError) return 'error';
  if (s.saving) return 'saving';
  return s.pending.length ? 'unsaved' : 'saved';
}

function withSelection<T extends { id: string; selected?: boolean }>(items: T[], ids: Set<string>): T[] {
  return items.map((i) => (Boolean(i.selected) === ids.has(i.id) ? i : { ...i, selected: ids.has(i.id) }));
}

/** Fields of unsaved ops that a remote change also wrote, to a different value. */
function localConflicts(pending: readonly Op[], change: RemoteChange, confirmed: Graph, view: Graph, before: Graph): FieldConflict[] {
  if (!pending.length) return [];
  const out: FieldConflict[] = [];
  for (const key of opFields(pending)) {
    if (!change.keys.some((k) => collides(key, k))) continue;
    const { id, field } = splitKey(key);
    const theirEntity = entityOf(confirmed, id);
    const mineEntity = entityOf(view, id) ?? entityOf(before, id);
    const theirs = theirEntity ? fieldValue(confirmed, key) : null;
    const mine = entityOf(view, id) ? fieldValue(view, key) : null;
    if (theirEntity && sameValue(theirs, mine)) continue;
    out.push({ key, entityId: id, entityType: (theirEntity ?? mineEntity)?.type ?? null, entityName: (theirEntity ?? mineEntity)?.name ?? id, field, theirs, mine, by: change.by ? { id: '', name: change.by } : null, at: new Date().toISOString() });
  }
  return out;
}

function mergeConflicts(current: SaveError | null, add: FieldConflict[], revision: number): SaveError {
  const byKey = new Map((current?.kind === 'conflict' ? (current.conflicts ?? []) : []).map((c) => [c.key, c]));
  for (const c of add) byKey.set(c.key, c);
  const list = [...byKey.values()];
  const names = [...new Set(list.map((c) => c.by?.name ?? 'Someone'))].join(', ');
  return { kind: 'conflict', message: `${names} changed what you are editing.`, conflicts: list, currentRevision: Math.max(revision, current?.currentRevision ?? 0) };
}

/** Moves `revision` over every consecutive revision now seen. */
function advance(revision: number, seen: readonly number[], add: number): { revision: number; seen: number[] } {
  const set_ = new Set(seen);
  set_.add(add);
  let r = revision;
  while (set_.has(r + 1)) set_.delete(++r);
  return { revision: r, seen: [...set_].filter((x) => x > r) };
}

export function createCanvasStore(init: CanvasInit): CanvasStore {
  return createStore<CanvasState>()((set, get) => {
    /** Puts a new graph in place and rebuilds the view, reusing unchanged nodes. */
    const showGraph = (graph: Graph, extra: Partial<CanvasState> = {}, select?: string[]) => {
      const s = get();
      let nodes = buildNodes(graph, s.nodes);
      let edges = buildEdges(graph, s.edges);
      if (select) {
        const ids = new Set(select);
        nodes = withSelection(nodes, ids);
        edges = withSelection(edges, ids);
      }
      set({ graph, nodes, edges, ...extra });
    };

    /** Reverts the top entry of `from` and pushes the reverting step onto the other stack. */
    const step = (from: 'undo' | 'redo') => {
      const s = get();
      if (s.readOnly) return;
      const stack = s.history[from];
      const entry = stack[stack.length - 1];
      if (!entry) return;
      const r = applyLenient(s.graph, entry.inverse);
      const back: HistoryEntry = { ops: r.applied, inverse: r.inverse };
      const rest = stack.slice(0, -1);
      const history = from === 'undo' ? { undo: rest, redo: [...s.history.redo, back] } : { undo: [...s.history.undo, back], redo: rest };
      showGraph(r.graph, { history, pending: [...s.pending, ...r.applied], edits: s.edits + 1 });
    };

    const pasteClip = (clip: ClipboardData) => {
      const s = get();
      const count = s.pasteCount + 1;
      const { ops, ids } = pasteOps(s.graph, clip, PASTE_OFFSET * count);
      if (get().apply(ops, { select: ids })) set({ pasteCount: count });
    };

    return {
      ...init,
      pending: [],
      inFlight: [],
      saving: false,
      saveError: null,
      history: emptyHistory(),
      nodes: buildNodes(init.graph, []),
      edges: buildEdges(init.graph, []),
      clipboard: null,
      pasteCount: 0,
      notice: null,
      edits: 0,
      threatIndex: indexThreats(init.threats ?? []),
      confirmed: init.graph,
      seen: [],
      resolved: null,
      lastRemote: null,

      apply(ops, options) {
        const s = get();
        if (s.readOnly || ops.length === 0) return false;
        let r;
        try {
          r = applyOps(s.graph, ops);
        } catch (e) {
          if (e instanceof OpError) {
            set({ notice: `That change could not be made: ${e.message}` });
            return false;
          }
          throw e;
        }
        showGraph(r.graph, { history: pushEntry(s.history, { ops, inverse: r.inverse }), pending: [...s.pending, ...ops], edits: s.edits + 1 }, options?.select);
        return true;
      },
      undo: () => step('undo'),
      redo: () => step('redo'),

      onNodesChange(changes) {
        // Removal goes through removeSelection so it becomes ops; React Flow never deletes by itself.
        const allowed = changes.filter((c) => c.type !== 'remove' && c.type !== 'add' && c.type !== 'replace');
        if (!allowed.length) return;
        set({ nodes: applyNodeChanges(allowed, get().nodes) });
        // `dragging: false` marks a finished gesture: the end of a drag or an arrow-key nudge.
        // (Resizer changes carry no `dragging` and are committed by finishResize.)
        const finished = allowed.flatMap((c) => (c.type === 'position' && c.dragging === false ? [c.id] : []));
        if (finished.length) get().finishDrag(finished);
      },
      onEdgesChange(changes) {
        const allowed = changes.filter((c) => c.type === 'select');
        if (allowed.length) set({ edges: applyEdgeChanges(allowed, get().edges) });
      },
      finishDrag(ids) {
        const s = get();
        const byId = new Map(s.nodes.map((n) => [n.id, n]));
        const dropped = ids.flatMap((id) => {
          const n = byId.get(id);
          return n ? [{ id, x: n.position.x, y: n.position.y }] : [];
        });
        const ops = dropOps(s.graph, dropped);
        // One finished drag is one undo step, however many nodes moved.
        if (ops.length) get().apply(ops);
      },
      finishResize(id, rect) {
        const s = get();
        const b = s.graph.boundaries[id];
        if (!b) return;
        const ops: Op[] = [{ type: 'boundary.resize', id, x: rect.x, y: rect.y, width: Math.max(40, rect.width), height: Math.max(40, rect.height) }];
        // Resizing from the top or left shifts the children's relative positions to keep them in place.
        for (const n of s.nodes) {
          if (n.parentId !== id) continue;
          const el = s.graph.elements[n.id];
          const child = el ?? s.graph.boundaries[n.id];
          if (!child || (child.x === n.position.x && child.y === n.position.y)) continue;
          ops.push({ type: el ? 'element.move' : 'boundary.move', id: n.id, x: n.position.x, y: n.position.y });
        }
        get().apply(ops);
      },
      setSelection(ids) {
        const set_ = new Set(ids);
        const s = get();
        set({ nodes: withSelection(s.nodes, set_), edges: withSelection(s.edges, set_) });
      },
      copy() {
        const clip = copySelection(get().graph, selectedIds(get()));
        if (clip) set({ clipboard: clip, pasteCount: 0 });
      },
      paste() {
        const clip = get().clipboard;
        if (clip) pasteClip(clip);
      },
      duplicate() {
        const clip = copySelection(get().graph, selectedIds(get()));
        if (!clip) return;
        const { ops, ids } = pasteOps(get().graph, clip, PASTE_OFFSET);
        get().apply(ops, { select: ids });
      },
      removeSelection() {
        const s = get();
        const ops = removeOps(s.graph, selectedIds(s));
        if (ops.length) s.apply(ops, { select: [] });
      },

      beginSave() {
        const s = get();
        if (s.readOnly || s.saving || s.pending.length === 0 || s.saveError?.kind === 'conflict') return null;
        const batch = s.pending.slice(0, MAX_OPS_PER_SAVE);
        set({ saving: true, inFlight: batch, pending: s.pending.slice(batch.length) });
        return { baseRevision: s.revision, ops: batch, ...(s.clientId ? { clientId: s.clientId } : {}), ...(s.resolved ? { resolved: s.resolved } : {}) };
      },
      saveSucceeded(revision) {
        const s = get();
        // Our batch is now part of the server's diagram; its revision counts as seen.
        const confirmed = applyLenient(s.confirmed, s.inFlight).graph;
        set({ saving: false, inFlight: [], saveError: null, resolved: null, confirmed, ...advance(s.revision, s.seen, revision) });
      },
      saveFailed(error) {
        // Nothing is dropped: the unsent batch goes back in front of what was drawn meanwhile.
        const s = get();
        const saveError = error.kind === 'conflict' && error.conflicts?.length && s.saveError?.kind === 'conflict' ? mergeConflicts(s.saveError, error.conflicts, error.currentRevision ?? 0) : error;
        set({ saving: false, pending: [...s.inFlight, ...s.pending], inFlight: [], saveError });
      },
      rebase(server) {
        const s = get();
        const r = applyLenient(server.graph, [...s.inFlight, ...s.pending]);
        // Local history is dropped: undoing across someone else's changes could overwrite them.
        showGraph(r.graph, { revision: server.revision, confirmed: server.graph, seen: [], resolved: null, pending: r.applied, inFlight: [], saving: false, saveError: null, history: emptyHistory(), edits: s.edits + 1 });
        return { applied: r.applied.length, skipped: r.skipped };
      },
      discard(server) {
        showGraph(server.graph, { revision: server.revision, confirmed: server.graph, seen: [], resolved: null, pending: [], inFlight: [], saving: false, saveError: null, history: emptyHistory() });
      },
      applyRemote(change) {
        const s = get();
        if (change.graphRevision <= s.revision || s.seen.includes(change.graphRevision)) return;
        const next = advance(s.revision, s.seen, change.graphRevision);
        // Our own save coming back: already in the view (and in `confirmed` once answered).
        if (change.clientId && change.clientId === s.clientId) {
          set(next);
          return;
        }
        const confirmed = applyLenient(s.confirmed, change.ops).graph;
        const view = applyLenient(confirmed, [...s.inFlight, ...s.pending]).graph;
        // Unsaved edits of a field they just changed: the revision now includes their change, so
        // the server would take ours without a word. Ask the user first, as for a refused save.
        const clashes = localConflicts(s.pending, change, confirmed, view, s.graph);
        const saveError = clashes.length ? mergeConflicts(s.saveError, clashes, change.graphRevision) : s.saveError;
        // Undo must never write back over someone else's change: steps touching what they changed go.
        const theirs = change.keys;
        const keep = (e: HistoryEntry) => ![...opFields([...e.ops, ...e.inverse])].some((k) => theirs.some((t) => collides(k, t)));
        const history = { undo: s.history.undo.filter(keep), redo: s.history.redo.filter(keep) };
        showGraph(view, { ...next, confirmed, history, saveError, lastRemote: { by: change.by, at: Date.now() } });
      },
      resolveConflicts(choices) {
        const s = get();
        const error = s.saveError;
        if (error?.kind !== 'conflict' || !error.conflicts?.length) return;
        const drop = new Set<FieldKey>();
        const settled: FieldKey[] = [];
        let pending = s.pending;
        for (const c of error.conflicts) {
          const choice = choices[c.key] ?? { keep: 'theirs' };
          if (choice.keep === 'theirs' || c.theirs === null) drop.add(c.key);
          else {
            if (choice.keep === 'merged') pending = withFieldValue(pending, c.key, choice.value);
            settled.push(c.key);
          }
        }
        pending = withoutFields(pending, drop);
        const upTo = Math.max(error.currentRevision ?? s.revision, s.resolved?.upTo ?? 0);
        const resolved = settled.length ? { upTo, keys: [...new Set([...(s.resolved?.keys ?? []), ...settled])] } : s.resolved;
        const view = applyLenient(s.confirmed, pending).graph;
        showGraph(view, { pending, resolved, saveError: null, history: emptyHistory(), edits: s.edits + 1 });
      },
      setThreats: (threats) => set({ threatIndex: indexThreats(threats) }),
      setNotice: (notice) => set({ notice }),
    };
  });
}
