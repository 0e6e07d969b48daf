import { expect, test, type Locator, type Page } from './fixtures/test';
import { startSecondInstance } from './fixtures/second-instance';
import { createModelFromTemplate, createWorkspace, inviteMember, newUser, signUp } from './fixtures/users';
import { CanvasPage } from './pages/canvas-page';

// Two app instances on one database, as two replicas behind a load balancer: the owner works
// through instance A (the one Playwright started), an editor through instance B. Changes travel
// A → PostgreSQL NOTIFY → B → Server-Sent Events.

const portB = Number(process.env.E2E_PORT ?? 3100) + 2;
let second: Awaited<ReturnType<typeof startSecondInstance>>;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  second = await startSecondInstance(portB);
});

test.afterAll(async () => {
  await second?.stop();
});

const saveResponse = (page: Page) => page.waitForResponse((r) => r.url().endsWith('/canvas') && r.request().method() === 'POST');

/** Checks a mark is shown throughout a window, not just at one moment (presence must not flicker). */
async function staysVisible(locator: Locator, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    expect(await locator.isVisible(), 'visible throughout').toBe(true);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function rename(page: Page, canvas: CanvasPage, id: string, field: 'Name' | 'Description', value: string) {
  await canvas.click(id);
  const input = page.getByLabel(field, { exact: true });
  await input.fill(value);
  if (field === 'Name') await input.press('Enter');
  else await input.blur();
}

test('edits through instance A reach a client of instance B within a second; presence; a same-field clash asks, loses nothing', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const owner = newUser('owner');
  const editor = newUser('editor');
  await signUp(page, owner);
  const ws = await createWorkspace(page, `Live ${owner.name}`);
  const modelPath = await createModelFromTemplate(page, ws, 'Live model', /RAG support chatbot/);
  const editorPage = await inviteMember(page, browser, ws, { role: 'EDITOR', baseURL: second.app.baseURL, user: editor });
  expect(new URL(editorPage.url()).port).toBe(String(portB));

  const a = new CanvasPage(page);
  const b = new CanvasPage(editorPage);
  await a.goto(modelPath);
  await b.goto(modelPath);
  for (const p of [page, editorPage]) await expect(p.locator('[data-live-status="live"]')).toBeVisible();

  // Presence: each sees the other in the model header.
  await expect(page.locator(`[data-presence-user="${editor.name}"]`)).toBeVisible();
  await expect(editorPage.locator(`[data-presence-user="${owner.name}"]`)).toBeVisible();

  const id = (await page.locator('.react-flow__node-element').first().getAttribute('data-id'))!;

  // A renames an element: B shows it within a second of A's save being committed.
  const saved = saveResponse(page);
  await rename(page, a, id, 'Name', 'Renamed through A');
  expect((await saved).ok()).toBe(true);
  await expect(b.node(id)).toContainText('Renamed through A', { timeout: 1_000 });

  // B selects the element: A sees B's avatar on it.
  await b.click(id);
  await expect(a.node(id).locator(`[data-editing-by="${editor.name}"]`)).toBeVisible();
  // …and it stays while other presence changes arrive at B (A now works on another element).
  const other = (await page.locator('.react-flow__node-element').nth(1).getAttribute('data-id'))!;
  await a.click(other);
  await expect(b.node(other).locator(`[data-editing-by="${owner.name}"]`)).toBeVisible();
  await staysVisible(a.node(id).locator(`[data-editing-by="${editor.name}"]`), 2_000);

  // A clash: B edits offline (name and description) while A renames the same element again.
  await editorPage.context().setOffline(true);
  await rename(editorPage, b, id, 'Name', 'Renamed through B');
  await rename(editorPage, b, id, 'Description', 'Written by B');
  const saved2 = saveResponse(page);
  await rename(page, a, id, 'Name', 'Renamed again through A');
  expect((await saved2).ok()).toBe(true);
  await editorPage.context().setOffline(false);

  // B is asked, with both values and who made the other change; nothing was sent meanwhile.
  const dialog = editorPage.getByRole('dialog', { name: `Changed by ${owner.name}` });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await expect(dialog).toContainText('Renamed again through A');
  await expect(dialog).toContainText('Renamed through B');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Renamed again through A');
  // The canvas must get a decision: there is no "Not now", and Escape does not close the dialog.
  await expect(dialog.getByRole('button', { name: 'Not now' })).toHaveCount(0);
  await editorPage.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio')).toHaveCount(3);
  await dialog.getByRole('radio', { name: 'Merge' }).check();
  const merged = dialog.getByLabel('Merged name of “Renamed again through A”');
  await expect(merged).toHaveValue(`[Version by ${owner.name}]\nRenamed again through A\n\n[Your version]\nRenamed through B`);
  await merged.fill('Renamed through A and B');
  const saved3 = saveResponse(editorPage);
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  expect((await saved3).ok()).toBe(true);
  await expect(dialog).toBeHidden();

  // Both edits survive on both instances: the merged name and B's description.
  await expect(a.node(id)).toContainText('Renamed through A and B', { timeout: 2_000 });
  await a.click(id);
  await expect(page.getByLabel('Description', { exact: true })).toHaveValue('Written by B');
  await expect(b.node(id)).toContainText('Renamed through A and B');
  await expect(editorPage.locator('[data-live-status="live"]')).toBeVisible({ timeout: 15_000 });

  // And they are what the server has after a reload.
  await page.reload();
  await expect(a.node(id)).toContainText('Renamed through A and B');
});
