// `npm test`: typecheck, lint, unit, integration (real PostgreSQL; the PDF report tests print with
// real Chromium), e2e (real Chromium), in that order, stopping at the first failure.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureChromium } from './lib/chromium';

const root = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const steps: [string, string[]][] = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['unit tests', ['run', 'test:unit']],
  ['integration tests', ['run', 'test:integration']],
  ['e2e tests', ['run', 'test:e2e']],
];

const timings: string[] = [];
for (const [name, args] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  // Found, or installed with apt as root on Debian/Ubuntu, before the first step that needs it.
  if (name === 'integration tests') {
    try {
      console.log(`Chromium: ${ensureChromium()}`);
    } catch (error) {
      console.error(`\n${(error as Error).message}\n\nnpm test failed at: ${name}`);
      process.exit(1);
    }
  }
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${name}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${seconds}s`);
  if (result.status !== 0) {
    console.error(`\n${timings.join('\n')}\n\nnpm test failed at: ${name}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`\n${timings.join('\n')}\n\nAll checks passed.`);
