import { expect, test, type Page } from './fixtures/test';
import { createModelFromTemplate, createWorkspace, inviteMember, newUser, signUp } from './fixtures/users';

test.use({ viewport: { width: 1600, height: 1000 } });

// The "Supervised ML on Kubernetes" template arrives analysed with these suggestions.
const TEMPLATE = /Supervised ML on Kubernetes/;
const API = 'Recommendation API';
const MEMBERSHIP = 'Membership inference';
const ATTRIBUTE = 'Attribute inference';

const register = (page: Page) => page.getByRole('table', { name: 'Threat register' });
const registerRow = (page: Page, title: string) => register(page).getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });
const editForm = (page: Page) => page.getByRole('form', { name: 'Edit threat' });
// Next's route announcer is an empty role="alert": only count real messages.
const refusals = (page: Page) => page.getByRole('alert').filter({ hasText: /not saved|changed by someone/i });

async function openThreat(page: Page, title: string) {
  await registerRow(page, title).getByRole('button', { name: title, exact: true }).click();
  await expect(page.getByRole('dialog', { name: title })).toBeVisible();
}

test('two editors on one register: live changes, presence, a merged title and edits of different fields', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const owner = newUser('owner');
  const editor = newUser('editor');
  await signUp(page, owner);
  const ws = await createWorkspace(page, `Register ${owner.name}`);
  const model = await createModelFromTemplate(page, ws, 'Shared register', TEMPLATE);
  await page.goto(`${model}/threats`);
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  for (const title of [MEMBERSHIP, ATTRIBUTE]) {
    await suggestions.getByRole('group', { name: 'Open suggestions' }).getByRole('checkbox', { name: `Select ${title} on ${API}` }).check();
  }
  await suggestions.getByRole('button', { name: 'Accept selected (2)' }).click();
  await expect(registerRow(page, ATTRIBUTE)).toHaveCount(1);

  const b = await inviteMember(page, browser, ws, { role: 'EDITOR', user: editor });
  await page.goto(`${model}/threats`);
  await b.goto(`${model}/threats`);
  for (const p of [page, b]) await expect(p.locator('[data-live-status="live"]')).toBeVisible();
  await b.evaluate(() => {
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;
  });

  // A sets a status: B's register shows it within a second of the save, without reloading.
  await expect(b.getByLabel(`Status of ${MEMBERSHIP}`)).toHaveValue('identified');
  const saved = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/threats'));
  await page.getByLabel(`Status of ${MEMBERSHIP}`).selectOption('mitigating');
  expect((await saved).ok()).toBe(true);
  await expect(b.getByLabel(`Status of ${MEMBERSHIP}`)).toHaveValue('mitigating', { timeout: 1_000 });

  // A opens the threat to edit it: B sees A's avatar on its row.
  await openThreat(page, MEMBERSHIP);
  await expect(registerRow(b, MEMBERSHIP).getByRole('img', { name: `Being edited by ${owner.name}` })).toBeVisible();
  await expect(registerRow(b, ATTRIBUTE).getByRole('img')).toHaveCount(0);

  // Both change the title at once. A saves first; B keeps what B typed, is told, and on saving
  // chooses to merge the two titles.
  await page.getByRole('dialog', { name: MEMBERSHIP }).getByRole('button', { name: 'Edit' }).click();
  await openThreat(b, MEMBERSHIP);
  await expect(page.getByRole('dialog', { name: MEMBERSHIP }).getByRole('img', { name: `Being edited by ${editor.name}` })).toBeVisible();
  await b.getByRole('dialog', { name: MEMBERSHIP }).getByRole('button', { name: 'Edit' }).click();
  const ownerTitle = 'Membership inference through the public API';
  const editorTitle = 'Membership inference against the recommender';
  await editForm(page).getByLabel('Title').fill(ownerTitle);
  await editForm(b).getByLabel('Title').fill(editorTitle);
  await editForm(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(editForm(page)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(b.getByRole('status').filter({ hasText: `${owner.name} changed this while you were editing` })).toBeVisible();
  await expect(editForm(b).getByLabel('Title')).toHaveValue(editorTitle);

  await editForm(b).getByRole('button', { name: 'Save changes' }).click();
  const conflict = b.getByRole('dialog', { name: `Changed by ${owner.name}` });
  await expect(conflict).toContainText(ownerTitle);
  await expect(conflict).toContainText(editorTitle);
  await expect(conflict.getByRole('radio')).toHaveCount(3);
  await conflict.getByRole('radio', { name: 'Merge' }).check();
  const merged = conflict.getByLabel('Merged title');
  await expect(merged).toHaveValue(`[Version by ${owner.name}]\n${ownerTitle}\n\n[Your version]\n${editorTitle}`);
  // The labels must go before it can be applied.
  await conflict.getByRole('button', { name: 'Apply' }).click();
  await expect(conflict).toContainText('Remove the [Version by …] and [Your version] labels');
  const mergedTitle = 'Membership inference through the public recommender API';
  await merged.fill(mergedTitle);
  await conflict.getByRole('button', { name: 'Apply' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(editForm(b)).toHaveCount(0);
  await expect(b.getByRole('dialog', { name: mergedTitle })).toBeVisible();
  await expect(registerRow(page, mergedTitle)).toHaveCount(1);
  await b.keyboard.press('Escape');
  await expect(registerRow(b, mergedTitle)).toHaveCount(1);

  // Different fields of one threat: A writes the description, B the rationale; both survive.
  await openThreat(page, ATTRIBUTE);
  await page.getByRole('dialog', { name: ATTRIBUTE }).getByRole('button', { name: 'Edit' }).click();
  await openThreat(b, ATTRIBUTE);
  await b.getByRole('dialog', { name: ATTRIBUTE }).getByRole('button', { name: 'Edit' }).click();
  const description = 'Seen in the red-team exercise of October.';
  const rationale = 'Scores are rounded to two decimals before they leave the API.';
  await editForm(page).getByLabel('Description', { exact: true }).fill(description);
  await editForm(b).getByLabel('Rationale', { exact: true }).fill(rationale);
  await editForm(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(editForm(page)).toHaveCount(0);
  // B's untouched description follows A's; B's rationale stays.
  await expect(editForm(b).getByLabel('Description', { exact: true })).toHaveValue(description);
  await expect(editForm(b).getByLabel('Rationale', { exact: true })).toHaveValue(rationale);
  await editForm(b).getByRole('button', { name: 'Save changes' }).click();
  await expect(editForm(b)).toHaveCount(0);
  await expect(b.getByRole('dialog', { name: /^Changed by/ })).toHaveCount(0);
  for (const p of [page, b]) {
    const dialog = p.getByRole('dialog', { name: ATTRIBUTE });
    await expect(dialog).toContainText(description);
    await expect(dialog).toContainText(rationale);
  }

  for (const p of [page, b]) await expect(refusals(p)).toHaveCount(0);
  expect(await b.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  // Saved for good: a fresh load shows everything.
  await b.keyboard.press('Escape');
  await expect(b).not.toHaveURL(/threat=/);
  await b.reload();
  await expect(b.getByLabel(`Status of ${mergedTitle}`)).toHaveValue('mitigating');
  await openThreat(b, ATTRIBUTE);
  await expect(b.getByRole('dialog', { name: ATTRIBUTE })).toContainText(description);
  await expect(b.getByRole('dialog', { name: ATTRIBUTE })).toContainText(rationale);
});

const tracker = (page: Page) => page.getByRole('table', { name: 'Mitigation tracker' });
const trackerRow = (page: Page, title: string) => tracker(page).getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });

test('two editors on one mitigation tracker: live status, presence, and "keep mine" on the same field', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const HAND = 'Rate-limit the recommendation API';
  const owner = newUser('owner');
  const editor = newUser('editor');
  await signUp(page, owner);
  const ws = await createWorkspace(page, `Tracker ${owner.name}`);
  const model = await createModelFromTemplate(page, ws, 'Shared tracker', TEMPLATE);
  await page.goto(`${model}/threats`);
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  await suggestions.getByRole('checkbox', { name: `Select ${MEMBERSHIP} on ${API}` }).check();
  await suggestions.getByRole('button', { name: 'Accept selected (1)' }).click();
  await openThreat(page, MEMBERSHIP);
  const threat = page.getByRole('dialog', { name: MEMBERSHIP });
  await threat.getByLabel('New mitigation').fill(HAND);
  await threat.getByRole('button', { name: 'Add mitigation' }).click();
  await expect(threat.getByRole('list', { name: 'Linked mitigations' }).getByRole('listitem')).toHaveCount(1);

  const b = await inviteMember(page, browser, ws, { role: 'EDITOR', user: editor });
  await page.goto(`${model}/mitigations`);
  await b.goto(`${model}/mitigations`);
  for (const p of [page, b]) await expect(p.locator('[data-live-status="live"]')).toBeVisible();

  // A moves it on inline: B's tracker follows.
  await page.getByLabel(`Status of ${HAND}`).selectOption('planned');
  await expect(b.getByLabel(`Status of ${HAND}`)).toHaveValue('planned');

  // A opens it: B sees A's avatar on the row. Then both rewrite the description.
  await trackerRow(page, HAND).getByRole('button', { name: HAND, exact: true }).click();
  const a = page.getByRole('dialog', { name: HAND });
  await expect(trackerRow(b, HAND).getByRole('img', { name: `Being edited by ${owner.name}` })).toBeVisible();
  await trackerRow(b, HAND).getByRole('button', { name: HAND, exact: true }).click();
  const bd = b.getByRole('dialog', { name: HAND });
  await expect(a.getByRole('img', { name: `Being edited by ${editor.name}` })).toBeVisible();
  await a.getByLabel('Description', { exact: true }).fill('Limit each client to 10 requests per second.');
  await bd.getByLabel('Description', { exact: true }).fill('Throttle per API key and alert on scraping patterns.');
  await a.getByRole('button', { name: 'Save changes' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(bd.getByRole('status').filter({ hasText: `${owner.name} changed this while you were editing` })).toBeVisible();
  await bd.getByRole('button', { name: 'Save changes' }).click();
  const conflict = b.getByRole('dialog', { name: `Changed by ${owner.name}` });
  await expect(conflict).toContainText('Limit each client to 10 requests per second.');
  await expect(conflict).toContainText('Throttle per API key and alert on scraping patterns.');
  await conflict.getByRole('radio', { name: 'Keep mine' }).check();
  await conflict.getByRole('button', { name: 'Apply' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(bd.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  // A had nothing unsaved: A's open form shows B's text.
  await expect(a.getByLabel('Description', { exact: true })).toHaveValue('Throttle per API key and alert on scraping patterns.');
  for (const p of [page, b]) await expect(refusals(p)).toHaveCount(0);
});
