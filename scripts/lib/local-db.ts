// The database the scripts work on: `DATABASE_URL` when set, otherwise the embedded cluster in
// the data directory (started here, or reused when `npm start` is already running it).
import { loadSecrets, readRunState, resolveDataDir, updateRunState } from './data-dir.ts';
import { startEmbeddedPostgres } from './embedded-pg.ts';
import { isOurPostgres } from './pg-recovery.ts';
import { commandLine, isAlive } from './processes.ts';
import path from 'node:path';

export interface LocalDatabase {
  url: string;
  /** Where it came from, for messages (never includes the password). */
  description: string;
  /** True when this process started the server and will stop it. */
  startedHere: boolean;
  stop(): Promise<void>;
}

export interface OpenOptions {
  dataDir?: string;
  log?: (line: string) => void;
}

/** The supervisor recorded in run.json, if it is still running (a live `scripts/start.ts`). */
export function liveSupervisor(dataDir: string): number | null {
  const pid = readRunState(dataDir).supervisorPid;
  if (!pid || pid === process.pid || !isAlive(pid)) return null;
  const argv = commandLine(pid) ?? [];
  return argv.some((arg) => arg.endsWith(path.join('scripts', 'start.ts'))) ? pid : null;
}

export async function openLocalDatabase(options: OpenOptions = {}): Promise<LocalDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { url: external, description: `DATABASE_URL (${redact(external)})`, startedHere: false, stop: async () => undefined };
  }
  const dataDir = options.dataDir ?? resolveDataDir();
  const secrets = loadSecrets(dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  const urlFor = (port: number) =>
    `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${port}/threatline`;

  // `npm start` is running on this data directory: use its server instead of stopping it.
  const state = readRunState(dataDir);
  if (liveSupervisor(dataDir) && state.postgresPid && state.postgresPort && isOurPostgres(state.postgresPid, clusterDir)) {
    return {
      url: urlFor(state.postgresPort),
      description: `the running embedded PostgreSQL (127.0.0.1:${state.postgresPort})`,
      startedHere: false,
      stop: async () => undefined,
    };
  }

  const server = await startEmbeddedPostgres({ dataDir, password: secrets.postgresPassword, log: options.log });
  updateRunState(dataDir, { postgresPid: server.pid, postgresPort: server.port });
  return {
    url: server.databaseUrl,
    description: `embedded PostgreSQL in ${clusterDir} (127.0.0.1:${server.port})`,
    startedHere: true,
    async stop() {
      await server.stop();
      updateRunState(dataDir, { postgresPid: undefined, postgresPort: undefined });
    },
  };
}

/** postgresql://user:***@host:port/db — for log lines. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
