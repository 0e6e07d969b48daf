/**
 * Command-line switches for the Debian Chromium we drive headless (e2e tests, benchmarks, PDF
 * printing): it runs as root in containers without a GPU or /dev/shm to spare, and it must never
 * reach the network on its own (no component updates, sync, or first-run fetches).
 */
export const HEADLESS_CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
