import { expect, test, type Page } from './fixtures/test';
import { createWorkspace, newUser, signUp, createModelFromTemplate } from './fixtures/users';

test.use({ viewport: { width: 1600, height: 1000 } });

// The "Supervised ML on Kubernetes" template arrives analysed with suggestions on the API.
const TEMPLATE = /Supervised ML on Kubernetes/;
const API = 'Recommendation API';
const THREATS = ['Membership inference', 'Attribute inference', 'Training-data memorisation and extraction'];

const suggestions = (page: Page) => page.getByRole('region', { name: 'Suggestions' });
const register = (page: Page) => page.getByRole('table', { name: 'Threat register' });
const registerRow = (page: Page, title: string) => register(page).getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });

test('exports: JSON and Markdown downloads, then the JSON imported as a new model', async ({ page }) => {
  await signUp(page, newUser('exporter'));
  const ws = await createWorkspace(page, 'Export team');
  const model = await createModelFromTemplate(page, ws, 'Recommender', TEMPLATE);
  const modelId = model.split('/').pop()!;

  await page.goto(`${model}/threats`);
  const open = suggestions(page).getByRole('group', { name: 'Open suggestions' });
  for (const title of THREATS) await open.getByRole('checkbox', { name: `Select ${title} on ${API}` }).check();
  await suggestions(page).getByRole('button', { name: `Accept selected (${THREATS.length})` }).click();
  for (const title of THREATS) await expect(registerRow(page, title)).toHaveCount(1);

  // The Report tab's links are another change; the same URLs are fetched with the page's session.
  const json = await page.request.get(`/api/v1/models/${modelId}/export.json`);
  expect(json.status()).toBe(200);
  expect(json.headers()['content-disposition']).toContain('Recommender.threatline.json');
  const doc = (await json.json()) as { format: string; threats: unknown[] };
  expect(doc.format).toBe('threatline.model');
  expect(doc.threats).toHaveLength(THREATS.length);

  const md = await page.request.get(`/api/v1/models/${modelId}/report.md?minRisk=low&includeDismissed=true`);
  expect(md.status()).toBe(200);
  expect(md.headers()['content-type']).toContain('text/markdown');
  const text = await md.text();
  expect(text).toMatch(/^# Threat model: Recommender\n/);
  expect(text).toContain('```mermaid\nflowchart LR');
  for (const title of THREATS) expect(text).toContain(`#### ${title}`);
  expect((await page.request.get(`/api/v1/models/${modelId}/report.md?minRisk=extreme`)).status()).toBe(422);

  // Import through the dialog: a wrong file is explained, the export is previewed and imported.
  await page.goto(ws);
  await page.getByRole('button', { name: 'Import model' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import model' });
  await dialog.getByLabel('Model file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"threatdragon"}') });
  await expect(dialog.getByRole('alert').filter({ hasText: 'cannot be imported' })).toContainText('format was not recognised');
  await expect(dialog.getByRole('button', { name: 'Import' })).toBeDisabled();

  await dialog.getByLabel('Model file').setInputFiles({ name: 'Recommender.threatline.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  const preview = dialog.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('Recommender');
  await expect(preview).toContainText(`${THREATS.length} threats`);
  await dialog.getByLabel('Name').fill('Recommender (imported)');
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByText('Model imported')).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Unmapped owners' })).toHaveCount(0);
  // The link opens the imported model's canvas.
  await dialog.getByRole('link', { name: 'Open imported model' }).click();
  await expect(page).toHaveURL(/\/canvas$/);
  const imported = new URL(page.url()).pathname.replace(/\/canvas$/, '');
  await page.goto(imported);
  await expect(page.getByRole('heading', { level: 2, name: 'Recommender (imported)' })).toBeVisible();
  expect(imported).not.toBe(model);

  await page.goto(`${imported}/threats`);
  for (const title of THREATS) await expect(registerRow(page, title)).toHaveCount(1);
  await expect(page.getByText(`${THREATS.length} threats`, { exact: true })).toBeVisible();
});
