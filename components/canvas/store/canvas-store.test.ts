import { describe, expect, it } from 'vitest';
import { emptyGraph } from '@/lib/graph/types';
import { createCanvasStore, saveStatus, selectedIds } from './canvas-store';
import { HISTORY_LIMIT } from './history';
import { addElement, sampleGraph } from './test-fixtures';

const make = (graph = sampleGraph(), readOnly = false) => createCanvasStore({ modelId: 'm1', revision: 3, graph, readOnly });

describe('canvas store: undo and redo', () => {
  it('keeps at least 50 (up to 100) steps and undoes them in reverse order', () => {
    const store = make(emptyGraph());
    for (let i = 0; i < 120; i++) store.getState().apply([addElement(`n${i}`, i * 10, 0)]);
    expect(store.getState().history.undo).toHaveLength(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(50);
    for (let i = 0; i < 60; i++) store.getState().undo();
    const ids = Object.keys(store.getState().graph.elements);
    expect(ids).toHaveLength(60);
    expect(ids).toContain('n59');
    expect(ids).not.toContain('n60');
    for (let i = 0; i < 60; i++) store.getState().redo();
    expect(Object.keys(store.getState().graph.elements)).toHaveLength(120);
  });

  it('a new edit clears redo', () => {
    const store = make();
    store.getState().apply([{ type: 'element.update', id: 'A', changes: { name: 'Lake' } }]);
    store.getState().undo();
    expect(store.getState().history.redo).toHaveLength(1);
    store.getState().apply([{ type: 'element.move', id: 'A', x: 16, y: 16 }]);
    expect(store.getState().history.redo).toHaveLength(0);
    expect(store.getState().graph.elements.A!.name).toBe('A');
  });

  it('undo of a remove restores the element and its flows; redo removes them again', () => {
    const store = make();
    store.getState().setSelection(['C']);
    store.getState().removeSelection();
    expect(store.getState().graph.elements.C).toBeUndefined();
    expect(Object.keys(store.getState().graph.flows)).toHaveLength(0);
    store.getState().undo();
    expect(store.getState().graph).toEqual(sampleGraph());
    store.getState().redo();
    expect(store.getState().graph.flows.F1).toBeUndefined();
  });

  it('a finished drag of several nodes is one move batch and one undo step', () => {
    const store = make();
    const s = () => store.getState();
    s().onNodesChange([
      { type: 'position', id: 'A', position: { x: 8, y: 8 }, dragging: true },
      { type: 'position', id: 'B', position: { x: 410, y: 110 }, dragging: true },
    ]);
    s().onNodesChange([
      { type: 'position', id: 'A', position: { x: 32, y: 48 }, dragging: true },
      { type: 'position', id: 'B', position: { x: 432, y: 128 }, dragging: true },
    ]);
    // Intermediate positions are ephemeral: nothing recorded yet.
    expect(s().history.undo).toHaveLength(0);
    expect(s().graph.elements.A).toMatchObject({ x: 0, y: 0 });
    s().onNodesChange([
      { type: 'position', id: 'A', position: { x: 32, y: 48 }, dragging: false },
      { type: 'position', id: 'B', position: { x: 432, y: 128 }, dragging: false },
    ]);
    s().finishDrag(['A', 'B']); // onNodeDragStop after the final change adds nothing
    expect(s().history.undo).toHaveLength(1);
    expect(s().pending).toEqual([
      { type: 'boundary.move', id: 'B', x: 432, y: 128 },
      { type: 'element.move', id: 'A', x: 32, y: 48 },
    ]);
    s().undo();
    expect(s().graph).toEqual(sampleGraph());
    expect(s().nodes.find((n) => n.id === 'A')!.position).toEqual({ x: 0, y: 0 });
  });

  it('undo and redo become ops to save, and viewers cannot edit', () => {
    const store = make();
    store.getState().apply([{ type: 'element.move', id: 'A', x: 16, y: 0 }]);
    store.getState().undo();
    expect(store.getState().pending).toEqual([
      { type: 'element.move', id: 'A', x: 16, y: 0 },
      { type: 'element.move', id: 'A', x: 0, y: 0 },
    ]);
    const viewer = make(sampleGraph(), true);
    expect(viewer.getState().apply([{ type: 'element.move', id: 'A', x: 16, y: 0 }])).toBe(false);
    expect(viewer.getState().beginSave()).toBeNull();
  });
});

describe('canvas store: selection, copy, paste, duplicate', () => {
  it('paste adds fresh copies offset from the originals, with their flows, and selects them', () => {
    const store = make();
    store.getState().setSelection(['A', 'C', 'F1']);
    store.getState().copy();
    store.getState().paste();
    const g = store.getState().graph;
    expect(Object.keys(g.elements)).toHaveLength(5);
    const sel = selectedIds(store.getState());
    expect(sel).toHaveLength(3); // two elements + the flow between them
    const copies = sel.filter((id) => g.elements[id]).map((id) => g.elements[id]!);
    expect(copies.find((e) => e.boundaryId === 'B')).toMatchObject({ x: 64, y: 96 });
    expect(copies.find((e) => e.boundaryId === null)).toMatchObject({ x: 32, y: 32 });
    store.getState().paste(); // each paste steps further
    expect(Object.values(store.getState().graph.elements).some((e) => e.x === 64 && e.y === 64 && e.boundaryId === null)).toBe(true);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().graph).toEqual(sampleGraph());
  });

  it('duplicate is one undo step', () => {
    const store = make();
    store.getState().setSelection(['B']);
    store.getState().duplicate();
    expect(Object.keys(store.getState().graph.boundaries)).toHaveLength(4);
    expect(store.getState().history.undo).toHaveLength(1);
  });
});

describe('canvas store: saving and conflicts', () => {
  it('one save at a time; ops made during a save wait for the next', () => {
    const store = make();
    const s = () => store.getState();
    s().apply([{ type: 'element.move', id: 'A', x: 16, y: 0 }]);
    expect(saveStatus(s())).toBe('unsaved');
    const batch = s().beginSave()!;
    expect(batch).toEqual({ baseRevision: 3, ops: [{ type: 'element.move', id: 'A', x: 16, y: 0 }] });
    expect(saveStatus(s())).toBe('saving');
    s().apply([{ type: 'element.move', id: 'A', x: 32, y: 0 }]);
    expect(s().beginSave()).toBeNull();
    s().saveSucceeded(4);
    expect(s().revision).toBe(4);
    expect(s().beginSave()!.ops).toEqual([{ type: 'element.move', id: 'A', x: 32, y: 0 }]);
    s().saveSucceeded(5);
    expect(saveStatus(s())).toBe('saved');
  });

  it('a failed save keeps every op, in order, in front of newer ones', () => {
    const store = make();
    const s = () => store.getState();
    s().apply([{ type: 'element.move', id: 'A', x: 16, y: 0 }]);
    s().beginSave();
    s().apply([{ type: 'element.move', id: 'A', x: 32, y: 0 }]);
    s().saveFailed({ kind: 'network', message: 'offline' });
    expect(saveStatus(s())).toBe('error');
    expect(s().pending.map((o) => (o.type === 'element.move' ? o.x : null))).toEqual([16, 32]);
  });

  it('rebase reapplies pending ops on the server graph and reports the skipped ones', () => {
    const store = make();
    const s = () => store.getState();
    s().apply([{ type: 'element.update', id: 'A', changes: { name: 'Raw data' } }]);
    s().apply([{ type: 'element.move', id: 'C', x: 64, y: 64 }]);
    s().apply([addElement('N', 800, 800)]);
    s().beginSave();
    s().saveFailed({ kind: 'conflict', message: 'conflict' });
    expect(s().beginSave()).toBeNull(); // nothing is sent until the user decides
    // Meanwhile someone else deleted C and renamed the boundary.
    const server = sampleGraph();
    delete server.elements.C;
    delete server.flows.F1;
    delete server.flows.F2;
    server.boundaries.B!.name = 'Prod VPC';
    const result = s().rebase({ revision: 7, graph: server });
    expect(result).toEqual({ applied: 2, skipped: 1 });
    expect(s().revision).toBe(7);
    expect(s().graph.elements.A!.name).toBe('Raw data');
    expect(s().graph.elements.N).toBeDefined();
    expect(s().graph.boundaries.B!.name).toBe('Prod VPC');
    expect(s().pending).toHaveLength(2);
    expect(s().history.undo).toHaveLength(0); // never undo across remote changes
    expect(s().beginSave()!.baseRevision).toBe(7);
  });

  it('discard takes the server graph and drops pending ops', () => {
    const store = make();
    store.getState().apply([addElement('N')]);
    store.getState().discard({ revision: 9, graph: sampleGraph() });
    expect(store.getState().graph).toEqual(sampleGraph());
    expect(store.getState().pending).toEqual([]);
    expect(saveStatus(store.getState())).toBe('saved');
  });
});

describe('canvas store: live changes by others', () => {
  const live = () => createCanvasStore({ modelId: 'm1', revision: 3, graph: sampleGraph(), readOnly: false, clientId: 'me' });

  it("folds others' changes in under unsaved local edits and advances the revision in order", () => {
    const store = live();
    const s = () => store.getState();
    s().apply([{ type: 'element.update', id: 'A', changes: { name: 'Mine' } }]);
    s().applyRemote({ graphRevision: 4, clientId: 'other', ops: [{ type: 'element.update', id: 'A', changes: { description: 'Theirs' } }], keys: ['A:description'], by: 'Ana' });
    expect(s().graph.elements.A).toMatchObject({ name: 'Mine', description: 'Theirs' });
    expect(s().confirmed.elements.A).toMatchObject({ name: 'A', description: 'Theirs' });
    expect(s().revision).toBe(4);
    expect(s().pending).toHaveLength(1);
    expect(s().lastRemote?.by).toBe('Ana');
    // Replayed or duplicate deliveries change nothing.
    s().applyRemote({ graphRevision: 4, clientId: 'other', ops: [{ type: 'element.update', id: 'A', changes: { description: 'again' } }], keys: ['A:description'], by: 'Ana' });
    expect(s().graph.elements.A!.description).toBe('Theirs');
  });

  it('counts its own echo and answered saves as seen, whatever order they come in', () => {
    const store = live();
    const s = () => store.getState();
    s().apply([{ type: 'element.move', id: 'A', x: 10, y: 10 }]);
    const batch = s().beginSave()!;
    expect(batch).toMatchObject({ baseRevision: 3, clientId: 'me' });
    // Someone else's revision 4 arrives, then our echo (5), then the answer to our save (5).
    s().applyRemote({ graphRevision: 4, clientId: 'other', ops: [{ type: 'element.move', id: 'C', x: 1, y: 1 }], keys: ['C:position'], by: 'Ana' });
    s().applyRemote({ graphRevision: 5, clientId: 'me', ops: batch.ops, keys: ['A:position'], by: 'Me' });
    expect(s().revision).toBe(5);
    s().saveSucceeded(5);
    expect(s().revision).toBe(5);
    expect(s().confirmed.elements.A).toMatchObject({ x: 10, y: 10 });
    expect(s().confirmed.elements.C).toMatchObject({ x: 1, y: 1 });
    // An answer that overtakes a change in flight waits for it before the revision moves.
    s().apply([{ type: 'element.move', id: 'A', x: 20, y: 20 }]);
    s().beginSave();
    s().saveSucceeded(7);
    expect(s().revision).toBe(5);
    s().applyRemote({ graphRevision: 6, clientId: 'other', ops: [{ type: 'element.move', id: 'E', x: 2, y: 2 }], keys: ['E:position'], by: 'Ana' });
    expect(s().revision).toBe(7);
    expect(s().seen).toEqual([]);
  });

  it("drops undo steps that would write over others' changes", () => {
    const store = live();
    const s = () => store.getState();
    s().apply([{ type: 'element.update', id: 'A', changes: { name: 'Mine' } }]);
    s().apply([{ type: 'element.move', id: 'C', x: 5, y: 5 }]);
    s().applyRemote({ graphRevision: 4, clientId: 'other', ops: [{ type: 'element.update', id: 'A', changes: { name: 'Theirs' } }], keys: ['A:name'], by: 'Ana' });
    expect(s().history.undo).toHaveLength(1);
    expect(s().history.undo[0]!.ops[0]).toMatchObject({ type: 'element.move', id: 'C' });
  });

  it('settles conflicts field by field: theirs drops my value, mine and merged are sent as settled', () => {
    const store = live();
    const s = () => store.getState();
    s().apply([{ type: 'element.update', id: 'A', changes: { name: 'Mine', description: 'My words' } }]);
    s().apply([{ type: 'element.move', id: 'C', x: 9, y: 9 }]);
    s().beginSave();
    s().saveFailed({
      kind: 'conflict',
      message: 'Ana changed 3 things',
      currentRevision: 6,
      conflicts: [
        { key: 'A:name', entityId: 'A', entityType: 'element', entityName: 'A', field: 'name', theirs: 'Theirs', mine: 'Mine', by: { id: 'u', name: 'Ana' }, at: '' },
        { key: 'A:description', entityId: 'A', entityType: 'element', entityName: 'A', field: 'description', theirs: 'Their words', mine: 'My words', by: { id: 'u', name: 'Ana' }, at: '' },
        { key: 'C:position', entityId: 'C', entityType: 'element', entityName: 'C', field: 'position', theirs: { x: 1, y: 1 }, mine: { x: 9, y: 9 }, by: { id: 'u', name: 'Ana' }, at: '' },
      ],
    });
    expect(s().beginSave()).toBeNull();
    s().resolveConflicts({ 'A:name': { keep: 'theirs' }, 'A:description': { keep: 'merged', value: 'Their words. My words' }, 'C:position': { keep: 'mine' } });
    expect(s().saveError).toBeNull();
    const batch = s().beginSave()!;
    expect(batch.ops).toEqual([
      { type: 'element.update', id: 'A', changes: { description: 'Their words. My words' } },
      { type: 'element.move', id: 'C', x: 9, y: 9 },
    ]);
    expect(batch.resolved).toEqual({ upTo: 6, keys: ['A:description', 'C:position'] });
    s().saveSucceeded(7);
    expect(s().resolved).toBeNull();
  });

  it('asks before an unsaved edit would overwrite a change that just arrived for the same field', () => {
    const store = live();
    const s = () => store.getState();
    s().apply([{ type: 'element.update', id: 'A', changes: { name: 'Mine' } }]);
    s().applyRemote({ graphRevision: 4, clientId: 'other', ops: [{ type: 'element.update', id: 'A', changes: { name: 'Theirs' } }], keys: ['A:name'], by: 'Ana' });
    expect(saveStatus(s())).toBe('conflict');
    expect(s().saveError?.conflicts).toEqual([expect.objectContaining({ key: 'A:name', theirs: 'Theirs', mine: 'Mine', by: expect.objectContaining({ name: 'Ana' }) })]);
    expect(s().beginSave()).toBeNull();
    expect(s().graph.elements.A!.name).toBe('Mine'); // nothing of mine is lost meanwhile
    s().resolveConflicts({ 'A:name': { keep: 'theirs' } });
    expect(s().graph.elements.A!.name).toBe('Theirs');
    expect(s().pending).toEqual([]);
  });
});
