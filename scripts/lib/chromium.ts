// Finds a Chromium for Playwright without ever downloading a browser build: CHROMIUM_PATH, then
// the usual system paths; as root on Debian/Ubuntu it installs Debian's `chromium` with apt.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function works(path: string): boolean {
  return existsSync(path) && spawnSync(path, ['--version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;
}

function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return works(fromEnv) ? fromEnv : null;
  return CANDIDATES.find(works) ?? null;
}

export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not point at a working Chromium.`);
  }
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !isDebianLike()) {
    throw new Error(
      'No Chromium found for the browser tests. Install Chromium (on Debian/Ubuntu: apt-get install chromium) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable. Browsers are never downloaded.',
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
