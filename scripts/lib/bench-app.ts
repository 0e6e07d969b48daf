// Shared plumbing for benchmarks: a throw-away app instance (its own embedded PostgreSQL, or a
// given database for a second instance), a seeded owner with a workspace and a model, a signed-in
// Chromium page, and frame-time capture.
import { hash } from '@node-rs/argon2';
import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HEADLESS_CHROMIUM_ARGS } from '../../lib/chromium/headless-args.ts';
import { ensureChromium } from './chromium.ts';
import { projectRoot, readRunState } from './data-dir.ts';
import { openLocalDatabase } from './local-db.ts';
import { stopLeftoverApp } from './next-app.ts';
import { recoverStaleServer } from './pg-recovery.ts';

const email = 'bench@example.test';
const password = 'benchmark passphrase 2026';

export function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : Number.NaN;
}
const round = (n: number) => Math.round(n * 10) / 10;
// A loop, not Math.max(...v): spreading 100k+ samples overflows the call stack.
const maxOf = (v: number[]) => v.reduce((m, x) => (x > m ? x : m), -Infinity);
export const summary = (v: number[]) => ({ count: v.length, p50: round(pct(v, 50)), p95: round(pct(v, 95)), p99: round(pct(v, 99)), max: round(maxOf(v)) });

export interface BenchApp {
  base: string;
  databaseUrl: string;
  /** The instance's throw-away data directory (its run state names the app's processes). */
  dataDir: string;
  /** Process ids of the instance: the Next.js process group leader and, when it owns one, PostgreSQL. */
  pids(): { app?: number; postgres?: number };
  stop(): Promise<void>;
}

export interface BenchAppOptions {
  /** Serve from this database instead of starting an embedded one (e.g. a second app instance). */
  databaseUrl?: string;
  /** Extra environment for the app, e.g. a NEXTAUTH_SECRET shared by several instances. */
  env?: Record<string, string>;
}

export async function startBenchApp(port: number, options: BenchAppOptions = {}): Promise<BenchApp> {
  const base = `http://localhost:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'threatline-bench-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, PORT: String(port), NEXTAUTH_URL: base, THREATLINE_DATA_DIR: dataDir, THREATLINE_SEED: '0', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.DATABASE_URL;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Threatline is ready on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the app exited with ${code}:\n${out}`)));
  });
  const databaseUrl = options.databaseUrl ?? (await openLocalDatabase({ dataDir, log: () => undefined })).url;
  return {
    base,
    databaseUrl,
    dataDir,
    pids() {
      const state = readRunState(dataDir);
      return { app: state.appPid, postgres: options.databaseUrl ? undefined : state.postgresPid };
    },
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      await stopLeftoverApp(dataDir, () => undefined);
      await recoverStaleServer(path.join(dataDir, 'postgres'), () => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An owner, a workspace and an empty model, written through the app's own database client. */
export async function seedOwner(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { getDb } = await import('../../server/db.ts');
  const db = getDb();
  const user = await db.user.create({ data: { email, name: 'Bench', passwordHash: await hash(password, { algorithm: 2 }) } });
  const ws = await db.workspace.create({
    data: { name: 'Bench', slug: `bench-${Date.now().toString(36)}`, createdById: user.id, memberships: { create: { userId: user.id, role: 'OWNER' } } },
  });
  const model = await db.threatModel.create({ data: { workspaceId: ws.id, name: 'Large pipeline', createdById: user.id } });
  return { db, userId: user.id, slug: ws.slug, workspaceId: ws.id, modelId: model.id };
}

export async function signedInPage(base: string): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: [...HEADLESS_CHROMIUM_ARGS],
  });
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await page.request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, json: 'true' } });
  return { browser, page };
}

/** Starts recording requestAnimationFrame deltas; call the returned function to take them. */
export async function recordFrames(page: Page): Promise<() => Promise<number[]>> {
  // A string, not a function: tsx would inject helpers (__name) the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => { window.__frames.push(t - last); last = t; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  return () => page.evaluate<number[]>('window.__frames.splice(0)');
}

export function writeResult(name: string, result: unknown): void {
  mkdirSync(path.join(projectRoot, 'bench-results'), { recursive: true });
  const file = path.join(projectRoot, 'bench-results', `${name}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log(`\nWritten to ${file}`);
}
