import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/test';
import { createModel, createWorkspace, newUser, signUp, createModelFromTemplate } from './fixtures/users';

test.use({ viewport: { width: 1600, height: 1000 } });

test('AI BoM: inventory with missing facts, filters, canvas links and the CycloneDX download', async ({ page }) => {
  await signUp(page, newUser('bom'));
  const ws = await createWorkspace(page, 'AI supply chain');
  const model = await createModelFromTemplate(page, ws, 'Support replies', /LLM fine-tuning/);

  await page.getByRole('navigation', { name: 'Threat model' }).getByRole('link', { name: 'AI BoM' }).click();
  await page.waitForURL(/\/bom$/);
  const table = page.getByRole('table', { name: 'AI inventory' });
  const row = (name: string) => table.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) });

  await expect(row('Mistral 7B base')).toContainText('Apache-2.0');
  await expect(row('Mistral 7B base')).toContainText('safetensors');
  await expect(row('Mistral 7B base').getByText('Complete')).toBeVisible();
  await expect(row('Support ticket archive').getByRole('list', { name: /Missing for/ }).getByText('No licence')).toBeVisible();
  await expect(page.getByText('1 of 3 datasets lacks a licence.')).toBeVisible();
  await expect(row('Mistral 7B base').getByRole('link', { name: 'Mistral 7B base' })).toHaveAttribute('href', /\/canvas\?focus=/);

  // Filters: datasets only, then only rows missing a licence.
  await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('dataset');
  await expect(row('Mistral 7B base')).toHaveCount(0);
  await expect(row('Support ticket archive')).toBeVisible();
  await page.getByRole('combobox', { name: 'Missing', exact: true }).selectOption('licence');
  await expect(table.getByRole('row')).toHaveCount(2); // header + the ticket archive

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CycloneDX (JSON)' }).click()]);
  expect(download.suggestedFilename()).toBe('Support-replies.aibom.cdx.json');
  const bom = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(bom.bomFormat).toBe('CycloneDX');
  expect(bom.specVersion).toBe('1.6');
  expect(bom.components.map((c: { name: string }) => c.name)).toContain('mistralai/Mistral-7B-v0.3');

  const res = await page.request.get(`/api/v1/models/${model.split('/').pop()}/aibom.cdx.json`);
  expect(res.headers()['content-type']).toBe('application/vnd.cyclonedx+json; version=1.6');

  // The row link opens the canvas focused on the element.
  await page.getByRole('combobox', { name: 'Type', exact: true }).selectOption('all');
  await page.getByRole('combobox', { name: 'Missing', exact: true }).selectOption('all');
  await row('Mistral 7B base').getByRole('link', { name: 'Mistral 7B base' }).click();
  await page.waitForURL(/\/canvas\?focus=/);
});

test('AI BoM: an empty diagram explains what feeds the bill of materials', async ({ page }) => {
  await signUp(page, newUser('bom-empty'));
  const ws = await createWorkspace(page, 'Empty BoM');
  const model = await createModel(page, ws, 'Blank');
  await page.goto(`${model}/bom`);
  await expect(page.getByRole('heading', { name: 'No models or datasets in this diagram yet' })).toBeVisible();
  await expect(page.getByText(/pretrained models, model registries and artifact builds/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download CycloneDX (JSON)' })).toBeVisible();
});
