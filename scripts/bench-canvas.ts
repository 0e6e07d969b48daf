// `npm run bench:canvas`: seeds a model with 1,000 elements and 1,500 flows, opens its canvas in
// Chromium (Playwright) and records load-to-rendered time and frame times while panning and
// dragging. Prints medians/percentiles and writes bench-results/canvas.json. Never asserts.
import { hash } from '@node-rs/argon2';
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { bigGraph } from './lib/big-graph.ts';
import { ensureChromium } from './lib/chromium.ts';
import { projectRoot } from './lib/data-dir.ts';
import { openLocalDatabase } from './lib/local-db.ts';
import { stopLeftoverApp } from './lib/next-app.ts';
import { recoverStaleServer } from './lib/pg-recovery.ts';

const PORT = Number(process.env.BENCH_PORT ?? 3160);
const base = `http://localhost:${PORT}`;
const email = 'bench@example.test';
const password = 'benchmark passphrase 2026';

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : Number.NaN;
}
const round = (n: number) => Math.round(n * 10) / 10;
const summary = (v: number[]) => ({ count: v.length, p50: round(pct(v, 50)), p95: round(pct(v, 95)), p99: round(pct(v, 99)), max: round(Math.max(...v)) });

async function startApp(dataDir: string): Promise<() => Promise<void>> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), NEXTAUTH_URL: base, THREATLINE_DATA_DIR: dataDir, THREATLINE_SEED: '0', NEXT_TELEMETRY_DISABLED: '1' };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Threatline is ready on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the app exited with ${code}:\n${out}`)));
  });
  return async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
    await stopLeftoverApp(dataDir, () => undefined);
    await recoverStaleServer(path.join(dataDir, 'postgres'), () => undefined);
  };
}

async function seed(url: string): Promise<{ slug: string; modelId: string }> {
  // Through the same helpers the app uses, against the database of the running instance.
  process.env.DATABASE_URL = url;
  const { getDb } = await import('../server/db.ts');
  const { insertGraph } = await import('../server/canvas/insert-graph.ts');
  const db = getDb();
  const user = await db.user.create({ data: { email, name: 'Bench', passwordHash: await hash(password, { algorithm: 2 }) } });
  const ws = await db.workspace.create({
    data: { name: 'Bench', slug: `bench-${Date.now().toString(36)}`, createdById: user.id, memberships: { create: { userId: user.id, role: 'OWNER' } } },
  });
  const model = await db.threatModel.create({ data: { workspaceId: ws.id, name: 'Large pipeline', createdById: user.id } });
  await db.$transaction((tx) => insertGraph(tx, model.id, bigGraph()), { timeout: 120_000 });
  await db.$disconnect();
  return { slug: ws.slug, modelId: model.id };
}

async function main(): Promise<void> {
  const executablePath = ensureChromium();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'threatline-bench-'));
  const stop = await startApp(dataDir);
  try {
    const db = await openLocalDatabase({ dataDir, log: () => undefined });
    const { slug, modelId } = await seed(db.url);
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    await page.request.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, json: 'true' } });

    const loads: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = Date.now();
      await page.goto(`/w/${slug}/models/${modelId}/canvas`);
      await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      loads.push(Date.now() - started);
    }
    const rendered = await page.locator('.react-flow__node').count();

    // Strings, not functions: tsx would inject helpers (__name) the page does not have.
    await page.evaluate(`(() => {
      window.__frames = [];
      let last = performance.now();
      const tick = (t) => { window.__frames.push(t - last); last = t; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const frames = async () => page.evaluate<number[]>('window.__frames.splice(0)');
    const pane = page.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    await frames();
    // Pan: drag the empty pane around.
    await page.mouse.move(box.x + 40, box.y + box.height - 40);
    await page.mouse.down();
    for (let i = 0; i < 120; i++) await page.mouse.move(box.x + 40 + (i % 60) * 8, box.y + box.height - 40 - (i % 60) * 4);
    await page.mouse.up();
    const panFrames = await frames();
    // Drag an element back and forth.
    const node = page.locator('.react-flow__node').nth(5);
    const nb = (await node.boundingBox())!;
    await page.mouse.move(nb.x + nb.width / 2, nb.y + nb.height / 2);
    await page.mouse.down();
    for (let i = 0; i < 120; i++) await page.mouse.move(nb.x + nb.width / 2 + (i % 40) * 5, nb.y + nb.height / 2 + (i % 40) * 3);
    await page.mouse.up();
    const dragFrames = await frames();
    // BENCH_PROFILE=1: a CPU profile of one more drag, summarised by self time (for tuning).
    if (process.env.BENCH_PROFILE) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
      await page.mouse.move(nb.x + nb.width / 2, nb.y + nb.height / 2);
      await page.mouse.down();
      for (let i = 0; i < 60; i++) await page.mouse.move(nb.x + nb.width / 2 + (i % 40) * 5, nb.y + nb.height / 2 + (i % 40) * 3);
      await page.mouse.up();
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples: number[] } };
      const self = new Map<number, number>();
      for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
      const byFn = new Map<string, number>();
      for (const n of profile.nodes) {
        const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
        byFn.set(key, (byFn.get(key) ?? 0) + (self.get(n.id) ?? 0));
      }
      const total = profile.samples.length;
      console.log('Top self time during drag:');
      for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
      await frames();
    }
    // The same drag at a working zoom level (most of the diagram off screen, not rendered).
    for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.waitForTimeout(300);
    const visible = page.locator('.react-flow__node-element');
    const vb = (await visible.nth(Math.min(3, (await visible.count()) - 1)).boundingBox())!;
    await frames();
    await page.mouse.move(vb.x + vb.width / 2, vb.y + vb.height / 2);
    await page.mouse.down();
    for (let i = 0; i < 120; i++) await page.mouse.move(vb.x + vb.width / 2 + (i % 40) * 5, vb.y + vb.height / 2 + (i % 40) * 3);
    await page.mouse.up();
    const zoomedDragFrames = await frames();
    const zoomedRendered = await page.locator('.react-flow__node').count();
    const memory = await page.evaluate<number | null>('performance.memory ? performance.memory.usedJSHeapSize : null');
    await browser.close();

    const result = {
      benchmark: 'canvas',
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
      model: { elements: 1000, flows: 1500, boundaries: 20 },
      loadToRenderedMs: { runs: loads, median: pct(loads, 50) },
      renderedNodes: rendered,
      panFrameMs: summary(panFrames),
      dragFrameMs: summary(dragFrames),
      zoomedIn: { renderedNodes: zoomedRendered, dragFrameMs: summary(zoomedDragFrames) },
      jsHeapBytes: memory,
    };
    mkdirSync(path.join(projectRoot, 'bench-results'), { recursive: true });
    const file = path.join(projectRoot, 'bench-results', 'canvas.json');
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    console.log(`\nWritten to ${file}`);
  } finally {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
