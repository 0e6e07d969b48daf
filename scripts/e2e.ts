// `npm run test:e2e`: Playwright against the production build in Chromium, on a dedicated port
// and a throw-away database (embedded PostgreSQL in a temp dir, or a fresh database on the
// server named by DATABASE_URL) — never the developer's data.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureChromium } from './lib/chromium';
import { stopLeftoverApp } from './lib/next-app';
import { recoverStaleServer } from './lib/pg-recovery';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

async function freshDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `threatline_e2e_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

async function main(): Promise<number> {
  const chromium = ensureChromium();
  console.log(`Browser tests use ${chromium}`);

  console.log('Building the production app…');
  const build = spawnSync(bin('next'), ['build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) return build.status ?? 1;

  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: chromium, E2E_PORT: process.env.E2E_PORT ?? '3100' };
  let cleanup = async () => undefined as void;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'threatline-e2e-'));
  env.E2E_DATA_DIR = dataDir;
  if (process.env.DATABASE_URL) {
    const db = await freshDatabase(process.env.DATABASE_URL);
    env.E2E_DATABASE_URL = db.url;
    cleanup = db.drop;
  }
  // The server under test must never see the developer's database.
  delete env.DATABASE_URL;
  try {
    const run = spawnSync(bin('playwright'), ['test', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
    return run.status ?? 1;
  } finally {
    // Playwright stops its web server with SIGTERM; if that was cut short, stop what it left.
    await stopLeftoverApp(dataDir, console.log).catch(() => undefined);
    await recoverStaleServer(path.join(dataDir, 'postgres'), console.log).catch(() => undefined);
    await cleanup().catch((e: unknown) => console.warn('Could not drop the e2e database:', e));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
