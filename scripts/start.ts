// npm start / npm run dev: database (embedded PostgreSQL unless DATABASE_URL is set), migrations,
// demo seed on an empty database, then Next.js. Ctrl-C / SIGTERM stops Next, then PostgreSQL.
// Env: PORT (3000), HOST (localhost), DATABASE_URL, NEXTAUTH_URL, NEXTAUTH_SECRET/AUTH_SECRET,
//      THREATLINE_DATA_DIR, THREATLINE_SEED=0 (no demo data), THREATLINE_NO_APP=1 (database only),
//      THREATLINE_CHROMIUM (browser for PDF reports; warned about when missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { CHROMIUM_MISSING, locateChromium } from './lib/chromium.ts';
import { loadSecrets, projectRoot, resolveDataDir, updateRunState } from './lib/data-dir.ts';
import { liveSupervisor, openLocalDatabase, type LocalDatabase } from './lib/local-db.ts';
import { MigrationError, applyMigrations } from './lib/migrator.ts';
import { buildIsStale, runNextBuild, spawnNext, stopLeftoverApp, waitForListening } from './lib/next-app.ts';
import { isPortOpen, stopGroup } from './lib/processes.ts';

const say = (line: string) => console.log(`[threatline] ${line}`);
const dev = process.argv.includes('--dev');
const dataDir = resolveDataDir();
const port = Number(process.env.PORT ?? 3000);
// localhost, not 0.0.0.0: the demo account must not be reachable from the network by default.
const host = process.env.HOST ?? 'localhost';
const credentials = path.join(dataDir, 'demo-credentials.txt');

async function userCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "User"')).rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** Seeds in a child: password hashing lives in server-only code that needs the react-server condition. */
function seed(url: string): boolean {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'prisma/seed.ts'], {
    cwd: projectRoot,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, THREATLINE_DATA_DIR: dataDir },
  });
  return result.status === 0;
}

async function prepareDatabase(db: LocalDatabase): Promise<boolean> {
  const applied = await applyMigrations(db.url, { log: say });
  say(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  if (process.env.THREATLINE_SEED === '0' || (await userCount(db.url)) > 0) {
    if (existsSync(credentials)) say(`Demo sign-in details are in ${credentials}`);
    return false;
  }
  if (!seed(db.url)) throw new Error('Seeding the demo data failed (see above).');
  return true;
}

async function main(): Promise<number> {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`Invalid PORT "${process.env.PORT}".`);
  const running = liveSupervisor(dataDir);
  if (running) {
    console.error(`Threatline is already running from ${dataDir} (PID ${running}). Stop it first.`);
    return 1;
  }
  updateRunState(dataDir, { supervisorPid: process.pid });
  await stopLeftoverApp(dataDir, say);
  const secrets = loadSecrets(dataDir);
  const db = await openLocalDatabase({ dataDir, log: say });
  say(`Database: ${db.description}`);

  let stopping = false;
  let app: ReturnType<typeof spawnNext> | undefined;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (app?.pid) await stopGroup(app.pid);
    await db.stop();
    updateRunState(dataDir, { supervisorPid: undefined, appPid: undefined, appPort: undefined });
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      say(`${signal} received: stopping.`);
      void shutdown(0);
    });
  }

  try {
    const seeded = await prepareDatabase(db);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: db.url,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? secrets.authSecret,
      AUTH_SECRET: process.env.AUTH_SECRET ?? secrets.authSecret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      THREATLINE_DATA_DIR: dataDir,
    };
    if (process.env.THREATLINE_NO_APP === '1') {
      say('THREATLINE_NO_APP=1: database ready, not starting Next.js. Ctrl-C to stop.');
      if (seeded) console.log(`\n${readFileSync(credentials, 'utf8')}`);
      await new Promise<never>(() => undefined);
    }
    if (await isPortOpen(port, host === '0.0.0.0' ? '127.0.0.1' : host)) {
      throw new Error(`Port ${port} is already in use by another program. Set PORT to use another one.`);
    }
    if (!dev && buildIsStale()) {
      say('Building the app (next build)...');
      const code = await runNextBuild({ ...env, NODE_ENV: 'production' });
      if (code !== 0) throw new Error(`next build failed with exit code ${code}.`);
    }
    app = spawnNext({ mode: dev ? 'dev' : 'start', port, host, env });
    const child = app;
    updateRunState(dataDir, { appPid: child.pid, appPort: port });
    child.once('exit', (code, signal) => {
      if (stopping) return;
      say(`Next.js exited (${signal ?? `code ${code}`}); stopping PostgreSQL.`);
      void shutdown(code ?? 1);
    });
    if (await waitForListening(child, port, host)) {
      const url = env.NEXTAUTH_URL ?? `http://localhost:${port}`;
      say(`Threatline is ready on ${url}${dev ? ' (development mode)' : ''}`);
      if (!locateChromium()) say(`Warning: no Chromium found. ${CHROMIUM_MISSING}`);
      if (seeded) console.log(`\nFirst run: sign in with the demo account (also saved in ${credentials}):\n${readFileSync(credentials, 'utf8')}`);
      else if (existsSync(credentials)) say(`Demo sign-in details: ${credentials}`);
    }
    return await new Promise<number>(() => undefined); // runs until a signal or Next exits
  } catch (error) {
    console.error(error instanceof MigrationError ? `\n${error.message}` : `\n${(error as Error).message}`);
    await shutdown(1);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
