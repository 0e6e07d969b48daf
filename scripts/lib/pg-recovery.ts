// Recovery from a previous run that was killed (kill -9, closed terminal, OOM): its PostgreSQL
// may still be running on our data directory, or may have left a stale `postmaster.pid`.
import { existsSync, readFileSync, realpathSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { commandLine, isAlive, waitUntil } from './processes.ts';

/** True when `pid` is a postgres server whose `-D` is our cluster directory. */
export function isOurPostgres(pid: number, clusterDir: string): boolean {
  const argv = commandLine(pid);
  if (!argv || argv.length === 0) return false;
  if (path.basename(argv[0] ?? '') !== 'postgres') return false;
  const dataIndex = argv.indexOf('-D');
  const dataArg = dataIndex >= 0 ? argv[dataIndex + 1] : undefined;
  if (!dataArg) return false;
  return samePath(dataArg, clusterDir);
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

export async function recoverStaleServer(clusterDir: string, log: (line: string) => void): Promise<void> {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!isAlive(pid)) {
    log(`Removing stale ${lockFile} (PID ${pid} is gone).`);
    unlinkSync(lockFile);
    return;
  }
  if (!isOurPostgres(pid, clusterDir)) {
    // The PID was reused by an unrelated process: the lock is stale.
    log(`Removing stale ${lockFile} (PID ${pid} is not a PostgreSQL server for this directory).`);
    unlinkSync(lockFile);
    return;
  }
  log(`Stopping PostgreSQL left running by a previous run (PID ${pid}).`);
  const gone = () => !isAlive(pid);
  process.kill(pid, 'SIGINT'); // fast shutdown: clean checkpoint, no recovery needed next start
  if (await waitUntil(gone, 30_000)) return;
  process.kill(pid, 'SIGQUIT'); // immediate shutdown: crash recovery replays WAL on next start
  if (await waitUntil(gone, 10_000)) return;
  throw new Error(
    `PostgreSQL (PID ${pid}) on ${clusterDir} did not stop. Stop it by hand (kill ${pid}) and try again.`,
  );
}
