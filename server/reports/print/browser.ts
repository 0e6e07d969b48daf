import 'server-only';
import type { Browser } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '@/lib/chromium/headless-args';
import { playwright } from './cjs';

/** Switches for a headless Chromium that never reaches the network on its own. */
export const CHROMIUM_ARGS = [
  ...HEADLESS_CHROMIUM_ARGS,
  // Nothing resolves: a request that got past the route could not reach any host.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  // Fewer processes, less memory: no GPU process, network service in the browser process, no
  // spare renderer kept warm.
  '--in-process-gpu',
  '--enable-features=NetworkServiceInProcess2',
  '--disable-features=SpareRendererForSitePerProcess',
];

export interface LaunchOptions {
  executablePath: string;
  /** An extra command-line switch that lets the parent find (measure, stop) this browser. */
  marker: string;
}

/**
 * One browser per report (launched in about half a second, while the report data is prepared):
 * a crash or a hang only ever costs that report, and all its memory is returned when it closes.
 */
export function launchBrowser(o: LaunchOptions): Promise<Browser> {
  return playwright().chromium.launch({
    executablePath: o.executablePath,
    args: [...CHROMIUM_ARGS, o.marker],
    // Signals are the parent's business (it kills the browser's process group on a timeout).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 60_000,
  });
}
