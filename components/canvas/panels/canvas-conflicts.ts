import { inSentence, type ConflictItem } from '@/components/live/conflict-state';
import { boundaryKindDefs, isBoundaryKind } from '@/lib/domain/boundary-kinds';
import { elementKindDefs, isElementKind } from '@/lib/domain/element-kinds';
import type { ConflictChoice } from '@/lib/domain/field-merge';
import type { FieldDef } from '@/lib/domain/fields';
import { flowFields } from '@/lib/domain/flow';
import { EXISTS, isTextField, splitKey, type FieldConflict, type FieldKey } from '@/lib/graph/fields';
import type { Graph } from '@/lib/graph/types';
import type { ConflictChoice as CanvasChoice } from '../store/canvas-store';

// The canvas's field conflicts in the terms of the shared conflict dialog (components/live), and
// the user's choices back in the terms of the canvas store. `graphs` are where kinds, property
// labels and boundary names are looked up, newest first (the entity may be gone from one of them).

const fieldNames: Record<string, string> = { name: 'Name', description: 'Description', label: 'Label', kind: 'Kind', position: 'Position', size: 'Size', parent: 'Boundary' };
const typeNames = { element: 'Element', boundary: 'Boundary', flow: 'Flow' } as const;

function find(graphs: readonly Graph[], id: string) {
  for (const g of graphs) {
    if (g.elements[id]) return { type: 'element' as const, kind: g.elements[id].kind, name: g.elements[id].name };
    if (g.boundaries[id]) return { type: 'boundary' as const, kind: g.boundaries[id].kind, name: g.boundaries[id].name };
    if (g.flows[id]) return { type: 'flow' as const, kind: null, name: g.flows[id].label };
  }
  return null;
}

/** The inspector's definition of a property of an entity, when its kind is known. */
function propField(c: Pick<FieldConflict, 'entityId' | 'entityType'>, graphs: readonly Graph[], key: string): FieldDef | undefined {
  const entity = find(graphs, c.entityId);
  const type = entity?.type ?? c.entityType;
  const kind = entity?.kind;
  let fields: readonly FieldDef[] = [];
  if (type === 'flow') fields = flowFields;
  else if (type === 'element' && isElementKind(kind)) fields = elementKindDefs[kind].fields;
  else if (type === 'boundary' && isBoundaryKind(kind)) fields = boundaryKindDefs[kind].fields;
  return fields.find((f) => f.key === key);
}

/** "dataClassification" → "Data classification", for properties this build has no label for. */
function humanise(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fieldName(c: FieldConflict, graphs: readonly Graph[]): string {
  if (c.field.startsWith('prop.')) return propField(c, graphs, c.field.slice(5))?.label ?? humanise(c.field.slice(5));
  return fieldNames[c.field] ?? humanise(c.field);
}

/** "Name of “Feature store”", or "Element “Feature store”" for the entity itself. */
export function conflictLabel(c: FieldConflict, graphs: readonly Graph[] = []): string {
  if (c.field === EXISTS) return `${c.entityType ? typeNames[c.entityType] : 'Item'} “${c.entityName}”`;
  return `${fieldName(c, graphs)} of “${c.entityName}”`;
}

/** What clashed, for deletions (a changed field says it all with its label and both values). */
export function conflictNote(c: FieldConflict, graphs: readonly Graph[] = []): string | undefined {
  if (c.theirs === null) {
    const what = c.field === EXISTS ? 'your changes to it' : `your change to its ${inSentence(fieldName(c, graphs))}`;
    return `${c.by?.name ?? 'Someone'} deleted “${c.entityName}”; ${what} cannot be applied.`;
  }
  if (c.mine === null) return `You deleted “${c.entityName}”, which ${c.by?.name ?? 'someone'} changed meanwhile.`;
  return undefined;
}

export function toConflictItems(conflicts: readonly FieldConflict[], graphs: readonly Graph[] = []): ConflictItem[] {
  return conflicts.map((c) => {
    const deleted = c.theirs === null ? ('theirs' as const) : c.mine === null ? ('mine' as const) : undefined;
    const note = conflictNote(c, graphs);
    return {
      key: c.key,
      label: conflictLabel(c, graphs),
      theirs: c.theirs,
      mine: c.mine,
      by: c.by,
      at: c.at,
      mergeable: isTextField(c.field) && !deleted,
      ...(deleted ? { deleted } : {}),
      ...(note ? { note } : {}),
    };
  });
}

const round = (n: unknown) => Math.round(Number(n));

/** A field's value as the canvas shows it: "at 120, 80", a kind's name, a property's option label. */
export function formatCanvasValue(key: FieldKey, value: unknown, conflicts: readonly FieldConflict[], graphs: readonly Graph[] = []): string {
  const { id, field } = splitKey(key);
  const entity = { entityId: id, entityType: find(graphs, id)?.type ?? conflicts.find((x) => x.entityId === id)?.entityType ?? null };
  if (field === EXISTS) return value ? 'Kept, with their changes' : 'Deleted';
  if (field === 'position' && value && typeof value === 'object') {
    const p = value as { x: unknown; y: unknown };
    return `at ${round(p.x)}, ${round(p.y)}`;
  }
  if (field === 'size' && value && typeof value === 'object') {
    const s = value as { width: unknown; height: unknown };
    return `${round(s.width)} × ${round(s.height)}`;
  }
  if (field === 'parent') {
    if (value === null || value === undefined) return 'Not in a boundary';
    const name = find(graphs, String(value))?.name;
    return name ? `In “${name}”` : 'In a boundary';
  }
  if (field === 'kind' && typeof value === 'string') {
    const type = entity.entityType;
    if (type === 'element' && isElementKind(value)) return elementKindDefs[value].label;
    if (type === 'boundary' && isBoundaryKind(value)) return boundaryKindDefs[value].label;
    return value;
  }
  const def = field.startsWith('prop.') ? propField(entity, graphs, field.slice(5)) : undefined;
  if (def?.options) {
    const v = value ?? 'unknown';
    return def.options.find((o) => o.value === v)?.label ?? (value === null || value === undefined ? '(not set)' : String(value));
  }
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The dialog's subject: the one entity all conflicts are about, if they are. */
export function conflictSubject(conflicts: readonly FieldConflict[]): string | undefined {
  const ids = new Set(conflicts.map((c) => c.entityId));
  return ids.size === 1 ? conflicts[0]?.entityName : undefined;
}

/** The dialog's choices as the canvas store's resolveConflicts takes them. */
export function toCanvasChoices(choices: Readonly<Record<FieldKey, ConflictChoice>>): Record<FieldKey, CanvasChoice> {
  const out: Record<FieldKey, CanvasChoice> = {};
  for (const [key, c] of Object.entries(choices)) {
    out[key] = c.choice === 'merge' ? { keep: 'merged', value: c.text } : { keep: c.choice };
  }
  return out;
}
