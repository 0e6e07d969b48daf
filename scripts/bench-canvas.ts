// `npm run bench:canvas`: seeds a model with 1,000 elements and 1,500 flows, opens its canvas in
// Chromium (Playwright) and records load-to-rendered time and frame times while panning and
// dragging. Prints medians/percentiles and writes bench-results/canvas.json. Never asserts.
import os from 'node:os';
import { bigGraph } from './lib/big-graph.ts';
import { pct, recordFrames, seedOwner, signedInPage, startBenchApp, summary, writeResult } from './lib/bench-app.ts';

async function main(): Promise<void> {
  const app = await startBenchApp(Number(process.env.BENCH_PORT ?? 3160));
  try {
    const { db, slug, modelId } = await seedOwner(app.databaseUrl);
    const { insertGraph } = await import('../server/canvas/insert-graph.ts');
    await db.$transaction((tx) => insertGraph(tx, modelId, bigGraph()), { timeout: 120_000 });
    await db.$disconnect();
    const { browser, page } = await signedInPage(app.base);
    const context = page.context();

    const loads: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = Date.now();
      await page.goto(`/w/${slug}/models/${modelId}/canvas`);
      await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      loads.push(Date.now() - started);
    }
    const rendered = await page.locator('.react-flow__node').count();

    const frames = await recordFrames(page);
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

    writeResult('canvas', {
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
    });
  } finally {
    await app.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
