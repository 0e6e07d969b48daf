import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/test';
import { createWorkspace, newUser, signUp } from './fixtures/users';

test.use({ viewport: { width: 1600, height: 1000 } });

async function createFromTemplate(page: Page, ws: string, name: string): Promise<string> {
  await page.goto(ws);
  await page.getByRole('button', { name: 'New threat model' }).click();
  const dialog = page.getByRole('dialog', { name: 'New threat model' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('radio', { name: /RAG/ }).check();
  await dialog.getByRole('button', { name: 'Create model' }).click();
  await page.waitForURL(/\/canvas$/);
  return new URL(page.url()).pathname.replace(/\/canvas$/, '');
}

async function download(page: Page, name: string | RegExp): Promise<{ filename: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { filename: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('report: generate the PDF with progress, then download it and the other exports', async ({ page }) => {
  await signUp(page, newUser('owner'));
  const ws = await createWorkspace(page, 'Report team');
  const model = await createFromTemplate(page, ws, 'Support bot');

  await page.goto(model);
  await page.getByRole('navigation', { name: 'Threat model' }).getByRole('link', { name: 'Report' }).click();
  await page.waitForURL(/\/report$/);
  await expect(page.getByRole('checkbox', { name: 'Executive summary' })).toBeChecked();
  await page.getByLabel('Minimum risk').selectOption('medium');
  await page.getByRole('checkbox', { name: 'Include dismissed suggestions' }).check();
  await page.getByRole('button', { name: 'Generate PDF' }).click();

  // Progress first, then the download link.
  await expect(page.getByRole('progressbar', { name: 'Report progress' })).toBeVisible();
  const link = page.getByRole('link', { name: 'Download PDF' });
  await expect(link).toBeVisible({ timeout: 60_000 });
  const pdf = await download(page, 'Download PDF');
  expect(pdf.filename).toMatch(/\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');

  const json = await download(page, 'Model (JSON)');
  expect(JSON.parse(json.bytes.toString('utf8'))).toMatchObject({ format: 'threatline.model', model: { name: 'Support bot' } });
  const threats = await download(page, 'Threats (CSV)');
  expect(threats.filename).toMatch(/\.csv$/);
  expect(threats.bytes.toString('utf8').split('\n')[0]).toMatch(/title/i);
  const mitigations = await download(page, 'Mitigations (CSV)');
  expect(mitigations.filename).toMatch(/\.csv$/);
});
