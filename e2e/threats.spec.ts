import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/test';
import { createWorkspace, newUser, signUp, createModelFromTemplate, inviteViewer } from './fixtures/users';
import { CanvasPage } from './pages/canvas-page';

test.use({ viewport: { width: 1600, height: 1000 } });

// The "Supervised ML on Kubernetes" template arrives analysed with these four suggestions.
const TEMPLATE = /Supervised ML on Kubernetes/;
const API = 'Recommendation API';
const MEMBERSHIP = 'Membership inference';
const ATTRIBUTE = 'Attribute inference';
const MEMORISATION = 'Training-data memorisation and extraction';
const DISCLOSURE = 'Disclosure of information held by a component';
const REGISTRY_TAMPERING = 'Model tampering in the registry';

async function saved(page: Page) {
  await expect(page.getByText('Saved', { exact: true })).toBeVisible({ timeout: 15_000 });
}

const suggestions = (page: Page) => page.getByRole('region', { name: 'Suggestions' });
const group = (page: Page, name: string) => suggestions(page).getByRole('group', { name: `${name} suggestions` });
const register = (page: Page) => page.getByRole('table', { name: 'Threat register' });
const registerRow = (page: Page, title: string) => register(page).getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });

/** Selects a node by its name on the canvas (clicks its middle). */
async function selectNode(page: Page, name: string) {
  const node = page.locator('.react-flow__node').filter({ has: page.getByText(name, { exact: true }) }).first();
  const box = (await node.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
}

test('suggestions are accepted and dismissed, the register follows the canvas and re-runs', async ({ page }) => {
  await signUp(page, newUser('analyst'));
  const ws = await createWorkspace(page, 'Threat team');
  const model = await createModelFromTemplate(page, ws, 'Recommender', TEMPLATE);

  await page.getByRole('navigation', { name: 'Threat model' }).getByRole('link', { name: 'Threats' }).click();
  await expect(page).toHaveURL(new RegExp(`${model}/threats$`));
  const open = group(page, 'Open');
  await expect(open.getByRole('listitem')).toHaveCount(4);
  await expect(suggestions(page).getByText('The diagram changed since the last analysis')).toHaveCount(0);
  // Each suggestion says why, naming the stage and the property that triggered it.
  const membership = open.getByRole('listitem', { name: MEMBERSHIP });
  await expect(membership).toContainText(`inference service “${API}” is reachable from the internet`);
  await expect(membership).toContainText('R-EXPOSED-PRIVACY-ATTACKS');
  await expect(register(page)).toContainText('No threats yet');

  // Bulk accept three; dismiss the fourth with a reason.
  for (const title of [MEMBERSHIP, ATTRIBUTE, MEMORISATION]) await open.getByRole('checkbox', { name: `Select ${title} on ${API}` }).check();
  await suggestions(page).getByRole('button', { name: 'Accept selected (3)' }).click();
  await expect(group(page, 'Accepted').getByRole('listitem')).toHaveCount(3);
  await open.getByRole('button', { name: `Dismiss ${DISCLOSURE} on Model image build` }).click();
  const dismiss = page.getByRole('dialog', { name: 'Dismiss suggestion' });
  await dismiss.getByLabel('Reason').fill('The image build only sees public base images.');
  await dismiss.getByRole('button', { name: 'Dismiss' }).click();
  await expect(dismiss).toHaveCount(0);
  await expect(group(page, 'Dismissed')).toContainText('Reason: The image build only sees public base images.');
  await expect(suggestions(page).getByText('All suggestions are decided.')).toBeVisible();

  // The register holds the accepted three, not the dismissed one.
  for (const title of [MEMBERSHIP, ATTRIBUTE, MEMORISATION]) await expect(registerRow(page, title)).toHaveCount(1);
  await expect(registerRow(page, DISCLOSURE)).toHaveCount(0);
  await expect(page.getByText('3 threats', { exact: true })).toBeVisible();

  // Inline edit with an optimistic update that sticks after a reload.
  const saving = () => page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/threats'));
  await Promise.all([saving(), page.getByLabel(`Status of ${ATTRIBUTE}`).selectOption('mitigating')]);
  await Promise.all([saving(), page.getByLabel(`Likelihood of ${ATTRIBUTE}`).selectOption('4')]);
  await expect(registerRow(page, ATTRIBUTE)).toContainText(/High\s*\(12\)/);
  await expect(page.getByText(/Change not saved|Changed by someone else/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel(`Status of ${ATTRIBUTE}`)).toHaveValue('mitigating');
  await expect(page.getByLabel(`Likelihood of ${ATTRIBUTE}`)).toHaveValue('4');

  // The risk matrix filters the register.
  await page.getByRole('button', { name: /^Likelihood 3 Possible, impact 4 Major: 1 open/ }).click();
  await expect(page.getByText('1 of 3 threats shown')).toBeVisible();
  await expect(registerRow(page, MEMORISATION)).toHaveCount(1);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect(page.getByText('3 threats', { exact: true })).toBeVisible();

  // A row links to its stage on the canvas: selected, with its threats and a badge.
  await registerRow(page, MEMBERSHIP).getByRole('link', { name: `Show ${API} on the canvas` }).click();
  await expect(page).toHaveURL(/\/canvas\?focus=/);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(API);
  const inspectorThreats = page.getByRole('region', { name: 'Threats (3)' });
  await expect(inspectorThreats.getByRole('link')).toHaveCount(3);
  const apiNode = page.locator('.react-flow__node').filter({ has: page.getByText(API, { exact: true }) }).first();
  await expect(apiNode.getByRole('img', { name: '3 open threats, highest risk high' })).toBeVisible();
  // …and each threat in the inspector opens in the register.
  await inspectorThreats.getByRole('link', { name: MEMBERSHIP }).click();
  await expect(page.getByRole('dialog', { name: MEMBERSHIP })).toBeVisible();
  await expect(page.getByRole('dialog', { name: MEMBERSHIP })).toContainText('AML.T0024.000');
  await page.keyboard.press('Escape');

  // Change the diagram: differential privacy retires memorisation; an unsigned registry adds tampering.
  const canvas = new CanvasPage(page);
  await canvas.goto(model);
  await selectNode(page, 'Ranking model training');
  await page.getByLabel('Differential privacy').selectOption('yes');
  await selectNode(page, 'Model registry');
  await page.getByLabel('Signing').selectOption('no');
  await saved(page);

  await page.goto(`${model}/threats`);
  await expect(suggestions(page).getByText('The diagram changed since the last analysis')).toBeVisible();
  await suggestions(page).getByRole('button', { name: 'Re-run analysis' }).click();
  await expect(suggestions(page).getByText('Analysis finished: 1 new, 1 retired.')).toBeVisible();
  await expect(suggestions(page).getByText('The diagram changed since the last analysis')).toHaveCount(0);
  await expect(group(page, 'Open').getByRole('listitem', { name: REGISTRY_TAMPERING })).toContainText('Model registry');
  const retired = group(page, 'Retired').getByRole('listitem', { name: MEMORISATION });
  await expect(retired).toContainText('Trigger no longer present. The accepted threat stays in the register, flagged.');
  // The accepted threat stays, flagged; the others are untouched.
  await expect(registerRow(page, MEMORISATION)).toContainText('Trigger gone');
  await expect(registerRow(page, MEMBERSHIP)).not.toContainText('Trigger gone');
  await expect(page.getByText('3 threats', { exact: true })).toBeVisible();
});

test('the register exports as CSV, and a viewer sees it read-only', async ({ page, browser }) => {
  await signUp(page, newUser('owner'));
  const ws = await createWorkspace(page, 'Export team');
  const model = await createModelFromTemplate(page, ws, 'Recommender export', TEMPLATE);
  await page.goto(`${model}/threats`);
  const open = group(page, 'Open');
  await open.getByRole('checkbox', { name: `Select ${MEMBERSHIP} on ${API}` }).check();
  await open.getByRole('checkbox', { name: `Select ${MEMORISATION} on ${API}` }).check();
  await suggestions(page).getByRole('button', { name: 'Accept selected (2)' }).click();
  await expect(registerRow(page, MEMBERSHIP)).toHaveCount(1);
  await expect(registerRow(page, MEMORISATION)).toHaveCount(1);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toBe('threats-Recommender-export.csv');
  const csv = await readFile((await download.path())!, 'utf8');
  expect(csv).toContain('Title');
  expect(csv).toContain(MEMBERSHIP);
  expect(csv).toContain(MEMORISATION);
  expect(csv).not.toContain(ATTRIBUTE);
  expect(csv).toContain(API);

  const viewer = await inviteViewer(page, browser, ws);
  await viewer.goto(`${model}/threats`);
  await expect(registerRow(viewer, MEMBERSHIP)).toHaveCount(1);
  await expect(group(viewer, 'Open').getByRole('listitem')).toHaveCount(2);
  await expect(group(viewer, 'Open')).toContainText('is reachable from the internet');
  // No decisions, no edits, no bulk actions for viewers.
  await expect(viewer.getByRole('button', { name: /^(Accept|Dismiss|Reopen)/ })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Re-run analysis' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Add threat' })).toHaveCount(0);
  await expect(viewer.getByRole('checkbox')).toHaveCount(0);
  await expect(viewer.getByLabel(`Status of ${MEMBERSHIP}`)).toHaveCount(0);
  await expect(registerRow(viewer, MEMBERSHIP)).toContainText('Identified');
  await registerRow(viewer, MEMBERSHIP).getByRole('button', { name: MEMBERSHIP, exact: true }).click();
  const detail = viewer.getByRole('dialog', { name: MEMBERSHIP });
  await expect(detail).toContainText('Framework references');
  await expect(detail.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  // The export works for viewers too.
  const res = await viewer.request.get(`/api/v1/models/${model.split('/').pop()}/threats/csv`);
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain(MEMBERSHIP);
});
