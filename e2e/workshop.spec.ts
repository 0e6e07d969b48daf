import { expect, test, type Browser, type Page } from './fixtures/test';
import { createModelFromTemplate, createWorkspace, inviteViewer, newUser, signUp, type TestUser } from './fixtures/users';

test.use({ viewport: { width: 1600, height: 1000 } });

// The "Supervised ML on Kubernetes" template arrives analysed; these suggestions are on its API.
const TEMPLATE = /Supervised ML on Kubernetes/;
const API = 'Recommendation API';
const ATTRIBUTE = 'Attribute inference'; // catalogue rating: likelihood 2, impact 3
const MEMBERSHIP = 'Membership inference';
const CUSTOM = 'Scraping of ranked results';
const QUESTION = 'Who rotates the KServe credentials?';

/** The owner creates an editor invitation; a new user signs up through it in a fresh context and accepts. */
async function inviteEditor(page: Page, browser: Browser, workspacePath: string, label: string): Promise<{ page: Page; user: TestUser }> {
  await page.goto(`${workspacePath}/members`);
  await page.getByLabel('Role', { exact: true }).selectOption('EDITOR');
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByLabel('Invitation link').inputValue();
  const ctx = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const other = await ctx.newPage();
  await other.goto(link);
  await other.getByRole('link', { name: 'Create an account' }).click();
  await other.waitForURL(/\/sign-up\?callbackUrl=/);
  const url = new URL(other.url());
  const user = newUser(label);
  await signUp(other, user, url.pathname + url.search);
  await other.getByRole('button', { name: 'Accept invitation' }).click();
  await other.waitForURL(new RegExp(`${workspacePath}$`));
  await expect(other.getByText('Read-only access')).toHaveCount(0);
  return { page: other, user };
}

const stage = (page: Page) => page.getByTestId('current-stage');
const threat = (page: Page, title: string) => page.getByRole('listitem', { name: title, exact: true });

test('a facilitated workshop: live stages, hidden votes revealed as medians, parking lot, snapshot with summary and diff', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const facilitator = newUser('facilitator');
  await signUp(page, facilitator);
  const ws = await createWorkspace(page, 'Workshop team');
  const model = await createModelFromTemplate(page, ws, 'Recommender', TEMPLATE);

  // Before the workshop: one threat already in the register (its later change must show in the diff).
  await page.goto(`${model}/threats`);
  await page.getByRole('button', { name: `Accept ${ATTRIBUTE} on ${API}` }).click();
  await expect(page.getByRole('button', { name: ATTRIBUTE, exact: true })).toBeVisible();

  const { page: p1, user: u1 } = await inviteEditor(page, browser, ws, 'alice');
  const { page: p2, user: u2 } = await inviteEditor(page, browser, ws, 'bob');

  // The facilitator starts the workshop from the new tab.
  await page.goto(model);
  await page.getByRole('navigation', { name: 'Threat model' }).getByRole('link', { name: 'Workshop' }).click();
  await expect(page).toHaveURL(new RegExp(`${model}/workshop$`));
  await expect(page.getByText('No workshop has ended on this model yet.')).toBeVisible();
  const form = page.getByRole('form', { name: 'Start a workshop' });
  await form.getByLabel('Title').fill('Design review');
  await form.getByRole('radio', { name: /Follow the data flow/ }).check();
  await form.getByLabel('Minutes per stage').fill('10');
  await form.getByRole('button', { name: 'Start workshop' }).click();
  await expect(stage(page)).toContainText('Stage 1 of');
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.locator('[data-clock-state="running"]')).toBeVisible();

  // Participants open it and are recorded as attending.
  for (const p of [p1, p2]) {
    await p.goto(`${model}/workshop`);
    await expect(stage(p)).toContainText('Stage 1 of');
    await expect(p.getByText('The facilitator moves between stages; your view follows.')).toBeVisible();
  }
  await expect(page.getByLabel('Attendees')).toContainText(u2.name);
  await expect(page.getByLabel('Attendees')).toContainText(u1.name);

  // The facilitator jumps to the API's stage: both participants follow without reloading.
  const jump = page.getByLabel('Go to stage');
  const apiStage = await jump.locator('option', { hasText: API }).getAttribute('value');
  await jump.selectOption(apiStage!);
  const expected = `Stage ${Number(apiStage) + 1} of`;
  await expect(stage(page)).toContainText(expected);
  for (const p of [page, p1, p2]) await expect(stage(p)).toContainText(API);

  // New threats for the stage: a suggestion accepted and one of the team's own.
  await page.getByRole('button', { name: `Accept ${MEMBERSHIP} on ${API}` }).click();
  await expect(threat(page, MEMBERSHIP)).toBeVisible();
  await page.getByLabel(/Your own threat on Recommendation API/).fill(CUSTOM);
  await page.getByRole('button', { name: 'Add threat', exact: true }).click();
  await expect(threat(page, CUSTOM)).toBeVisible();
  await expect(threat(p1, CUSTOM)).toContainText('Workshop');

  // Both participants vote; each sees only their own vote, everyone sees who voted.
  await expect(threat(page, ATTRIBUTE)).toContainText('likelihood 2, impact 3');
  const vote = async (p: Page, likelihood: string, impact: string) => {
    await p.getByLabel(`Your likelihood for ${ATTRIBUTE}`).selectOption(likelihood);
    await p.getByLabel(`Your impact for ${ATTRIBUTE}`).selectOption(impact);
    await p.getByRole('button', { name: `Vote on ${ATTRIBUTE}` }).click();
    await expect(p.getByText(`Your vote: likelihood ${likelihood}, impact ${impact}`)).toBeVisible();
  };
  await vote(p1, '5', '4');
  await vote(p2, '4', '5');
  for (const p of [page, p1, p2]) {
    const votes = p.getByRole('group', { name: `Votes on ${ATTRIBUTE}` });
    await expect(votes).toContainText(`2 votes (hidden until revealed): ${u1.name}, ${u2.name}`);
  }
  await expect(p1.getByRole('group', { name: `Votes on ${ATTRIBUTE}` })).not.toContainText('likelihood 4, impact 5');
  await expect(p2.getByRole('group', { name: `Votes on ${ATTRIBUTE}` })).not.toContainText('likelihood 5, impact 4');
  await expect(page.getByRole('group', { name: `Votes on ${ATTRIBUTE}` })).not.toContainText('Your vote');
  await expect(p1.getByRole('button', { name: `Reveal votes on ${ATTRIBUTE}` })).toHaveCount(0);

  // The facilitator reveals: medians 4.5 → 5 (halves round up) are applied, and every vote shows.
  await page.getByRole('button', { name: `Reveal votes on ${ATTRIBUTE}` }).click();
  for (const p of [page, p1, p2]) {
    const revealed = p.getByRole('group', { name: `Revealed votes on ${ATTRIBUTE}` });
    await expect(revealed).toContainText('Revealed: likelihood 5, impact 5 (median of 2 votes, applied)');
    await expect(revealed.getByRole('row').filter({ hasText: u1.name }).getByRole('cell')).toHaveText([u1.name, '5', '4']);
    await expect(revealed.getByRole('row').filter({ hasText: u2.name }).getByRole('cell')).toHaveText([u2.name, '4', '5']);
    await expect(threat(p, ATTRIBUTE)).toContainText('likelihood 5, impact 5');
  }

  // A participant parks a question; the facilitator sees it live.
  await p1.getByLabel('Question to park').fill(QUESTION);
  await p1.getByRole('button', { name: 'Park', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Open questions' })).toContainText(QUESTION);

  // The live diff since the baseline already shows the workshop's changes.
  const changes = page.getByRole('region', { name: 'Threats changes' });
  await expect(changes).toContainText(`Changed: ${ATTRIBUTE} (likelihood 2 → 5; impact 3 → 5)`);
  await expect(changes).toContainText(`Added: ${CUSTOM}`);

  // The facilitator ends the workshop: everyone is back to the start form, with the summary in the history.
  await page.getByRole('button', { name: 'End workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'End the workshop?' });
  await expect(dialog).toContainText('1 parked question is still open');
  await dialog.getByRole('button', { name: 'End and save snapshot' }).click();
  await expect(page.getByRole('form', { name: 'Start a workshop' })).toBeVisible();
  for (const p of [p1, p2]) await expect(p.getByRole('form', { name: 'Start a workshop' })).toBeVisible();

  await page.getByText('Design review', { exact: true }).click();
  const attendance = page.getByRole('region', { name: 'Attendance' });
  for (const u of [facilitator, u1, u2]) await expect(attendance).toContainText(u.name);
  await expect(page.getByRole('region', { name: 'Decisions' })).toContainText(`“${ATTRIBUTE}”: likelihood 2 → 5, impact 3 → 5 (median of 2 votes).`);
  await expect(page.getByRole('region', { name: 'Decisions' })).toContainText(`Added threat “${CUSTOM}” on ${API}.`);
  await expect(page.getByRole('region', { name: 'Open questions' })).toContainText(QUESTION);
  const diff = page.getByRole('region', { name: 'Changes during the workshop' });
  await expect(diff.getByRole('region', { name: 'Threats changes' })).toContainText(`Changed: ${ATTRIBUTE} (likelihood 2 → 5; impact 3 → 5)`);
  await expect(diff.getByRole('region', { name: 'Threats changes' })).toContainText(`Added: ${MEMBERSHIP}`);
  await expect(diff.getByRole('region', { name: 'Threats changes' })).toContainText(`Added: ${CUSTOM}`);
  await expect(diff.getByRole('region', { name: 'Elements changes' })).toHaveCount(0);
  const snapshots = page.getByRole('table', { name: 'Snapshots of this model' });
  await expect(snapshots).toContainText('Workshop: Design review');
  await expect(snapshots).toContainText('Before “Design review”');

  // The register kept the workshop's ratings and sources.
  await p2.goto(`${model}/threats`);
  await expect(p2.getByLabel(`Likelihood of ${ATTRIBUTE}`)).toHaveValue('5');
  await expect(p2.getByLabel(`Impact of ${ATTRIBUTE}`)).toHaveValue('5');
  await Promise.all([p1.context().close(), p2.context().close()]);
});

test('viewers attend and read but cannot vote or contribute; outsiders get a 404', async ({ page, browser }) => {
  await signUp(page, newUser('facilitator'));
  const ws = await createWorkspace(page, 'Review team');
  const model = await createModelFromTemplate(page, ws, 'Support bot', /RAG support chatbot/);
  const viewer = await inviteViewer(page, browser, ws);

  await page.goto(`${model}/workshop`);
  await page.getByRole('form', { name: 'Start a workshop' }).getByRole('button', { name: 'Start workshop' }).click();
  await expect(stage(page)).toContainText('Stage 1 of');
  await page.getByLabel(/Your own threat on/).fill('Leaked API keys');
  await page.getByRole('button', { name: 'Add threat', exact: true }).click();
  const item = threat(page, 'Leaked API keys');
  await item.getByText('Comments (0)').click();
  await item.getByLabel('Comment on Leaked API keys').fill('Seen in the 2025 audit.');
  await item.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(item.getByText('Comments (1)')).toBeVisible();

  await viewer.goto(`${model}/workshop`);
  await expect(viewer.getByText('You are attending as a viewer: voting and adding threats need the editor role.')).toBeVisible();
  const seen = threat(viewer, 'Leaked API keys');
  await expect(seen.getByText('Voting is a contribution: it needs the editor role.')).toBeVisible();
  await expect(seen.getByRole('button', { name: /Vote on/ })).toHaveCount(0);
  await seen.getByText('Comments (1)').click();
  await expect(seen.getByRole('list', { name: 'Comments on Leaked API keys' })).toContainText('Seen in the 2025 audit.');
  await expect(seen.getByLabel('Comment on Leaked API keys')).toHaveCount(0);
  await expect(viewer.getByLabel('Question to park')).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'End workshop' })).toHaveCount(0);
  await expect(viewer.getByRole('region', { name: 'Facilitator controls' })).toHaveCount(0);
  // Attending is recorded for viewers too.
  await expect(page.getByLabel('Attendees')).toContainText('viewer');

  const outsiderCtx = await browser.newContext();
  const outsider = await outsiderCtx.newPage();
  await signUp(outsider, newUser('outsider'));
  const res = await outsider.goto(`${model}/workshop`);
  expect(res?.status()).toBe(404);
  await expect(outsider.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await Promise.all([outsiderCtx.close(), viewer.context().close()]);
});
