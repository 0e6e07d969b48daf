'use client';
import { usePathname, useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { LiveEvent, LiveHello, LiveView, PresenceEntry } from '@/lib/realtime/types';

export type LiveStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'revoked';
export type LiveListener = (event: LiveEvent) => void;

export interface LiveModel {
  modelId: string;
  status: LiveStatus;
  presence: PresenceEntry[];
  /** This tab's live connection (null until the server said hello). */
  connectionId: string | null;
  /** This tab's id for its own changes (sent with canvas saves to recognise the echo). */
  clientId: string;
  /** Latest event number seen. */
  seq: number;
  me: string;
  subscribe(listener: LiveListener): () => void;
  /** Called when the server says this tab is too far behind to replay: reload everything. */
  onReset(listener: () => void): () => void;
  setEditing(editing: { type: 'element' | 'boundary' | 'flow' | 'threat' | 'mitigation'; id: string } | null): void;
}

type LiveState = Pick<LiveModel, 'status' | 'presence' | 'connectionId' | 'seq'>;
type LiveApi = Omit<LiveModel, keyof LiveState>;

/**
 * The connection's state lives in a small store, not in the context value: the context stays the
 * same object for the page's life. The provider wraps pages that may still be streaming in and
 * hydrating when the first event arrives, and a context change reaching a boundary React has not
 * hydrated yet makes it drop the server HTML and render that part again on the client (for a
 * moment the page is there twice). Components read the state through useSyncExternalStore.
 */
class LiveStateStore {
  private listeners = new Set<() => void>();
  readonly initial: LiveState;
  private state: LiveState;
  constructor(initialSeq: number) {
    this.initial = { status: 'connecting', presence: [], connectionId: null, seq: initialSeq };
    this.state = this.initial;
  }
  get = (): LiveState => this.state;
  getInitial = (): LiveState => this.initial;
  set(patch: Partial<LiveState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const LiveContext = createContext<{ api: LiveApi; store: LiveStateStore } | null>(null);
const noSubscribe = () => () => undefined;
const noState = () => null;

/** The live model of the page, or null outside a model (components then work without live updates). */
export function useLive(): LiveModel | null {
  const ctx = useContext(LiveContext);
  const state = useSyncExternalStore(ctx?.store.subscribe ?? noSubscribe, ctx?.store.get ?? noState, ctx?.store.getInitial ?? noState);
  return useMemo(() => (ctx && state ? { ...ctx.api, ...state } : null), [ctx, state]);
}

/** Calls `listener` for every change of the model committed by anyone (including this tab's own echo). */
export function useLiveEvents(listener: LiveListener): void {
  const api = useContext(LiveContext)?.api;
  const ref = useRef(listener);
  useEffect(() => {
    ref.current = listener;
  });
  useEffect(() => api?.subscribe((e) => ref.current(e)), [api]);
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const viewOf = (pathname: string, base: string): LiveView => {
  const rest = pathname.slice(base.length).split('/')[1] ?? '';
  const known: Record<string, LiveView> = { canvas: 'canvas', threats: 'threats', mitigations: 'mitigations', dashboard: 'dashboard', report: 'report', bom: 'bom', workshop: 'workshop' };
  return known[rest] ?? 'overview';
};

/** Event types the canvas store applies itself; everything else refreshes the page's server data. */
const SELF_APPLIED = new Set(['canvas.ops']);

/**
 * One live connection per open model (kept across its tabs): Server-Sent Events from
 * /api/v1/models/:id/events. The browser reconnects by itself and resends the last event id, so
 * the server replays whatever was missed; if the server refuses (e.g. signed out) we retry with
 * backoff from the last event seen. Pages' server data is refreshed when others change things.
 */
export function LiveModelProvider({ modelId, base, initialSeq, me, children }: { modelId: string; base: string; initialSeq: number; me: string; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const view = viewOf(pathname, base);
  const [store] = useState(() => new LiveStateStore(initialSeq));
  const [clientId] = useState(randomId);
  const listeners = useRef(new Set<LiveListener>());
  const resetListeners = useRef(new Set<() => void>());
  const seqRef = useRef(initialSeq);
  const viewRef = useRef(view);
  const connectionRef = useRef<string | null>(null);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const post = useCallback(
    (body: Record<string, unknown>) => {
      const connection = connectionRef.current;
      if (!connection) return;
      void fetch(`/api/v1/models/${encodeURIComponent(modelId)}/presence`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ connectionId: connection, ...body }),
      }).catch(() => undefined);
    },
    [modelId],
  );

  // What this tab is editing: components set it and clear it themselves (on close or unmount).
  const editingRef = useRef<Parameters<LiveModel['setEditing']>[0]>(null);

  // Server data is re-rendered at most about once a second per tab (a busy workshop produces
  // many changes), and not at all while the tab is hidden: it catches up when shown again.
  const lastRefresh = useRef(0);
  const missedWhileHidden = useRef(false);
  const refreshSoon = useCallback(() => {
    if (document.visibilityState === 'hidden') {
      missedWhileHidden.current = true;
      return;
    }
    if (refreshTimer.current) return;
    const wait = Math.max(250, lastRefresh.current + 1_000 - Date.now());
    refreshTimer.current = setTimeout(() => {
      refreshTimer.current = null;
      lastRefresh.current = Date.now();
      router.refresh();
    }, wait);
  }, [router]);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible' && missedWhileHidden.current) {
        missedWhileHidden.current = false;
        refreshSoon();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refreshSoon]);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let attempts = 0;
    let stopped = false;
    const connect = () => {
      const url = `/api/v1/models/${encodeURIComponent(modelId)}/events?since=${seqRef.current}&view=${viewRef.current}`;
      source = new EventSource(url);
      source.addEventListener('hello', (m) => {
        const hello = JSON.parse((m as MessageEvent<string>).data) as LiveHello;
        connectionRef.current = hello.connectionId;
        store.set({ connectionId: hello.connectionId, status: 'live' });
        attempts = 0;
        // A new connection (also after a reconnect) is told what this tab shows and edits.
        post({ view: viewRef.current, editing: editingRef.current });
      });
      source.addEventListener('change', (m) => {
        const e = JSON.parse((m as MessageEvent<string>).data) as LiveEvent;
        if (e.seq <= seqRef.current) return;
        seqRef.current = e.seq;
        store.set({ seq: e.seq });
        for (const l of listeners.current) l(e);
        if (!SELF_APPLIED.has(e.type)) refreshSoon();
      });
      source.addEventListener('presence', (m) => store.set({ presence: JSON.parse((m as MessageEvent<string>).data) as PresenceEntry[] }));
      source.addEventListener('reset', (m) => {
        const { seq: latest } = JSON.parse((m as MessageEvent<string>).data) as { seq: number };
        seqRef.current = latest;
        store.set({ seq: latest });
        for (const l of resetListeners.current) l();
        router.refresh();
      });
      source.addEventListener('revoked', () => {
        stopped = true;
        source?.close();
        store.set({ status: 'revoked' });
      });
      source.onerror = () => {
        if (stopped) return;
        connectionRef.current = null;
        store.set({ connectionId: null });
        if (source?.readyState === EventSource.CONNECTING) {
          store.set({ status: navigator.onLine ? 'reconnecting' : 'offline' });
          return;
        }
        // Closed for good (an HTTP error): reconnect ourselves, resuming from the last event.
        source?.close();
        store.set({ status: navigator.onLine ? 'reconnecting' : 'offline' });
        attempts++;
        retry = setTimeout(connect, Math.min(30_000, 1_000 * 2 ** Math.min(attempts, 5)));
      };
    };
    connect();
    const online = () => {
      if (source?.readyState === EventSource.CLOSED && !stopped) {
        if (retry) clearTimeout(retry);
        connect();
      }
    };
    window.addEventListener('online', online);
    return () => {
      stopped = true;
      window.removeEventListener('online', online);
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [modelId, refreshSoon, router, store, post]);

  useEffect(() => {
    viewRef.current = view;
    post({ view });
  }, [view, post]);

  // Stable: the value object changes with every event and presence update, and consumers that
  // publish what they edit from an effect must not see a new function (and clear, re-send) each time.
  const setEditing = useCallback<LiveModel['setEditing']>(
    (editing) => {
      editingRef.current = editing;
      post({ editing });
    },
    [post],
  );

  const subscribe = useCallback((listener: LiveListener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const onReset = useCallback((listener: () => void) => {
    resetListeners.current.add(listener);
    return () => {
      resetListeners.current.delete(listener);
    };
  }, []);
  const value = useMemo(() => ({ api: { modelId, clientId, me, subscribe, onReset, setEditing }, store }), [modelId, clientId, me, subscribe, onReset, setEditing, store]);
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}
