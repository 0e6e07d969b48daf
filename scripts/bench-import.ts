// `npm run bench:import`: the 500-cell Threat Dragon sample (../shared/reference/samples/
// threat-dragon/generated-500-elements.json): conversion alone (in process), the whole import
// through the app's HTTP API (upload → background job → model written), and the time to open
// the imported model on the canvas in Chromium. Prints medians and writes bench-results/import.json.
// Never asserts; skips with a message when the sample is absent.
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { convertImport, parseImportText } from '../lib/interop/registry.ts';
import { pct, seedOwner, signedInPage, startBenchApp, writeResult } from './lib/bench-app.ts';
import { projectRoot } from './lib/data-dir.ts';

// BENCH_SAMPLE: another Threat Dragon (or any supported) file, e.g. when running from a copy of the project.
const SAMPLE = path.resolve(process.env.BENCH_SAMPLE ?? path.join(projectRoot, '../shared/reference/samples/threat-dragon/generated-500-elements.json'));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

async function main(): Promise<void> {
  if (!existsSync(SAMPLE)) {
    console.log(`bench:import skipped: the sample ${SAMPLE} is not there (it comes with ../shared/reference).`);
    return;
  }
  const content = readFileSync(SAMPLE, 'utf8');
  const convertMs: number[] = [];
  let counts: unknown = null;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const result = convertImport(parseImportText(content));
    convertMs.push(Math.round(performance.now() - started));
    counts = result.report.counts;
  }

  const app = await startBenchApp(Number(process.env.BENCH_PORT ?? 3170));
  try {
    const { db, slug, workspaceId } = await seedOwner(app.databaseUrl);
    await db.$disconnect();
    const { browser, page } = await signedInPage(app.base);
    const importMs: number[] = [];
    const modelIds: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = Date.now();
      const res = await page.request.post(`/api/v1/workspaces/${workspaceId}/imports`, { data: { content, filename: path.basename(SAMPLE) } });
      if (res.status() !== 202) throw new Error(`import refused: ${res.status()} ${await res.text()}`);
      let job = (await res.json()) as { id: string; state: string; modelId: string | null; error: unknown };
      while (job.state !== 'done' && job.state !== 'failed') {
        await new Promise((r) => setTimeout(r, 50));
        job = (await (await page.request.get(`/api/v1/workspaces/${workspaceId}/imports/${job.id}`)).json()) as typeof job;
      }
      if (job.state === 'failed') throw new Error(`import failed: ${JSON.stringify(job.error)}`);
      importMs.push(Date.now() - started);
      modelIds.push(job.modelId!);
    }

    // Opening the canvas: navigation until the nodes are on screen and two frames have painted.
    const openMs: number[] = [];
    let rendered = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = Date.now();
      await page.goto(`/w/${slug}/models/${modelIds[0]}/canvas`);
      await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
      openMs.push(Date.now() - started);
      rendered = await page.locator('.react-flow__node').count();
    }
    await browser.close();

    writeResult('import', {
      benchmark: 'import',
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
      sample: { file: path.basename(SAMPLE), bytes: Buffer.byteLength(content), counts },
      convertInProcessMs: { runs: convertMs, median: pct(convertMs, 50) },
      importOverHttpMs: { runs: importMs, median: pct(importMs, 50), note: 'upload → job (parse, convert, validate, write) → done' },
      canvasOpenMs: { runs: openMs, median: pct(openMs, 50), renderedNodes: rendered },
    });
  } finally {
    await app.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
