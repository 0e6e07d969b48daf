import { describe, expect, it } from 'vitest';
import type { FieldConflict } from '@/lib/graph/fields';
import { emptyGraph, type Graph } from '@/lib/graph/types';
import { conflictSubject, formatCanvasValue, toCanvasChoices, toConflictItems } from './canvas-conflicts';

const graph: Graph = {
  ...emptyGraph(),
  elements: { A: { id: 'A', kind: 'data-store', name: 'Feature store', description: '', boundaryId: 'B', x: 10, y: 20, properties: {} } },
  boundaries: { B: { id: 'B', kind: 'cloud-account', name: 'Prod account', parentId: null, x: 0, y: 0, width: 400, height: 300, properties: {} } },
};

const base = { entityId: 'A', entityType: 'element' as const, entityName: 'Feature store', by: { id: 'u1', name: 'Ana' }, at: '2026-11-27T04:00:00.000Z' };
const name: FieldConflict = { ...base, key: 'A:name', field: 'name', theirs: 'Feature store', mine: 'Features' };
const position: FieldConflict = { ...base, key: 'A:position', field: 'position', theirs: { x: 10.4, y: 20.6 }, mine: { x: 200, y: 80 } };
const prop: FieldConflict = { ...base, key: 'A:prop.encryptionAtRest', field: 'prop.encryptionAtRest', theirs: 'yes', mine: 'no' };
const theyDeleted: FieldConflict = { ...base, key: 'C:description', entityId: 'C', entityName: 'Old cache', field: 'description', theirs: null, mine: 'Warm cache' };
const iDeleted: FieldConflict = { ...base, key: 'D:$exists', entityId: 'D', entityName: 'Scratch bucket', field: '$exists', theirs: true, mine: null, by: null };

describe('canvas conflicts in the shared dialog', () => {
  it('labels each field with its entity and merges only text both sides still have', () => {
    const items = toConflictItems([name, position, prop, theyDeleted, iDeleted], [graph]);
    expect(items.map((i) => i.label)).toEqual([
      'Name of “Feature store”',
      'Position of “Feature store”',
      'Encrypted at rest of “Feature store”',
      'Description of “Old cache”',
      'Element “Scratch bucket”',
    ]);
    expect(items.map((i) => i.mergeable)).toEqual([true, false, false, false, false]);
    expect(items[0]).toEqual({ key: 'A:name', label: 'Name of “Feature store”', theirs: 'Feature store', mine: 'Features', by: base.by, at: base.at, mergeable: true });
  });

  it('marks deletions and explains them', () => {
    const [gone, mineGone] = toConflictItems([theyDeleted, iDeleted]);
    expect(gone).toMatchObject({ deleted: 'theirs', note: 'Ana deleted “Old cache”; your change to its description cannot be applied.' });
    expect(mineGone).toMatchObject({ deleted: 'mine', note: 'You deleted “Scratch bucket”, which someone changed meanwhile.' });
  });

  it('shows values as the canvas does', () => {
    const all = [name, position, prop, iDeleted];
    expect(formatCanvasValue('A:position', position.theirs, all, [graph])).toBe('at 10, 21');
    expect(formatCanvasValue('A:prop.encryptionAtRest', 'no', all, [graph])).toBe('No');
    expect(formatCanvasValue('A:prop.encryptionAtRest', null, all, [graph])).toBe('Unknown');
    expect(formatCanvasValue('A:name', '', all, [graph])).toBe('(empty)');
    expect(formatCanvasValue('A:parent', 'B', all, [graph])).toBe('In “Prod account”');
    expect(formatCanvasValue('A:parent', null, all, [graph])).toBe('Not in a boundary');
    expect(formatCanvasValue('A:kind', 'data-store', all, [graph])).toBe('Data store');
    expect(formatCanvasValue('B:size', { width: 400.2, height: 299.9 }, all, [graph])).toBe('400 × 300');
    expect(formatCanvasValue('D:$exists', true, all)).toBe('Kept, with their changes');
  });

  it('names the one entity all conflicts are about', () => {
    expect(conflictSubject([name, position])).toBe('Feature store');
    expect(conflictSubject([name, theyDeleted])).toBeUndefined();
  });

  it('turns the dialog choices into the canvas store’s', () => {
    expect(toCanvasChoices({ 'A:name': { choice: 'merge', text: 'Feature store v2' }, 'A:position': { choice: 'mine' }, 'C:description': { choice: 'theirs' } })).toEqual({
      'A:name': { keep: 'merged', value: 'Feature store v2' },
      'A:position': { keep: 'mine' },
      'C:description': { keep: 'theirs' },
    });
  });
});
