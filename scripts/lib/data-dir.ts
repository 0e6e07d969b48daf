// Local state of a Threatline installation: the embedded database cluster, generated secrets and
// the pids of the processes `npm start` launched. Everything lives under one directory so that a
// backup (or a reset) is a single folder.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `THREATLINE_DATA_DIR`, or `<project>/.data`. */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.THREATLINE_DATA_DIR;
  return configured ? path.resolve(configured) : path.join(projectRoot, '.data');
}

export function ensureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true });
  // When running as root, PostgreSQL runs as the `postgres` user and must be able to traverse
  // into <dataDir>/postgres; 0711 lets it do so without being able to list or read our files.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o711);
}

export interface Secrets {
  /** Password of the embedded cluster's `postgres` superuser. */
  postgresPassword: string;
  /** Signs session cookies (passed to Next as NEXTAUTH_SECRET and AUTH_SECRET). */
  authSecret: string;
}

const token = (bytes: number) => randomBytes(bytes).toString('base64url');

/** Writes a file readable only by its owner, atomically (no half-written secrets after a crash). */
export function writePrivateFile(file: string, content: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/** Secrets are generated once per data directory and then reused, so sessions survive restarts. */
export function loadSecrets(dataDir: string): Secrets {
  ensureDataDir(dataDir);
  const file = path.join(dataDir, 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>;
  }
  const secrets: Secrets = {
    postgresPassword: stored.postgresPassword ?? token(24),
    authSecret: stored.authSecret ?? token(32),
  };
  if (secrets.postgresPassword !== stored.postgresPassword || secrets.authSecret !== stored.authSecret) {
    writePrivateFile(file, `${JSON.stringify(secrets, null, 2)}\n`);
  }
  return secrets;
}

export interface RunState {
  /** The `scripts/start.ts` process that owns the others. */
  supervisorPid?: number;
  postgresPid?: number;
  postgresPort?: number;
  /** Leader of the Next.js process group (it was spawned detached). */
  appPid?: number;
  appPort?: number;
}

const runFile = (dataDir: string) => path.join(dataDir, 'run.json');

export function readRunState(dataDir: string): RunState {
  try {
    return JSON.parse(readFileSync(runFile(dataDir), 'utf8')) as RunState;
  } catch {
    return {};
  }
}

export function updateRunState(dataDir: string, patch: Partial<RunState>): void {
  const next: RunState = { ...readRunState(dataDir), ...patch };
  for (const key of Object.keys(next) as (keyof RunState)[]) {
    if (next[key] === undefined) delete next[key];
  }
  ensureDataDir(dataDir);
  writePrivateFile(runFile(dataDir), `${JSON.stringify(next, null, 2)}\n`);
}
