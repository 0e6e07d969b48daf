// Finds Chromium without ever downloading a browser build. The server prints PDF reports with it
// (locateChromium: THREATLINE_CHROMIUM, CHROMIUM_PATH, then the usual system paths); the tests and
// benchmarks drive it through Playwright (ensureChromium: as root on Debian/Ubuntu it installs
// Debian's `chromium` with apt when none is found).
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** What the Report tab says when the server has no Chromium. */
export const CHROMIUM_MISSING =
  'PDF reports need Chromium on the server: apt-get install chromium (or set THREATLINE_CHROMIUM to a Chromium or Chrome executable). The other exports work without it.';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The Chromium executable to print with, without starting it (cheap enough for a request):
 * THREATLINE_CHROMIUM, else CHROMIUM_PATH (what the tests use), else the usual system paths.
 * A variable that is set but points at nothing yields null rather than a silent fallback.
 */
export function locateChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.THREATLINE_CHROMIUM || env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find(isExecutable) ?? null;
}

function works(path: string): boolean {
  return isExecutable(path) && spawnSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/** Like locateChromium, but checks that the browser actually starts (`--version`). */
export function findChromium(): string | null {
  const located = locateChromium();
  return located && works(located) ? located : null;
}

export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  const fromEnv = process.env.THREATLINE_CHROMIUM || process.env.CHROMIUM_PATH;
  if (fromEnv) {
    throw new Error(`${process.env.THREATLINE_CHROMIUM ? 'THREATLINE_CHROMIUM' : 'CHROMIUM_PATH'}=${fromEnv} does not point at a working Chromium.`);
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !isDebianLike()) {
    throw new Error(
      'No Chromium found for PDF reports and the browser tests. Install Chromium (on Debian/Ubuntu: apt-get install chromium) ' +
        'or set THREATLINE_CHROMIUM to a Chromium or Chrome executable. Browsers are never downloaded.',
    );
  }
  log('No Chromium found: installing Debian’s chromium package with apt-get (one time)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no working executable was found at /usr/bin/chromium.');
  return installed;
}
