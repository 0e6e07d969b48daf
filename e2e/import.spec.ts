import path from 'node:path';
import { expect, test, type Page } from './fixtures/test';
import { createWorkspace, newUser, signUp } from './fixtures/users';

test.use({ viewport: { width: 1600, height: 1000 } });

// A small Threat Dragon v2 model written for the converter's tests (always present).
const TD_FIXTURE = path.resolve(import.meta.dirname, '../lib/interop/threat-dragon/fixtures/minimal-v2.json');
const MODEL = 'Minimal fraud scoring';
const THREAT = 'Model theft by querying';

const register = (page: Page) => page.getByRole('table', { name: 'Threat register' });
const registerRow = (page: Page, title: string) => register(page).getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });
const node = (page: Page, name: string) => page.locator('.react-flow__node').filter({ has: page.getByText(name, { exact: true }) });

test('a Threat Dragon file is previewed, imported, opened on the canvas and its threats are in the register', async ({ page }) => {
  await signUp(page, newUser('migrator'));
  const ws = await createWorkspace(page, 'Migration team');

  await page.goto(ws);
  await page.getByRole('button', { name: 'Import model' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import model' });

  // A damaged file is refused with the converter's reason; nothing can be imported.
  await dialog.getByLabel('Model file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"summary": {"title": "x"}, "details": {}}') });
  await expect(dialog.getByRole('alert').filter({ hasText: 'cannot be imported' })).toContainText('Threat Dragon');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();

  // The preview: detected format, counts, what was mapped approximately.
  const previewRequest = page.waitForRequest(/\/imports\/preview$/);
  await dialog.getByLabel('Model file').setInputFiles(TD_FIXTURE);
  const workspaceId = /workspaces\/([^/]+)\/imports/.exec((await previewRequest).url())![1]!;
  const preview = dialog.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('OWASP Threat Dragon (v2)');
  await expect(preview.getByRole('row', { name: 'Elements 6' })).toBeVisible();
  await expect(preview.getByRole('row', { name: 'Threats 5' })).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Mapped approximately' })).toContainText('Customer');
  await expect(dialog.getByLabel('Name')).toHaveValue(MODEL);

  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByText('Model imported')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('link', { name: 'Open imported model' }).click();
  await expect(page).toHaveURL(/\/models\/[^/]+\/canvas$/);
  const model = new URL(page.url()).pathname.replace(/\/canvas$/, '');
  for (const name of ['Customer', 'Fraud scoring API', 'Transactions DB']) await expect(node(page, name)).toHaveCount(1);

  await page.getByRole('navigation', { name: 'Threat model' }).getByRole('link', { name: 'Threats' }).click();
  await expect(page).toHaveURL(new RegExp(`${model}/threats$`));
  await expect(registerRow(page, THREAT)).toHaveCount(1);
  await page.goto(model);
  await expect(page.getByRole('heading', { level: 2, name: MODEL })).toBeVisible();

  // Merging the same file again adds a second copy next to the first.
  await page.goto(ws);
  await page.getByRole('button', { name: 'Import model' }).click();
  await dialog.getByLabel('Model file').setInputFiles(TD_FIXTURE);
  await expect(dialog.getByRole('region', { name: 'Import preview' })).toBeVisible();
  await dialog.getByRole('radio', { name: 'Merge into an existing model' }).check();
  await expect(dialog.getByLabel('Model to merge into')).toHaveValue(model.split('/').pop()!);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByText('Model merged')).toBeVisible({ timeout: 30_000 });
  await dialog.getByRole('link', { name: 'Open imported model' }).click();
  await expect(node(page, 'Customer')).toHaveCount(2);

  // Exports to other tools: OTM, Threat Dragon and Threat Composer, linked from the Report tab; the
  // Threat Dragon and Threat Composer files read back as their formats.
  await page.goto(`${model}/report`);
  const modelId = model.split('/').pop()!;
  for (const [label, file] of [['OTM 0.2 (JSON)', 'export.otm.json'], ['Threat Dragon v2 (JSON)', 'export.td.json'], ['Threat Composer (JSON)', 'export.tc.json']] as const) {
    await expect(page.getByRole('link', { name: label })).toHaveAttribute('href', `/api/v1/models/${modelId}/${file}`);
  }
  const otm = await page.request.get(`/api/v1/models/${modelId}/export.otm.json`);
  expect(otm.status()).toBe(200);
  expect(otm.headers()['content-disposition']).toContain('.otm.json');
  expect(((await otm.json()) as { otmVersion: string }).otmVersion).toBe('0.2.0');
  const td = await page.request.get(`/api/v1/models/${modelId}/export.td.json`);
  expect(td.status()).toBe(200);
  expect(td.headers()['content-disposition']).toContain('.td.json');
  const back = await page.request.post(`/api/v1/workspaces/${workspaceId}/imports/preview`, { data: { content: await td.text(), filename: 'back.td.json' } });
  expect(back.status()).toBe(200);
  expect(((await back.json()) as { format: string; report: { counts: { elements: number } } })).toMatchObject({ format: 'threat-dragon', report: { counts: { elements: expect.any(Number) } } });

  // The Threat Composer file has every threat of the model (statement = title) and reads back as Threat Composer.
  const own = (await (await page.request.get(`/api/v1/models/${modelId}/export.json`)).json()) as { threats: { title: string }[] };
  const tc = await page.request.get(`/api/v1/models/${modelId}/export.tc.json`);
  expect(tc.status()).toBe(200);
  expect(tc.headers()['content-disposition']).toContain('.tc.json');
  const tcFile = (await tc.json()) as { schema: number; threats: { statement: string; id: string }[] };
  expect(tcFile.schema).toBe(1);
  expect(own.threats.length).toBeGreaterThan(0);
  expect(tcFile.threats.map((t) => t.statement).sort()).toEqual(own.threats.map((t) => t.title).sort());
  for (const t of tcFile.threats) expect(t.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const tcBack = await page.request.post(`/api/v1/workspaces/${workspaceId}/imports/preview`, { data: { content: await tc.text(), filename: 'back.tc.json' } });
  expect(tcBack.status()).toBe(200);
  expect((await tcBack.json()) as unknown).toMatchObject({ format: 'threat-composer', report: { counts: { threats: own.threats.length } } });
});
