import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosaver, DEBOUNCE_MS } from './autosave';
import { createCanvasStore } from './canvas-store';
import type { SaveResult } from './save-client';
import { sampleGraph } from './test-fixtures';

const move = (x: number) => ({ type: 'element.move' as const, id: 'A', x, y: 0 });

function setup(replies: (() => Promise<SaveResult>)[]) {
  const store = createCanvasStore({ modelId: 'm1', revision: 1, graph: sampleGraph(), readOnly: false });
  const send = vi.fn((_m: string, _b: unknown, _o: unknown) => replies.shift()!());
  const saver = new Autosaver(store, send);
  saver.start();
  return { store, send, saver };
}

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the debounce after the last edit, then sends everything in one request', async () => {
    const { store, send } = setup([async () => ({ ok: true, revision: 2 })]);
    store.getState().apply([move(16)]);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 100);
    store.getState().apply([move(32)]);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS - 100);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![1]).toEqual({ baseRevision: 1, ops: [move(16), move(32)] });
    expect(store.getState().revision).toBe(2);
    expect(store.getState().pending).toEqual([]);
  });

  it('retries network failures with backoff without losing ops', async () => {
    const { store, send } = setup([
      async () => ({ ok: false, retryable: true, error: { kind: 'network', message: 'offline' } }),
      async () => ({ ok: true, revision: 2 }),
    ]);
    store.getState().apply([move(16)]);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(store.getState().saveError?.kind).toBe('network');
    expect(store.getState().pending).toEqual([move(16)]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(store.getState().saveError).toBeNull();
    expect(store.getState().pending).toEqual([]);
  });

  it('stops on a conflict until the user rebases', async () => {
    const { store, send } = setup([
      async () => ({ ok: false, retryable: false, error: { kind: 'conflict', message: 'conflict' } }),
      async () => ({ ok: true, revision: 6 }),
    ]);
    store.getState().apply([move(16)]);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    store.getState().apply([move(32)]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    store.getState().rebase({ revision: 5, graph: sampleGraph() });
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![1]).toEqual({ baseRevision: 5, ops: [move(16), move(32)] });
  });
});
