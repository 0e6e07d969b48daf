// Local edits shown on top of server rows until the server's rows include them (pure, for
// useOptimisticRows).

/** One local edit shown on top of the server's rows until the server's rows include it. */
export interface Overlay<Changes> {
  id: number;
  changes: Changes;
  /** Saved as this version (null: not yet confirmed); shown until the server's row reaches it. */
  until: number | null;
}

/**
 * The server's rows with the overlays on top. The version stays the server row's: an overlay
 * may not carry every change up to its version (someone else's change merged in between), and
 * edits are always sent with the values they were based on, so an older version is safe.
 */
export function withOverlays<Row extends { id: string; version: number }, Changes>(
  rows: Row[],
  overlays: Readonly<Record<string, Overlay<Changes>[]>>,
  apply: (row: Row, changes: Changes) => Row,
): Row[] {
  if (Object.keys(overlays).length === 0) return rows;
  return rows.map((r) => {
    let out = r;
    for (const o of overlays[r.id] ?? []) {
      if (o.until !== null && r.version >= o.until) continue; // the server's row has it
      out = apply(out, o.changes);
    }
    return out;
  });
}

/** Drops the overlays `keep` rejects (the same object when none is dropped). */
export function pruneOverlays<C>(all: Record<string, Overlay<C>[]>, keep: (rowId: string, o: Overlay<C>) => boolean): Record<string, Overlay<C>[]> {
  let changed = false;
  const out: Record<string, Overlay<C>[]> = {};
  for (const [id, list] of Object.entries(all)) {
    const kept = list.filter((o) => keep(id, o));
    if (kept.length !== list.length) changed = true;
    if (kept.length) out[id] = kept;
  }
  return changed ? out : all;
}

/**
 * Someone else's single edit of a threat or mitigation as a live event carries it: the entity,
 * the values written and the version they produced (null for anything else, and for this user's
 * own edits, which this tab shows already).
 */
export function remoteEdit(
  e: { type: string; entityId: string | null; actor: { id: string } | null; data: unknown },
  entityType: string,
  me: string | undefined,
): { id: string; values: Record<string, unknown>; version: number } | null {
  if (e.type !== `${entityType}.update` || !e.entityId || (me && e.actor?.id === me)) return null;
  const data = e.data as { values?: unknown; version?: unknown } | null;
  if (!data || typeof data.version !== 'number' || !data.values || typeof data.values !== 'object' || Array.isArray(data.values)) return null;
  return { id: e.entityId, values: data.values as Record<string, unknown>, version: data.version };
}
