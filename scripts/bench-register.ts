// `npm run bench:register`: 5,000 threats in one model's register; time to first rows and frame
// times while scrolling the virtualised table. Prints percentiles, writes bench-results/register.json.
import os from 'node:os';
import { pct, recordFrames, seedOwner, signedInPage, startBenchApp, summary, writeResult } from './lib/bench-app.ts';

const COUNT = Number(process.env.BENCH_THREATS ?? 5000);

async function main(): Promise<void> {
  const app = await startBenchApp(Number(process.env.BENCH_PORT ?? 3161));
  try {
    const { db, slug, modelId } = await seedOwner(app.databaseUrl);
    const statuses = ['identified', 'mitigating', 'mitigated', 'accepted'];
    await db.threat.createMany({
      data: Array.from({ length: COUNT }, (_, i) => ({
        modelId, title: `Threat ${i + 1}: ${['Poisoning', 'Extraction', 'Prompt injection', 'Evasion'][i % 4]}`,
        category: ['data-poisoning', 'model-theft', 'prompt-injection', 'evasion'][i % 4]!, status: statuses[i % 4]!,
        likelihood: (i % 5) + 1, impact: ((i * 3) % 5) + 1, source: 'manual', stride: ['T'],
      })),
    });
    await db.$disconnect();
    const { browser, page } = await signedInPage(app.base);
    const loads: number[] = [];
    for (let run = 0; run < 3; run++) {
      const started = Date.now();
      await page.goto(`/w/${slug}/models/${modelId}/threats`);
      await page.getByRole('row').nth(2).waitFor({ timeout: 120_000 });
      loads.push(Date.now() - started);
    }
    const domRows = await page.getByRole('row').count();
    const take = await recordFrames(page);
    const table = page.getByRole('table').last();
    const box = (await table.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
    await take();
    for (let i = 0; i < 150; i++) await page.mouse.wheel(0, 400);
    const scroll = await take();
    await browser.close();
    writeResult('register', {
      benchmark: 'register',
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length },
      threats: COUNT,
      loadToFirstRowsMs: { runs: loads, median: pct(loads, 50) },
      renderedRowsInDom: domRows,
      scrollFrameMs: summary(scroll),
    });
  } finally {
    await app.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
