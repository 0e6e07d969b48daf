import type { Op } from './op-schema';
import type { Graph } from './types';

// Field-level bookkeeping for concurrent canvas edits. A change touches "fields" of entities:
// `<id>:<field>` where field is name, description, kind, label, position, size, parent,
// prop.<key>, or $exists (added or removed). Two edits conflict when they touch the same field of
// the same entity, or one of them adds/removes the entity the other touches. Ids are unique across
// elements, boundaries and flows, so the id alone names the entity.

export type FieldKey = string;
export const EXISTS = '$exists';

export function fieldKey(id: string, field: string): FieldKey {
  return `${id}:${field}`;
}

export function splitKey(key: FieldKey): { id: string; field: string } {
  const at = key.indexOf(':');
  return { id: key.slice(0, at), field: key.slice(at + 1) };
}

function props(id: string, p: Record<string, unknown> | undefined, out: Set<FieldKey>) {
  for (const k of Object.keys(p ?? {})) out.add(fieldKey(id, `prop.${k}`));
}

/** The fields a list of ops writes (not counting cascades: pass the inverse ops too for those). */
export function opFields(ops: readonly Op[], out = new Set<FieldKey>()): Set<FieldKey> {
  for (const op of ops) {
    switch (op.type) {
      case 'element.add':
        out.add(fieldKey(op.element.id, EXISTS));
        break;
      case 'boundary.add':
        out.add(fieldKey(op.boundary.id, EXISTS));
        break;
      case 'flow.add':
        out.add(fieldKey(op.flow.id, EXISTS));
        break;
      case 'element.remove':
      case 'boundary.remove':
      case 'flow.remove':
        out.add(fieldKey(op.id, EXISTS));
        break;
      case 'element.update':
      case 'boundary.update':
      case 'flow.update': {
        const c = op.changes as Record<string, unknown> & { properties?: Record<string, unknown> };
        for (const f of ['name', 'description', 'kind', 'label']) if (c[f] !== undefined) out.add(fieldKey(op.id, f));
        props(op.id, c.properties, out);
        break;
      }
      case 'element.move':
      case 'boundary.move':
        out.add(fieldKey(op.id, 'position'));
        break;
      case 'boundary.resize':
        out.add(fieldKey(op.id, 'position'));
        out.add(fieldKey(op.id, 'size'));
        break;
      case 'element.reparent':
      case 'boundary.reparent':
        out.add(fieldKey(op.id, 'parent'));
        out.add(fieldKey(op.id, 'position'));
        break;
    }
  }
  return out;
}

/** Fields written by ops and by what they cascade to (the inverse names every entity affected). */
export function changeFields(ops: readonly Op[], inverse: readonly Op[]): FieldKey[] {
  return [...opFields(inverse, opFields(ops))].sort();
}

/** Whether two field keys collide (same field, or either is the entity's existence). */
export function collides(a: FieldKey, b: FieldKey): boolean {
  if (a === b) return true;
  const x = splitKey(a);
  const y = splitKey(b);
  return x.id === y.id && (x.field === EXISTS || y.field === EXISTS);
}

export type EntityType = 'element' | 'boundary' | 'flow';

export function entityOf(g: Graph, id: string): { type: EntityType; name: string } | null {
  const e = g.elements[id];
  if (e) return { type: 'element', name: e.name || 'Unnamed element' };
  const b = g.boundaries[id];
  if (b) return { type: 'boundary', name: b.name || 'Unnamed boundary' };
  const f = g.flows[id];
  if (f) return { type: 'flow', name: f.label || `${g.elements[f.sourceId]?.name ?? '?'} → ${g.elements[f.targetId]?.name ?? '?'}` };
  return null;
}

/** The value of one field in a graph (null when the entity or property is absent). */
export function fieldValue(g: Graph, key: FieldKey): unknown {
  const { id, field } = splitKey(key);
  const entity: Record<string, unknown> | undefined = (g.elements[id] ?? g.boundaries[id] ?? g.flows[id]) as unknown as Record<string, unknown> | undefined;
  if (!entity) return null;
  if (field === EXISTS) return true;
  if (field === 'position') return { x: entity.x, y: entity.y };
  if (field === 'size') return { width: entity.width, height: entity.height };
  if (field === 'parent') return (entity.boundaryId ?? entity.parentId ?? null) as unknown;
  if (field.startsWith('prop.')) return (entity.properties as Record<string, unknown>)[field.slice(5)] ?? null;
  return entity[field] ?? null;
}

export function fieldLabel(field: string): string {
  if (field === EXISTS) return 'existence';
  if (field.startsWith('prop.')) return field.slice(5);
  return field;
}

/** Text fields can be merged by hand in the conflict dialog. */
export function isTextField(field: string): boolean {
  return field === 'name' || field === 'description' || field === 'label';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
export { same as sameValue };

/**
 * Removes the given fields from a batch of ops ("keep theirs"): field updates lose those keys,
 * moves/resizes/reparents/adds/removes touching them are dropped.
 */
export function withoutFields(ops: readonly Op[], drop: ReadonlySet<FieldKey>): Op[] {
  const out: Op[] = [];
  const hits = (keys: Set<FieldKey>) => [...keys].some((k) => [...drop].some((d) => collides(k, d)));
  for (const op of ops) {
    if (op.type === 'element.update' || op.type === 'boundary.update' || op.type === 'flow.update') {
      const changes: Record<string, unknown> = { ...op.changes };
      for (const f of ['name', 'description', 'kind', 'label']) if (drop.has(fieldKey(op.id, f)) || drop.has(fieldKey(op.id, EXISTS))) delete changes[f];
      if (op.changes.properties) {
        const p: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(op.changes.properties)) if (!drop.has(fieldKey(op.id, `prop.${k}`)) && !drop.has(fieldKey(op.id, EXISTS))) p[k] = v;
        if (Object.keys(p).length) changes.properties = p;
        else delete changes.properties;
      }
      if (Object.keys(changes).length) out.push({ ...op, changes } as Op);
      continue;
    }
    if (!hits(opFields([op]))) out.push(op);
  }
  return out;
}

/** Replaces the value a batch writes to one text field (a hand merge). */
export function withFieldValue(ops: readonly Op[], key: FieldKey, value: string): Op[] {
  const { id, field } = splitKey(key);
  return ops.map((op) => {
    if ((op.type === 'element.update' || op.type === 'boundary.update' || op.type === 'flow.update') && op.id === id && (op.changes as Record<string, unknown>)[field] !== undefined) {
      return { ...op, changes: { ...op.changes, [field]: value } } as Op;
    }
    return op;
  });
}

/** One field two people changed at once, as the server reports it (409) and the dialog shows it. */
export interface FieldConflict {
  key: FieldKey;
  entityId: string;
  entityType: EntityType | null;
  entityName: string;
  field: string;
  /** Current value on the server (null: the entity was deleted). */
  theirs: unknown;
  /** What this batch would write (null: the batch deletes the entity). */
  mine: unknown;
  by: { id: string; name: string } | null;
  at: string;
}
