// Field-level optimistic concurrency for threats and mitigations, shared by the server (which
// decides whether a stale edit can be merged) and the browser (which settles real conflicts).
//
// An edit carries the entity `version` it was based on and, per changed field, the `base` value
// the editor last saw. When the version moved, a field is in conflict only if someone else changed
// it (current ≠ base) to something other than what this edit writes (current ≠ mine); edits of
// different fields both survive.

/** One field two people changed at once, as a 409 reports it and the conflict dialog shows it. */
export interface FieldEditConflict {
  field: string;
  label: string;
  /** The value now saved (someone else's). */
  theirs: unknown;
  /** The value this edit would write. */
  mine: unknown;
  /** Who last changed the field, when known. */
  by: { id: string; name: string } | null;
  at: string | null;
  /** A free-text field: it can be merged by hand. */
  mergeable: boolean;
}

/** The `details` of a 409 for a field conflict: the current version to resubmit with, and the fields. */
export interface EditConflictDetails {
  version: number;
  conflicts: FieldEditConflict[];
}

/** Deep equality of JSON values (object key order ignored; undefined and null are the same). */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(v: unknown): string {
  if (v === undefined || v === null) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * Fields of `changes` someone else changed since `base` to a value other than this edit's.
 * A changed field without a base value counts as changed by someone else unless it already holds
 * this edit's value (nothing to compare against, so never overwrite silently). `ignore` names
 * fields that follow another one (a rejection reason follows the status).
 */
export function conflictingFields(
  current: Readonly<Record<string, unknown>>,
  changes: Readonly<Record<string, unknown>>,
  base: Readonly<Record<string, unknown>>,
  ignore: readonly string[] = [],
): string[] {
  const out: string[] = [];
  for (const [field, mine] of Object.entries(changes)) {
    if (mine === undefined || ignore.includes(field)) continue;
    const theirs = current[field];
    if (sameValue(theirs, mine)) continue;
    if (!(field in base) || !sameValue(theirs, base[field])) out.push(field);
  }
  return out;
}

/** Reads a 409's details as a field conflict (null for any other refusal, e.g. an old client's stale edit). */
export function editConflictOf(result: { status: number; details?: Record<string, unknown> }): EditConflictDetails | null {
  if (result.status !== 409 || !result.details) return null;
  const { version, conflicts } = result.details as { version?: unknown; conflicts?: unknown };
  if (typeof version !== 'number' || !Array.isArray(conflicts) || conflicts.length === 0) return null;
  const ok = conflicts.every((c) => c && typeof c === 'object' && typeof (c as FieldEditConflict).field === 'string');
  return ok ? { version, conflicts: conflicts as FieldEditConflict[] } : null;
}

export type ConflictChoice = { choice: 'theirs' } | { choice: 'mine' } | { choice: 'merge'; text: string };

/**
 * The edit to resubmit once the user settled each conflict: "theirs" drops the field, "mine"
 * keeps it, "merge" writes the hand-merged text. Settled fields are based on the value the user
 * was shown (theirs), so a further change by someone else is caught again; untouched fields keep
 * their original base. Empty `changes` means nothing is left to save.
 */
export function resolveEdit<C extends Record<string, unknown>>(
  changes: C,
  base: Readonly<Record<string, unknown>>,
  conflicts: readonly FieldEditConflict[],
  choices: Readonly<Record<string, ConflictChoice | undefined>>,
): { changes: Partial<C>; base: Record<string, unknown>; dropped: string[] } {
  const next: Record<string, unknown> = { ...changes };
  const nextBase: Record<string, unknown> = { ...base };
  const dropped: string[] = [];
  for (const c of conflicts) {
    const choice = choices[c.field];
    if (!choice) throw new Error(`No choice for ${c.field}.`);
    nextBase[c.field] = c.theirs;
    if (choice.choice === 'theirs') {
      delete next[c.field];
      delete nextBase[c.field];
      dropped.push(c.field);
    } else if (choice.choice === 'merge') {
      next[c.field] = choice.text;
    }
  }
  return { changes: next as Partial<C>, base: nextBase, dropped };
}

/** The merge editor's starting text: both versions, each under a clear label, for the user to combine. */
export function mergeTemplate(theirs: unknown, mine: unknown, theirName: string): string {
  const t = typeof theirs === 'string' ? theirs : '';
  const m = typeof mine === 'string' ? mine : '';
  return `[Version by ${theirName}]\n${t}\n\n[Your version]\n${m}`;
}

/** Whether a hand-merged text still holds the labels mergeTemplate put in. */
export function hasMergeLabels(text: string): boolean {
  return /^\[(Version by .+|Your version)\]$/m.test(text);
}

/**
 * An open editor's state over a record others may change meanwhile. `base` is what the editor
 * started from (per field), `draft` what the user has typed; `version` the record's version the
 * base belongs to.
 */
export interface DraftState<D extends Record<string, unknown>> {
  base: D;
  draft: D;
  version: number;
  /** Fields others changed while the user had edited them too (their draft is kept). */
  clashes: (keyof D & string)[];
  /** Fields others changed that the user had not touched (the draft took their value). */
  followed: (keyof D & string)[];
}

export function startDraft<D extends Record<string, unknown>>(values: D, version: number): DraftState<D> {
  return { base: values, draft: values, version, clashes: [], followed: [] };
}

/**
 * Brings an open editor up to date with the latest saved values without losing what the user
 * typed: untouched fields take the new values (and their base moves with them), fields the user
 * edited keep the draft and their original base, so saving still detects the clash.
 */
export function rebaseDraft<D extends Record<string, unknown>>(s: DraftState<D>, latest: D): DraftState<D> {
  let base = s.base;
  let draft = s.draft;
  const clashes = new Set(s.clashes);
  const followed = new Set(s.followed);
  // Before the user typed anything there is nothing to warn about: the form simply shows theirs.
  const editing = Object.keys(draftEdit(s).changes).length > 0;
  for (const key of Object.keys(latest) as (keyof D & string)[]) {
    if (sameValue(latest[key], s.base[key])) continue;
    if (sameValue(s.draft[key], s.base[key])) {
      base = { ...base, [key]: latest[key] };
      draft = { ...draft, [key]: latest[key] };
      if (editing) followed.add(key);
    } else if (!sameValue(s.draft[key], latest[key])) {
      clashes.add(key);
    }
  }
  if (base === s.base && clashes.size === s.clashes.length && followed.size === s.followed.length) return s;
  return { ...s, base, draft, clashes: [...clashes], followed: [...followed] };
}

/** The fields the user changed in the draft, with the values they were based on. */
export function draftEdit<D extends Record<string, unknown>>(s: DraftState<D>): { changes: Partial<D>; base: Partial<D> } {
  const changes: Partial<D> = {};
  const base: Partial<D> = {};
  for (const key of Object.keys(s.draft) as (keyof D)[]) {
    if (!sameValue(s.draft[key], s.base[key])) {
      changes[key] = s.draft[key];
      base[key] = s.base[key];
    }
  }
  return { changes, base };
}
