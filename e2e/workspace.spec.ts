import { expect, test } from './fixtures/test';
import { createModel, createWorkspace, newUser, signUp } from './fixtures/users';

test('create a workspace and a model; rename, duplicate and delete it', async ({ page }) => {
  await signUp(page, newUser('owner'));
  const ws = await createWorkspace(page, 'Payments ML');
  await expect(page.getByRole('heading', { name: 'No threat models yet' })).toBeVisible();

  await createModel(page, ws, 'Fraud scoring', 'Nightly retrained gradient-boosted model.');
  await expect(page.getByText('Nightly retrained gradient-boosted model.')).toBeVisible();

  // Rename from the overview.
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Name').fill('Fraud scoring v2');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fraud scoring v2' })).toBeVisible();

  // Duplicate from the list.
  await page.getByRole('link', { name: 'Threat models' }).first().click();
  await page.getByRole('button', { name: 'Actions for Fraud scoring v2' }).click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Fraud scoring v2 (copy)' })).toBeVisible();

  // Delete the copy, with confirmation.
  await page.goto(ws);
  await expect(page.getByRole('link', { name: 'Fraud scoring v2 (copy)' })).toBeVisible();
  await page.getByRole('button', { name: 'Actions for Fraud scoring v2 (copy)' }).click();
  await page.getByRole('menuitem', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete threat model' });
  await expect(dialog.getByRole('button', { name: 'Delete model' })).toBeDisabled();
  await dialog.getByLabel(/Type .* to confirm/).fill('Fraud scoring v2 (copy)');
  await dialog.getByRole('button', { name: 'Delete model' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Fraud scoring v2 (copy)' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Fraud scoring v2', exact: true })).toBeVisible();

  // Rename from the list, and the audit log shows every step.
  await page.getByRole('button', { name: 'Actions for Fraud scoring v2' }).click();
  await page.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename threat model' });
  await rename.getByLabel('Name').fill('Fraud scoring (prod)');
  await rename.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name: 'Fraud scoring (prod)' })).toBeVisible();

  await page.getByRole('link', { name: 'Audit log' }).click();
  for (const action of ['workspace.create', 'model.create', 'model.update', 'model.duplicate', 'model.delete']) {
    await expect(page.getByText(action, { exact: true }).first()).toBeVisible();
  }
});

test('an invited viewer joins, sees the models and cannot change anything', async ({ page, browser }) => {
  await signUp(page, newUser('owner'));
  const ws = await createWorkspace(page, 'Shared team');
  const modelPath = await createModel(page, ws, 'Support chatbot');

  await page.goto(`${ws}/members`);
  await page.getByLabel('Role', { exact: true }).selectOption('VIEWER');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{40,}$/);
  await expect(page.getByRole('list', { name: 'Pending invitations' })).toContainText('Anyone with the link · Viewer');

  const other = await browser.newContext();
  const viewerPage = await other.newPage();
  const viewer = newUser('viewer');
  await viewerPage.goto(link);
  await viewerPage.getByRole('link', { name: 'Create an account' }).click();
  await viewerPage.waitForURL(/\/sign-up\?callbackUrl=/);
  const signUpPath = new URL(viewerPage.url());
  await signUp(viewerPage, viewer, signUpPath.pathname + signUpPath.search);
  await expect(viewerPage.getByRole('heading', { name: 'Join “Shared team”' })).toBeVisible();
  await expect(viewerPage.getByText('invited you as Viewer')).toBeVisible();
  await viewerPage.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(viewerPage.getByRole('heading', { level: 1, name: 'Shared team' })).toBeVisible();
  await expect(viewerPage.getByText('Read-only access')).toBeVisible();

  // Sees the model, but none of the editing controls.
  await expect(viewerPage.getByRole('link', { name: 'Support chatbot' })).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'New threat model' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: /Actions for/ })).toHaveCount(0);
  await viewerPage.getByRole('link', { name: 'Support chatbot' }).click();
  await expect(viewerPage.getByRole('heading', { level: 2, name: 'Support chatbot' })).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Edit details' })).toHaveCount(0);
  await expect(viewerPage.getByText('You have read-only access')).toBeVisible();

  // Owner-only areas are refused even by direct URL or API.
  await expect(viewerPage.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await viewerPage.goto(`${ws}/audit`);
  await expect(viewerPage.getByText('Only owners can read the audit log.')).toBeVisible();
  await page.goto(`${ws}/audit`);
  const auditApi = (await page.getByRole('link', { name: 'Download as JSON' }).getAttribute('href'))!.split('?')[0]!;
  expect((await viewerPage.request.get(auditApi)).status()).toBe(403);
  expect((await page.request.get(auditApi)).status()).toBe(200);

  // The owner sees the new member and the join in the audit log.
  await expect(page.getByText('invitation.accept', { exact: true })).toBeVisible();
  await page.goto(`${ws}/members`);
  await expect(page.getByRole('cell', { name: new RegExp(viewer.email) })).toBeVisible();

  // Someone outside the workspace gets a 404 for its pages and its model.
  const outsiderCtx = await browser.newContext();
  const outsider = await outsiderCtx.newPage();
  await signUp(outsider, newUser('outsider'));
  for (const path of [ws, modelPath, `${ws}/members`]) {
    const res = await outsider.goto(path);
    expect(res?.status()).toBe(404);
    await expect(outsider.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  expect((await outsider.request.get(auditApi)).status()).toBe(404);
  await other.close();
  await outsiderCtx.close();
});
