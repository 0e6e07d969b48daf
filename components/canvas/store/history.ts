import { applyOps, OpError } from '@/lib/graph/apply';
import type { Op } from '@/lib/graph/op-schema';
import type { Graph } from '@/lib/graph/types';

/** One undo step: the ops that were applied and the ops that revert them. */
export interface HistoryEntry {
  ops: Op[];
  inverse: Op[];
}

export interface History {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

/** The issue asks for at least 50 steps; 100 costs little because entries hold ops, not graphs. */
export const HISTORY_LIMIT = 100;

export const emptyHistory = (): History => ({ undo: [], redo: [] });

export function pushEntry(history: History, entry: HistoryEntry): History {
  const undo = [...history.undo, entry];
  if (undo.length > HISTORY_LIMIT) undo.splice(0, undo.length - HISTORY_LIMIT);
  // A new edit forks history: what was undone can no longer be redone.
  return { undo, redo: [] };
}

export interface LenientResult {
  graph: Graph;
  applied: Op[];
  inverse: Op[];
  skipped: number;
}

/**
 * Applies ops, skipping any that no longer fit the graph (their entity was deleted meanwhile).
 * The whole batch is tried first so the common case costs one copy of the graph maps.
 */
export function applyLenient(graph: Graph, ops: readonly Op[]): LenientResult {
  try {
    const r = applyOps(graph, ops);
    return { graph: r.graph, applied: [...ops], inverse: r.inverse, skipped: 0 };
  } catch (e) {
    if (!(e instanceof OpError)) throw e;
  }
  let g = graph;
  const applied: Op[] = [];
  const inverse: Op[] = [];
  for (const op of ops) {
    try {
      const r = applyOps(g, [op]);
      g = r.graph;
      applied.push(op);
      inverse.unshift(...r.inverse);
    } catch (e) {
      if (!(e instanceof OpError)) throw e;
    }
  }
  return { graph: g, applied, inverse, skipped: ops.length - applied.length };
}
