// `npm run bench:workshop`: a live threat-modelling workshop under load. Starts a throw-away app
// (its own embedded PostgreSQL; by default a second Next.js instance on the same database, to
// cover cross-instance delivery), seeds N editors and a diagram with one element per participant
// plus shared ones, then drives N simulated participants through the public HTTP/SSE interface
// only: each signs in (next-auth credentials), loads the canvas, holds one Server-Sent Events
// stream of the model, and every 1–3 s saves a canvas batch (mostly its own element; sometimes its
// own field of a shared element, which must merge; rarely a shared name others edit too, a real
// conflict it settles by resubmitting with `resolved`). Reports delivery latency (save sent →
// each other participant's stream delivers it), errors, conflicts, lost updates (undelivered
// changes, gaps in a stream's sequence, final state ≠ last successful write) and throughput.
// Writes bench-results/workshop.json. Never fails on a missed target; exits 1 only if the harness
// itself fails.
// Env: PARTICIPANTS (50), DURATION_S (120), BENCH_INSTANCES (2), BENCH_PORT (3170; instance n
//      uses BENCH_PORT + n - 1), BENCH_SEED (1), BENCH_DRAIN_S (15), BENCH_DIAG=1 (also sample
//      pg_stat_activity every 100 ms and time /api/health on each instance every 250 ms, to see
//      where a slow save or delivery waits: row lock, connection pool or event loop).
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { startBenchApp, summary, writeResult, type BenchApp } from './lib/bench-app.ts';
import { sampleGroup, sampleMachine, sampleTree, type ProcSample } from './lib/proc-stats.ts';
import { SseClient, type SseFrame } from './lib/sse-client.ts';
import { seedWorkshop } from './lib/workshop-seed.ts';

const int = (name: string, fallback: number, min = 0) => {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer ≥ ${min} (got "${raw}").`);
  return n;
};
const PARTICIPANTS = int('PARTICIPANTS', 50, 2);
const DURATION_S = int('DURATION_S', 120, 1);
const INSTANCES = int('BENCH_INSTANCES', 2, 1);
const PORT = int('BENCH_PORT', 3170, 1);
const SEED = int('BENCH_SEED', 1);
const DRAIN_S = int('BENCH_DRAIN_S', 15, 1);
const DIAG = process.env.BENCH_DIAG === '1';
/** Fields of a shared element that belong to one participant each: they must merge, never conflict. */
const SLOTS = ['description', 'prop.owner', 'prop.technology', 'position'] as const;
const SHARED = Math.ceil(PARTICIPANTS / SLOTS.length);
/** Shared elements whose name anyone may edit (the genuine conflicts). */
const HOT = Math.min(3, SHARED);
const TARGET_P95_MS = 500;
const REQUEST_TIMEOUT_MS = 30_000;

// ------------------------------------------------------------------ small utilities

/** mulberry32: a seeded PRNG, so a run's edit sequence can be repeated. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const now = () => performance.now();

class Counter {
  readonly counts = new Map<string, number>();
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1]));
  }
}

interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** One participant's cookies (name → value), as a browser keeps them for the host. */
class CookieJar {
  private cookies = new Map<string, string>();
  take(setCookie: string[] | undefined): void {
    for (const line of setCookie ?? []) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      if (eq <= 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(pattern: RegExp): boolean {
    return [...this.cookies.keys()].some((k) => pattern.test(k));
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Requests resent because the server had closed an idle keep-alive connection as it was reused. */
let keepAliveRetries = 0;

function send(base: string, agent: http.Agent, jar: CookieJar, method: string, path: string, body?: { json?: unknown; form?: Record<string, string> }, retried = false): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { accept: 'application/json', cookie: jar.header() };
    let payload: string | undefined;
    if (method !== 'GET') headers.origin = base; // what a browser sends on same-origin fetches
    if (body?.json !== undefined) {
      payload = JSON.stringify(body.json);
      headers['content-type'] = 'application/json';
    } else if (body?.form) {
      payload = new URLSearchParams(body.form).toString();
      headers['content-type'] = 'application/x-www-form-urlencoded';
    }
    if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
    const req = http.request(`${base}${path}`, { method, headers, agent, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      jar.take(res.headers['set-cookie']);
      res.setEncoding('utf8');
      let text = '';
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timed out after ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', (e: NodeJS.ErrnoException) => {
      // The keep-alive race Node's docs describe: the server closed an idle connection just as it
      // was reused, before reading the request. Browsers resend in that case; so do we, once.
      if (!retried && req.reusedSocket && e.code === 'ECONNRESET') {
        keepAliveRetries++;
        send(base, agent, jar, method, path, body, true).then(resolve, reject);
        return;
      }
      reject(e);
    });
    req.end(payload);
  });
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------ the run's shared record

interface Accepted {
  revision: number;
  sender: number;
  clientId: string;
  instance: number;
  kind: EditKind;
  key: string;
  value: unknown;
  sentAt: number;
  respondedAt: number;
}

interface Received {
  seq: number;
  at: number;
  clientId: string | null;
  type: string;
}

type EditKind = 'own' | 'shared-field' | 'shared-name';

interface Edit {
  kind: EditKind;
  targetId: string;
  key: string;
  value: unknown;
  ops: unknown[];
}

const errors = new Counter();
const errorSamples: string[] = [];
function error(kind: string, detail: string): void {
  errors.add(kind);
  if (errorSamples.length < 20) errorSamples.push(`${kind}: ${detail}`.slice(0, 300));
}
const accepted: Accepted[] = [];
/** Values of shared-name saves that failed in transit (applied or not, nobody knows). */
const uncertainNames = new Map<string, unknown[]>();
let conflictsReported = 0;
let conflictFields = 0;
let conflictsSettled = 0;
let conflictsUnsettled = 0;
let presenceUpdates = 0;
let saves = 0;
const saveMs: number[] = [];

// ------------------------------------------------------------------ a participant

class Participant {
  readonly clientId: string;
  readonly jar = new CookieJar();
  readonly rand: () => number;
  sse: SseClient | null = null;
  connectionId: string | null = null;
  helloSeq: number | null = null;
  lastSeq: number | null = null;
  knownRevision = 0;
  /** Change events received, by the diagram revision they carry. */
  readonly byRevision = new Map<number, Received>();
  gaps = 0;
  duplicates = 0;
  resets = 0;
  presenceFrames = 0;
  /** Last value this participant successfully wrote, per field key it owns. */
  readonly lastWritten = new Map<string, unknown>();
  /** Keys whose last save failed in transit (it may or may not have been applied): not checked at the end. */
  readonly uncertain = new Set<string>();
  private presenceTarget: string | null = null;
  private n = 0;

  constructor(
    readonly index: number,
    readonly instance: number,
    readonly base: string,
    readonly agent: http.Agent,
    readonly email: string,
    readonly elementId: string,
    readonly sharedId: string,
    readonly slot: (typeof SLOTS)[number],
    readonly hotIds: string[],
    readonly modelId: string,
  ) {
    this.rand = prng(SEED * 100_003 + index);
    this.clientId = `bench${index}-${randomBytes(6).toString('hex')}`;
  }

  async signIn(password: string): Promise<void> {
    const csrf = await send(this.base, this.agent, this.jar, 'GET', '/api/auth/csrf');
    const token = parseJson<{ csrfToken?: string }>(csrf.text)?.csrfToken;
    if (csrf.status !== 200 || !token) throw new Error(`${this.email}: /api/auth/csrf answered ${csrf.status}`);
    const res = await send(this.base, this.agent, this.jar, 'POST', '/api/auth/callback/credentials', {
      form: { csrfToken: token, email: this.email, password, json: 'true' },
    });
    if (res.status !== 200 || !this.jar.has(/session-token/)) throw new Error(`${this.email}: sign-in answered ${res.status} ${res.text.slice(0, 200)}`);
  }

  /** What the canvas page does first: load the diagram and its revision. */
  async loadCanvas(): Promise<void> {
    const res = await send(this.base, this.agent, this.jar, 'GET', `/api/v1/models/${this.modelId}/canvas`);
    const data = parseJson<{ revision?: number }>(res.text);
    if (res.status !== 200 || typeof data?.revision !== 'number') throw new Error(`${this.email}: GET canvas answered ${res.status}`);
    this.knownRevision = Math.max(this.knownRevision, data.revision);
  }

  /** Opens the model's live stream; resolves on the first `hello`. */
  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.email}: no hello on the live stream within 30 s`)), 30_000);
      this.sse = new SseClient({
        url: () => `${this.base}/api/v1/models/${this.modelId}/events?view=canvas${this.lastSeq === null ? '' : `&since=${this.lastSeq}`}`,
        headers: { cookie: this.jar.header() },
        onFrame: (f) => {
          this.onFrame(f);
          if (f.event === 'hello') {
            clearTimeout(timer);
            resolve();
          }
        },
        onDrop: (why) => {
          this.connectionId = null;
          error('sse-drop', `participant ${this.index + 1}: ${why}`);
        },
      });
      this.sse.open();
    });
  }

  private onFrame(f: SseFrame): void {
    if (f.event === 'hello') {
      const hello = JSON.parse(f.data) as { connectionId: string; seq: number };
      this.connectionId = hello.connectionId;
      if (this.helloSeq === null) {
        this.helloSeq = hello.seq;
        this.lastSeq = hello.seq;
      }
      // Like the browser: say which view this connection shows (fire and forget).
      void this.presence({ view: 'canvas', editing: null });
    } else if (f.event === 'change') {
      const e = JSON.parse(f.data) as { seq: number; type: string; clientId: string | null; graphRevision: number | null };
      if (this.lastSeq !== null) {
        if (e.seq <= this.lastSeq) {
          this.duplicates++;
          return;
        }
        if (e.seq !== this.lastSeq + 1) {
          this.gaps += e.seq - this.lastSeq - 1;
          error('gap', `participant ${this.index + 1}: after ${this.lastSeq} came ${e.seq}`);
        }
      }
      this.lastSeq = e.seq;
      const r: Received = { seq: e.seq, at: f.at, clientId: e.clientId, type: e.type };
      if (e.type === 'canvas.ops' && e.graphRevision !== null) {
        this.byRevision.set(e.graphRevision, r);
        this.knownRevision = Math.max(this.knownRevision, e.graphRevision);
      }
    } else if (f.event === 'presence') {
      this.presenceFrames++;
    } else if (f.event === 'reset') {
      this.resets++;
      error('reset', `participant ${this.index + 1}: the server sent reset (${f.data})`);
    } else if (f.event === 'revoked') {
      error('revoked', `participant ${this.index + 1}`);
    }
  }

  private async presence(body: Record<string, unknown>): Promise<void> {
    const connectionId = this.connectionId;
    if (!connectionId) return;
    try {
      const res = await send(this.base, this.agent, this.jar, 'POST', `/api/v1/models/${this.modelId}/presence`, { json: { connectionId, ...body } });
      presenceUpdates++;
      // 404: this connection closed meanwhile (it reconnects and says hello again); not a failure of the app.
      if (res.status === 404 && this.connectionId !== connectionId) return;
      if (res.status < 200 || res.status >= 300) error(`presence-http-${res.status}`, res.text.slice(0, 200));
    } catch (e) {
      error('presence-network', (e as Error).message);
    }
  }

  private nextEdit(): Edit {
    const n = ++this.n;
    const r = this.rand();
    const who = `P${this.index + 1}`;
    if (r < 0.05) {
      const id = this.hotIds[Math.floor(this.rand() * this.hotIds.length)]!;
      const value = `Shared stage renamed by ${who} (#${n})`;
      return { kind: 'shared-name', targetId: id, key: `${id}:name`, value, ops: [{ type: 'element.update', id, changes: { name: value } }] };
    }
    if (r < 0.2) return this.fieldEdit('shared-field', this.sharedId, this.slot, `${who} #${n}`);
    const fields = ['name', 'description', 'prop.owner', 'prop.technology', 'position'] as const;
    const field = fields[Math.floor(this.rand() * fields.length)]!;
    return this.fieldEdit('own', this.elementId, field, field === 'name' ? `Participant ${this.index + 1} stage v${n}` : `${who} #${n}`);
  }

  private fieldEdit(kind: EditKind, id: string, field: string, text: string): Edit {
    const key = `${id}:${field}`;
    if (field === 'position') {
      const value = { x: Math.round(this.rand() * 2000), y: Math.round(300 + this.rand() * 1000) };
      return { kind, targetId: id, key, value, ops: [{ type: 'element.move', id, ...value }] };
    }
    if (field.startsWith('prop.')) {
      return { kind, targetId: id, key, value: text, ops: [{ type: 'element.update', id, changes: { properties: { [field.slice(5)]: text } } }] };
    }
    return { kind, targetId: id, key, value: text, ops: [{ type: 'element.update', id, changes: { [field]: text } }] };
  }

  /** The edit loop: pick a target (telling others via presence), "type" for a while on the revision known then, save. */
  async run(deadline: number): Promise<void> {
    await sleep(this.rand() * 2000);
    while (now() < deadline) {
      const cycle = 1000 + this.rand() * 2000;
      const started = now();
      const edit = this.nextEdit();
      const base = this.knownRevision;
      if (edit.targetId !== this.presenceTarget) {
        this.presenceTarget = edit.targetId;
        void this.presence({ editing: { type: 'element', id: edit.targetId } });
      }
      await sleep(200 + this.rand() * Math.min(1300, cycle - 400));
      if (now() >= deadline) break;
      await this.save(edit, base);
      const rest = cycle - (now() - started);
      if (rest > 0) await sleep(rest);
    }
  }

  private async save(edit: Edit, baseRevision: number): Promise<void> {
    let resolved: { upTo: number; keys: string[] } | undefined;
    for (let attempt = 0; attempt < 5; attempt++) {
      const sentAt = now();
      let res: HttpResponse;
      try {
        saves++;
        res = await send(this.base, this.agent, this.jar, 'POST', `/api/v1/models/${this.modelId}/canvas`, {
          json: { modelId: this.modelId, baseRevision, ops: edit.ops, clientId: this.clientId, ...(resolved ? { resolved } : {}) },
        });
      } catch (e) {
        error('save-network', (e as Error).message);
        this.uncertain.add(edit.key);
        if (edit.kind === 'shared-name') uncertainNames.set(edit.key, [...(uncertainNames.get(edit.key) ?? []), edit.value]);
        return;
      }
      const respondedAt = now();
      saveMs.push(respondedAt - sentAt);
      if (res.status >= 200 && res.status < 300) {
        const revision = parseJson<{ revision?: number }>(res.text)?.revision;
        if (typeof revision !== 'number') {
          error('save-bad-body', res.text.slice(0, 200));
          return;
        }
        accepted.push({ revision, sender: this.index, clientId: this.clientId, instance: this.instance, kind: edit.kind, key: edit.key, value: edit.value, sentAt, respondedAt });
        if (edit.kind !== 'shared-name') this.lastWritten.set(edit.key, edit.value);
        this.uncertain.delete(edit.key);
        this.knownRevision = Math.max(this.knownRevision, revision);
        if (resolved) conflictsSettled++;
        return;
      }
      const details = parseJson<{ error?: { details?: { currentRevision?: number; conflicts?: { key: string }[] } } }>(res.text)?.error?.details;
      if (res.status === 409 && details?.conflicts?.length && typeof details.currentRevision === 'number') {
        // A real conflict (someone else wrote the same field meanwhile): the user looks at both
        // values and keeps theirs, i.e. resubmits the same batch with the conflicts settled.
        conflictsReported++;
        conflictFields += details.conflicts.length;
        if (edit.kind !== 'shared-name') error('conflict-unexpected', `participant ${this.index + 1} on ${details.conflicts.map((c) => c.key).join(', ')}`);
        resolved = { upTo: details.currentRevision, keys: details.conflicts.map((c) => c.key) };
        await sleep(300 + this.rand() * 500);
        continue;
      }
      error(`save-http-${res.status}`, res.text.slice(0, 200));
      return;
    }
    conflictsUnsettled++;
  }

  close(): void {
    this.sse?.close();
  }
}

// ------------------------------------------------------------------ measuring the app's processes

interface ProcWatch {
  label: string;
  sample: () => ProcSample | null;
  first: ProcSample | null;
  last: ProcSample | null;
  peakRss: number;
}

function watchProcesses(apps: BenchApp[]): { tick(): void; report(seconds: number, harnessCpuSeconds: number): Record<string, unknown> } {
  const watches: ProcWatch[] = [];
  let machineFirst: ReturnType<typeof sampleMachine> = null;
  let machineLast: ReturnType<typeof sampleMachine> = null;
  let maxLoad = 0;
  apps.forEach((app, i) => {
    const { app: appPid, postgres } = app.pids();
    if (appPid) watches.push({ label: `app${i + 1}`, sample: () => sampleGroup(appPid), first: null, last: null, peakRss: 0 });
    if (postgres) watches.push({ label: 'postgres', sample: () => sampleTree(postgres), first: null, last: null, peakRss: 0 });
  });
  return {
    tick() {
      machineLast = sampleMachine();
      machineFirst ??= machineLast;
      maxLoad = Math.max(maxLoad, os.loadavg()[0]!);
      for (const w of watches) {
        const s = w.sample();
        if (!s) continue;
        w.first ??= s;
        w.last = s;
        w.peakRss = Math.max(w.peakRss, s.rssBytes);
      }
    },
    report(seconds, harnessCpuSeconds) {
      const out: Record<string, unknown> = {};
      let ours = harnessCpuSeconds;
      for (const w of watches) {
        if (!w.first || !w.last) continue;
        const cpu = w.last.cpuSeconds - w.first.cpuSeconds;
        ours += cpu;
        out[w.label] = { cpuSeconds: Math.round(cpu * 10) / 10, cpuCores: Math.round((cpu / seconds) * 100) / 100, peakRssMiB: Math.round(w.peakRss / 2 ** 20), processes: w.last.processes };
      }
      // Everything else running on the machine meanwhile (other jobs skew the figures: see README).
      if (machineFirst && machineLast) {
        const busy = machineLast.busySeconds - machineFirst.busySeconds;
        const total = machineLast.totalSeconds - machineFirst.totalSeconds;
        out.machine = {
          cores: os.cpus().length,
          busyPct: total > 0 ? Math.round((busy / total) * 100) : null,
          otherProcessesCores: Math.round(Math.max(0, busy - ours) / seconds * 100) / 100,
          maxLoadAverage1m: Math.round(maxLoad * 10) / 10,
        };
      }
      return out;
    },
  };
}

// ------------------------------------------------------------------ BENCH_DIAG=1: where time goes

interface ActivityRow {
  pid: number;
  state: string | null;
  wait_event_type: string | null;
  blockers: number[];
  xact_ms: number | null;
  query: string;
}

/**
 * Samples the database's sessions: how many wait for a lock, and what the session they wait for
 * (the lock holder) is doing — `active` (PostgreSQL working) or `idle in transaction` (waiting for
 * the app's next statement, i.e. time spent in Node while holding the lock). Also times
 * /api/health (one `SELECT 1` through the app's pool) on each instance.
 */
function startDiagnostics(databaseUrl: string, bases: string[]): { stop(): Promise<Record<string, unknown>> } {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'bench-diag' });
  const waiters: number[] = [];
  const sessions: number[] = [];
  const holderState = new Counter();
  const holderQuery = new Counter();
  const holderAge: number[] = [];
  const health = bases.map(() => [] as number[]);
  let stopped = false;
  const sampleDb = async () => {
    await client.connect();
    while (!stopped) {
      const { rows } = await client.query<ActivityRow>(
        `SELECT pid, state, wait_event_type, pg_blocking_pids(pid) AS blockers,
                extract(epoch FROM clock_timestamp() - xact_start) * 1000 AS xact_ms, left(query, 200) AS query
           FROM pg_stat_activity
          WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      );
      const waiting = rows.filter((r) => r.wait_event_type === 'Lock');
      waiters.push(waiting.length);
      sessions.push(rows.filter((r) => r.state !== 'idle').length);
      const blocking = new Set(waiting.flatMap((r) => r.blockers));
      for (const r of rows) {
        if (!blocking.has(r.pid) || r.wait_event_type === 'Lock') continue;
        holderState.add(r.state ?? 'unknown');
        // Which statement the holder ran last (table and verb are enough to place it in the save).
        const q = r.query.replace(/\s+/g, ' ');
        const m = /^(SELECT|UPDATE|INSERT INTO|DELETE FROM|COMMIT|BEGIN)\b[^"]*("[^"]+"\."?"?[A-Za-z]+"?)?/i.exec(q);
        holderQuery.add(m ? `${m[1]!.toUpperCase()} ${m[2] ?? ''}`.trim() : q.slice(0, 40));
        if (r.xact_ms !== null) holderAge.push(Number(r.xact_ms));
      }
      await sleep(100);
    }
    await client.end();
  };
  const probe = async (i: number) => {
    const jar = new CookieJar();
    const agent = new http.Agent({ keepAlive: true });
    while (!stopped) {
      const t = now();
      try {
        await send(bases[i]!, agent, jar, 'GET', '/api/health');
        health[i]!.push(now() - t);
      } catch {
        health[i]!.push(REQUEST_TIMEOUT_MS);
      }
      await sleep(250);
    }
    agent.destroy();
  };
  const running = Promise.all([sampleDb(), ...bases.map((_, i) => probe(i))]);
  return {
    async stop() {
      stopped = true;
      await running;
      const avg = (v: number[]) => (v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 10) / 10 : null);
      return {
        dbSamples: waiters.length,
        sessionsNotIdle: { avg: avg(sessions), ...summary(sessions) },
        lockWaiters: { avg: avg(waiters), ...summary(waiters), shareOfSamplesWithWaiters: Math.round((waiters.filter((n) => n > 0).length / Math.max(1, waiters.length)) * 100) / 100 },
        lockHolderState: holderState.toJSON(),
        lockHolderLastStatement: Object.fromEntries(Object.entries(holderQuery.toJSON()).slice(0, 10)),
        lockHolderTransactionAgeMs: summary(holderAge),
        healthRoundTripMs: Object.fromEntries(bases.map((b, i) => [b, summary(health[i]!)])),
      };
    },
  };
}

// ------------------------------------------------------------------ the run

async function pool<T>(items: T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

const ms = (n: number) => Math.round(n * 10) / 10;

async function main(): Promise<void> {
  console.log(`Workshop benchmark: ${PARTICIPANTS} participants, ${DURATION_S} s, ${INSTANCES} app instance(s), seed ${SEED}.`);
  // Every instance must sign sessions with the same secret (a cookie from one is valid on the other).
  const secret = randomBytes(32).toString('base64url');
  const env = { NEXTAUTH_SECRET: secret, AUTH_SECRET: secret };
  const apps: BenchApp[] = [];
  const participants: Participant[] = [];
  try {
    apps.push(await startBenchApp(PORT, { env }));
    for (let i = 1; i < INSTANCES; i++) apps.push(await startBenchApp(PORT + i, { env, databaseUrl: apps[0]!.databaseUrl }));
    console.log(`App instances: ${apps.map((a) => a.base).join(', ')}`);

    const seed = await seedWorkshop(apps[0]!.databaseUrl, PARTICIPANTS, SHARED);
    const agents = apps.map(() => new http.Agent({ keepAlive: true, maxSockets: Infinity }));
    const hotIds = seed.sharedElementIds.slice(0, HOT);
    seed.participants.forEach((p, i) => {
      const inst = i % apps.length;
      participants.push(new Participant(i, inst, apps[inst]!.base, agents[inst]!, p.email, p.elementId, seed.sharedElementIds[Math.floor(i / SLOTS.length)]!, SLOTS[i % SLOTS.length]!, hotIds, seed.modelId));
    });

    let t = now();
    await pool(participants, 4, (p) => p.signIn(seed.password));
    console.log(`Signed in ${participants.length} participants in ${Math.round(now() - t)} ms.`);
    t = now();
    await pool(participants, 8, (p) => p.loadCanvas());
    await Promise.all(participants.map((p) => p.connect()));
    console.log(`Loaded the canvas and opened ${participants.length} live streams in ${Math.round(now() - t)} ms.`);
    const encodings = new Set(participants.map((p) => String(p.sse?.responseHeaders['content-encoding'] ?? 'identity')));
    await sleep(1000); // let the presence burst of everyone joining settle

    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const procs = watchProcesses(apps);
    procs.tick();
    const harnessCpu = process.cpuUsage();
    const diag = DIAG ? startDiagnostics(apps[0]!.databaseUrl, apps.map((a) => a.base)) : null;
    const sampler = setInterval(() => procs.tick(), 2000);
    const started = now();
    const deadline = started + DURATION_S * 1000;
    const progress = setInterval(() => {
      const s = Math.round((now() - started) / 1000);
      console.log(`  ${s} s: ${accepted.length} changes saved, ${conflictsReported} conflicts reported, ${errors.total()} errors`);
    }, 15_000);
    await Promise.all(participants.map((p) => p.run(deadline)));
    const editSeconds = (now() - started) / 1000;
    clearInterval(progress);
    procs.tick();
    clearInterval(sampler);
    loopDelay.disable();
    const harnessCpuSeconds = (() => {
      const u = process.cpuUsage(harnessCpu);
      return (u.user + u.system) / 1e6;
    })();
    const diagnostics = await diag?.stop();

    // Drain: every accepted change must reach every participant.
    const drainStart = now();
    const revisions = accepted.map((a) => a.revision);
    const allDelivered = () => participants.every((p) => revisions.every((r) => p.byRevision.has(r)));
    while (!allDelivered() && now() - drainStart < DRAIN_S * 1000) await sleep(100);
    const drainMs = now() - drainStart;

    // Final state through the API: each participant's fields hold the last value it wrote.
    const final = await send(participants[0]!.base, participants[0]!.agent, participants[0]!.jar, 'GET', `/api/v1/models/${seed.modelId}/canvas`);
    const canvas = parseJson<{ revision: number; graph: { elements: Record<string, { name: string; description: string; x: number; y: number; properties: Record<string, unknown> }> } }>(final.text);
    if (final.status !== 200 || !canvas) throw new Error(`final GET canvas answered ${final.status}`);
    const valueOf = (key: string): unknown => {
      const [id, field] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
      const el = canvas.graph.elements[id];
      if (!el) return undefined;
      if (field === 'position') return { x: el.x, y: el.y };
      if (field.startsWith('prop.')) return el.properties[field.slice(5)];
      return (el as unknown as Record<string, unknown>)[field];
    };
    const finalMismatches: string[] = [];
    for (const p of participants) {
      for (const [key, value] of p.lastWritten) {
        if (p.uncertain.has(key)) continue;
        if (JSON.stringify(valueOf(key)) !== JSON.stringify(value)) finalMismatches.push(`${key}: expected ${JSON.stringify(value)} (participant ${p.index + 1}), found ${JSON.stringify(valueOf(key))}`);
      }
    }
    // Shared names: the accepted write with the highest revision wins.
    const lastName = new Map<string, Accepted>();
    for (const a of accepted) if (a.kind === 'shared-name' && (lastName.get(a.key)?.revision ?? -1) < a.revision) lastName.set(a.key, a);
    for (const [key, a] of lastName) {
      if (valueOf(key) !== a.value && !uncertainNames.get(key)?.includes(valueOf(key))) finalMismatches.push(`${key}: expected ${JSON.stringify(a.value)} (revision ${a.revision}), found ${JSON.stringify(valueOf(key))}`);
    }
    const maxRevision = revisions.reduce((m, r) => Math.max(m, r), 0);
    if (canvas.revision !== maxRevision) finalMismatches.push(`diagram revision is ${canvas.revision}, the last accepted save made ${maxRevision}`);

    // Deliveries and latency (to every participant other than the sender).
    const latency: number[] = [];
    const afterResponse: number[] = [];
    const byPath = new Map<string, number[]>();
    let undelivered = 0;
    let wrongClient = 0;
    let deliveries = 0;
    for (const a of accepted) {
      for (const p of participants) {
        const r = p.byRevision.get(a.revision);
        if (!r) {
          undelivered++;
          continue;
        }
        if (r.clientId !== a.clientId) wrongClient++;
        if (p.index === a.sender) continue;
        deliveries++;
        latency.push(r.at - a.sentAt);
        afterResponse.push(r.at - a.respondedAt);
        const path = apps.length > 1 ? `instance ${a.instance + 1} → ${p.instance + 1}` : 'all';
        let list = byPath.get(path);
        if (!list) byPath.set(path, (list = []));
        list.push(r.at - a.sentAt);
      }
    }
    // The same latencies per 15-second window of the run (by when the save was sent): shows
    // warm-up and whether the system keeps up or falls behind over time.
    const windows: Record<string, ReturnType<typeof summary>> = {};
    for (let w = 0; w * 15 < DURATION_S; w++) {
      const from = started + w * 15_000;
      const list: number[] = [];
      for (const a of accepted) {
        if (a.sentAt < from || a.sentAt >= from + 15_000) continue;
        for (const p of participants) {
          const r = p.index === a.sender ? undefined : p.byRevision.get(a.revision);
          if (r) list.push(r.at - a.sentAt);
        }
      }
      windows[`${w * 15}-${Math.min(DURATION_S, (w + 1) * 15)}s`] = summary(list);
    }
    if (wrongClient) error('wrong-client', `${wrongClient} deliveries carried another client id than the save`);
    const gaps = participants.reduce((n, p) => n + p.gaps, 0);
    const duplicates = participants.reduce((n, p) => n + p.duplicates, 0);
    const lostUpdates = undelivered + finalMismatches.length;
    const lat = summary(latency);
    const errorCount = errors.total();
    const loopP99 = loopDelay.percentile(99) / 1e6;

    const perInstance = apps.length > 1
      ? apps.map((app, i) => {
          const mine = accepted.filter((a) => a.instance === i);
          const received: number[] = [];
          for (const [path, list] of byPath) if (path.endsWith(`→ ${i + 1}`)) for (const v of list) received.push(v);
          return { base: app.base, participants: participants.filter((p) => p.instance === i).length, changesSaved: mine.length, deliveryLatencyMsToHere: summary(received) };
        })
      : undefined;

    writeResult('workshop', {
      benchmark: 'workshop',
      participants: PARTICIPANTS,
      durationS: DURATION_S,
      instances: apps.length,
      changes: accepted.length,
      deliveries,
      latencyMs: { p50: lat.p50, p95: lat.p95, p99: lat.p99, max: lat.max },
      errors: errorCount,
      conflictsReported,
      lostUpdates,
      gaps,
      meetsTarget: lat.p95 < TARGET_P95_MS && errorCount === 0 && lostUpdates === 0 && gaps === 0,
      node: process.version,
      at: new Date().toISOString(),
      target: { p95DeliveryMs: TARGET_P95_MS, errors: 0, lostUpdates: 0 },
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
      seed: SEED,
      throughput: { changesPerS: ms(accepted.length / editSeconds), deliveriesPerS: ms(deliveries / editSeconds), saveRequestsPerS: ms(saves / editSeconds) },
      latencyDetail: {
        measuredFrom: 'save request sent → frame received on the other participant\'s stream',
        fromSend: lat,
        fromSaveResponse: summary(afterResponse),
        byPath: Object.fromEntries([...byPath].map(([k, v]) => [k, summary(v)])),
        byWindow: windows,
      },
      saveRequestMs: summary(saveMs),
      edits: {
        own: accepted.filter((a) => a.kind === 'own').length,
        sharedFieldMerged: accepted.filter((a) => a.kind === 'shared-field').length,
        sharedName: accepted.filter((a) => a.kind === 'shared-name').length,
      },
      conflicts: { reported: conflictsReported, fields: conflictFields, settledByResubmitting: conflictsSettled, unsettledAfter5Tries: conflictsUnsettled },
      errorDetail: { byKind: errors.toJSON(), samples: errorSamples },
      lostUpdateDetail: { undeliveredChangeCopies: undelivered, finalStateMismatches: finalMismatches.length, samples: finalMismatches.slice(0, 10), duplicatesReceived: duplicates },
      stream: {
        contentEncoding: [...encodings].join(', '),
        reconnects: participants.reduce((n, p) => n + Math.max(0, (p.sse?.connects ?? 1) - 1), 0),
        presenceUpdatesSent: presenceUpdates,
        keepAliveRetries,
        presenceFramesReceived: participants.reduce((n, p) => n + p.presenceFrames, 0),
      },
      drainMs: Math.round(drainMs),
      perInstance,
      processes: procs.report(editSeconds, harnessCpuSeconds),
      harness: { cpuCores: Math.round((harnessCpuSeconds / editSeconds) * 100) / 100, eventLoopDelayP99Ms: ms(loopP99), eventLoopDelayMaxMs: ms(loopDelay.max / 1e6) },
      ...(diagnostics ? { diagnostics } : {}),
    });
    const machine = (procs.report(editSeconds, harnessCpuSeconds).machine ?? null) as { otherProcessesCores: number } | null;
    if (machine && machine.otherProcessesCores > 0.25) {
      console.log(`\nWarning: other processes used ${machine.otherProcessesCores} CPU cores during the run; on a shared machine these figures understate the app.`);
    }
    console.log(
      `\nDelivery p50 ${lat.p50} ms, p95 ${lat.p95} ms, p99 ${lat.p99} ms, max ${lat.max} ms over ${deliveries} deliveries of ${accepted.length} changes; ` +
        `${errorCount} errors, ${conflictsReported} conflicts reported, ${lostUpdates} lost updates, ${gaps} gaps. ` +
        `Target (p95 < ${TARGET_P95_MS} ms, no errors, nothing lost): ${lat.p95 < TARGET_P95_MS && errorCount === 0 && lostUpdates === 0 && gaps === 0 ? 'met' : 'NOT met'}.`,
    );
  } finally {
    for (const p of participants) p.close();
    for (const app of [...apps].reverse()) await app.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
