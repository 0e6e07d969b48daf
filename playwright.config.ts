import { defineConfig } from '@playwright/test';
import { HEADLESS_CHROMIUM_ARGS } from './lib/chromium/headless-args';

// scripts/e2e.ts finds (or installs) Chromium, builds the app and sets these; never download browsers.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [...HEADLESS_CHROMIUM_ARGS],
    },
  },
  webServer: {
    // A dedicated port and data directory: never the developer's server or database.
    command: 'npx tsx scripts/start.ts',
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // start.ts stops Next, then PostgreSQL; a SIGKILL of its group would orphan both.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      THREATLINE_DATA_DIR: process.env.E2E_DATA_DIR ?? '.data-e2e',
      THREATLINE_SEED: '0',
      // Every test signs up new users from 127.0.0.1; the limit itself is covered by integration tests.
      THREATLINE_SIGNUP_LIMIT_PER_HOUR: '10000',
      NEXT_TELEMETRY_DISABLED: '1',
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : {}),
    },
  },
});
