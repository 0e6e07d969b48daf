import type { ModelDocument } from '../exchange/model-document';

// What changed in a model between two of its documents (e.g. a snapshot and now): elements,
// flows, boundaries, threats and mitigations added, changed (which fields, with before/after for
// short values) and removed. Layout (positions and sizes) and histories are not changes of
// substance and are ignored; a history grows with every change it records anyway.

export const diffCollections = ['elements', 'flows', 'boundaries', 'threats', 'mitigations'] as const;
export type DiffCollection = (typeof diffCollections)[number];

export const diffCollectionLabels: Record<DiffCollection, string> = {
  elements: 'Elements',
  flows: 'Flows',
  boundaries: 'Boundaries',
  threats: 'Threats',
  mitigations: 'Mitigations',
};

export type DiffValue = string | number | boolean | null;

export interface FieldChange {
  /** e.g. likelihood, name, properties.exposure */
  field: string;
  /** Present for short scalar values (numbers, flags, strings up to 120 characters). */
  before?: DiffValue;
  after?: DiffValue;
}

export interface DiffEntry {
  id: string;
  name: string;
}

export interface ChangedEntry extends DiffEntry {
  fields: FieldChange[];
}

export interface CollectionDiff {
  added: DiffEntry[];
  changed: ChangedEntry[];
  removed: DiffEntry[];
}

export type ModelDiff = Record<DiffCollection, CollectionDiff>;

type Doc = Pick<ModelDocument, 'graph' | 'threats' | 'mitigations'>;

const SHORT = 120;

/** Fields compared per collection; properties are compared key by key. */
const compared: Record<DiffCollection, readonly string[]> = {
  elements: ['name', 'kind', 'description', 'boundaryId', 'properties'],
  flows: ['label', 'sourceId', 'targetId', 'properties'],
  boundaries: ['name', 'kind', 'parentId', 'properties'],
  threats: ['title', 'description', 'category', 'stride', 'references', 'likelihood', 'impact', 'status', 'owner', 'rationale', 'target', 'triggerRetired', 'catalogueId', 'ruleId', 'source'],
  mitigations: ['title', 'description', 'controlType', 'status', 'rejectionReason', 'owner', 'dueDate', 'ticketUrl', 'evidence', 'evidenceLinks', 'links', 'catalogueId'],
};

/** Canonical JSON (object keys sorted) so equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

function shown(value: unknown): DiffValue | undefined {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string' && value.length <= SHORT) return value;
  return undefined;
}

function change(field: string, before: unknown, after: unknown): FieldChange {
  const out: FieldChange = { field };
  const b = shown(before);
  const a = shown(after);
  // Values only when both sides are short: a long text's change is a field name, not a wall of text.
  if (b !== undefined && a !== undefined) {
    out.before = b;
    out.after = a;
  }
  return out;
}

function fieldChanges(fields: readonly string[], before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of fields) {
    if (field === 'properties') {
      const b = (before.properties ?? {}) as Record<string, unknown>;
      const a = (after.properties ?? {}) as Record<string, unknown>;
      for (const key of [...new Set([...Object.keys(b), ...Object.keys(a)])].sort()) {
        if (canonical(b[key] ?? null) !== canonical(a[key] ?? null)) out.push(change(`properties.${key}`, b[key] ?? null, a[key] ?? null));
      }
    } else if (canonical(before[field]) !== canonical(after[field])) {
      out.push(change(field, before[field] ?? null, after[field] ?? null));
    }
  }
  return out;
}

function diffById<T extends { id: string }>(fields: readonly string[], before: readonly T[], after: readonly T[], name: (t: T, side: 'before' | 'after') => string): CollectionDiff {
  const old = new Map(before.map((t) => [t.id, t]));
  const now = new Map(after.map((t) => [t.id, t]));
  const added: DiffEntry[] = [];
  const changed: ChangedEntry[] = [];
  const removed: DiffEntry[] = [];
  for (const t of after) {
    const prev = old.get(t.id);
    if (!prev) added.push({ id: t.id, name: name(t, 'after') });
    else {
      const changes = fieldChanges(fields, prev as unknown as Record<string, unknown>, t as unknown as Record<string, unknown>);
      if (changes.length) changed.push({ id: t.id, name: name(t, 'after'), fields: changes });
    }
  }
  for (const t of before) if (!now.has(t.id)) removed.push({ id: t.id, name: name(t, 'before') });
  const byName = (a: DiffEntry, b: DiffEntry) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1);
  return { added: added.sort(byName), changed: changed.sort(byName), removed: removed.sort(byName) };
}

/** The changes from `before` to `after`; with no `before` (no earlier snapshot) everything is added. */
export function diffDocuments(before: Doc | null, after: Doc): ModelDiff {
  const prev: Doc = before ?? { graph: { elements: [], flows: [], boundaries: [] }, threats: [], mitigations: [] };
  const elementName = (id: string, side: 'before' | 'after') =>
    (side === 'after' ? after : prev).graph.elements.find((e) => e.id === id)?.name || 'Unnamed';
  return {
    elements: diffById(compared.elements, prev.graph.elements, after.graph.elements, (e) => e.name || 'Unnamed element'),
    flows: diffById(compared.flows, prev.graph.flows, after.graph.flows, (f, side) => f.label || `${elementName(f.sourceId, side)} → ${elementName(f.targetId, side)}`),
    boundaries: diffById(compared.boundaries, prev.graph.boundaries, after.graph.boundaries, (b) => b.name || 'Unnamed boundary'),
    threats: diffById(compared.threats, prev.threats, after.threats, (t) => t.title),
    mitigations: diffById(compared.mitigations, prev.mitigations, after.mitigations, (m) => m.title),
  };
}

export function diffSize(diff: ModelDiff): number {
  return diffCollections.reduce((n, c) => n + diff[c].added.length + diff[c].changed.length + diff[c].removed.length, 0);
}

export function emptyDiff(): ModelDiff {
  return Object.fromEntries(diffCollections.map((c) => [c, { added: [], changed: [], removed: [] }])) as unknown as ModelDiff;
}
