// Building and running the Next.js app for scripts/start.ts.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, readRunState, updateRunState } from './data-dir.ts';
import { commandLine, groupMembers, isPortOpen, stopGroup, waitUntil, workingDirectory } from './processes.ts';

export const nextBin = path.join(projectRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
// Our HTTP front for Next (rebuilds X-Forwarded-For; see the file).
export const serverScript = path.join(projectRoot, 'scripts', 'next-server.mjs');

// Inputs of `next build`; a newer file than .next/BUILD_ID means the build is stale.
const BUILD_INPUTS = [
  'app', 'components', 'lib', 'server', 'public', 'proxy.ts', 'prisma/schema.prisma',
  'next.config.ts', 'package-lock.json', 'postcss.config.mjs', 'tsconfig.json',
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file only changes its directory's mtime
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function buildIsStale(root: string = projectRoot): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(path.join(root, input)) > builtAt);
}

export function runNextBuild(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [nextBin, 'build'], { cwd: projectRoot, env, stdio: 'inherit' });
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** A Next.js process of this project: a `next` CLI or `next-server` running in our directory. */
function isOurNext(pid: number): boolean {
  const argv = (commandLine(pid) ?? []).join(' ');
  return /next/.test(argv) && workingDirectory(pid) === projectRoot;
}

/**
 * A killed `npm start` leaves Next running in its own process group, holding the port. Stop that
 * group — but only processes that are provably our Next (never a reused PID).
 */
export async function stopLeftoverApp(dataDir: string, log: (line: string) => void): Promise<void> {
  const { appPid } = readRunState(dataDir);
  if (!appPid) return;
  const members = groupMembers(appPid);
  if (members.length > 0 && members.every(isOurNext)) {
    log(`Stopping the Next.js server left running by a previous run (process group ${appPid}).`);
    await stopGroup(appPid);
  }
  updateRunState(dataDir, { appPid: undefined, appPort: undefined });
}

export interface AppOptions {
  mode: 'start' | 'dev';
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
}

/** Spawns Next in its own process group, so the whole group (next-server included) can be stopped. */
export function spawnNext(options: AppOptions): ChildProcess {
  return spawn(
    process.execPath,
    [serverScript, options.mode, '--port', String(options.port), '--hostname', options.host],
    { cwd: projectRoot, env: options.env, stdio: 'inherit', detached: true },
  );
}

/** Resolves true once the port accepts connections, false if the child exited first. */
export async function waitForListening(child: ChildProcess, port: number, host: string, timeoutMs = 120_000): Promise<boolean> {
  const probeHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    if (await isPortOpen(port, probeHost)) return true;
    await waitUntil(() => child.exitCode !== null, 250, 50);
  }
  return false;
}
