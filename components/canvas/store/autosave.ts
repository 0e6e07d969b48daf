import type { CanvasStore } from './canvas-store';
import type { SaveResult } from './save-client';
import type { FieldKey } from '@/lib/graph/fields';
import type { Op } from '@/lib/graph/op-schema';

export const DEBOUNCE_MS = 800;
const MAX_BACKOFF_MS = 30_000;
// Browsers refuse keepalive bodies above 64 KiB; bigger flushes go as ordinary requests.
const KEEPALIVE_LIMIT = 60_000;

type Send = (modelId: string, body: { baseRevision: number; ops: Op[]; clientId?: string; resolved?: { upTo: number; keys: FieldKey[] } }, options: { keepalive?: boolean }) => Promise<SaveResult>;

/**
 * Saves the store's pending ops: debounced after the last edit, one request at a time, retried
 * with exponential backoff on network errors, stopped on a conflict until the user decides.
 * Plain TypeScript so it can be tested with fake timers.
 */
export class Autosaver {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private lastEditAt = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly store: CanvasStore,
    private readonly send: Send,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.unsubscribe = this.store.subscribe((s, prev) => {
      if (s.edits === prev.edits) return;
      this.lastEditAt = this.now();
      // While a network error is being retried the backoff timer owns the next attempt; after a
      // conflict nothing is sent until the user chooses to reapply or discard.
      const kind = s.saveError?.kind;
      if (kind !== 'network' && kind !== 'conflict') this.schedule(DEBOUNCE_MS);
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.clear();
  }

  /** Saves now (blur, hidden tab, unload); `keepalive` lets the request outlive the page. */
  flush(options: { keepalive?: boolean } = {}): void {
    if (this.store.getState().saveError?.kind === 'conflict') return;
    this.clear();
    void this.run(options.keepalive ?? false);
  }

  /** The "retry" button: forget the backoff and try at once. */
  retry(): void {
    this.failures = 0;
    this.clear();
    void this.run(false);
  }

  private clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(delay: number): void {
    this.clear();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run(false);
    }, delay);
  }

  private async run(keepalive: boolean): Promise<void> {
    const state = this.store.getState();
    const batch = state.beginSave();
    if (!batch) return;
    const small = keepalive && JSON.stringify(batch).length < KEEPALIVE_LIMIT;
    let result: SaveResult;
    try {
      result = await this.send(state.modelId, batch, { keepalive: small });
    } catch {
      result = { ok: false, retryable: true, error: { kind: 'network', message: 'The save failed unexpectedly.' } };
    }
    const s = this.store.getState();
    if (result.ok) {
      this.failures = 0;
      s.saveSucceeded(result.revision);
      // Edits made during the save go out once they have settled for the debounce period.
      if (this.store.getState().pending.length) this.schedule(Math.max(0, this.lastEditAt + DEBOUNCE_MS - this.now()));
      return;
    }
    s.saveFailed(result.error);
    if (result.retryable) {
      this.failures += 1;
      this.schedule(Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (this.failures - 1)));
    }
  }
}
