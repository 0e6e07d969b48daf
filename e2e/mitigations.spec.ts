import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures/test';
import { createWorkspace, newUser, signUp, createModelFromTemplate, inviteViewer } from './fixtures/users';

test.use({ viewport: { width: 1600, height: 1000 } });

// The "Supervised ML on Kubernetes" template arrives analysed; memorisation is likelihood 3 × impact 4 = high (12).
const TEMPLATE = /Supervised ML on Kubernetes/;
const API = 'Recommendation API';
const MEMORISATION = 'Training-data memorisation and extraction';
// The first catalogue mitigation linked from TL-AI-028 (preventive: likelihood −1 by default).
const CATALOGUE = 'Minimise and scrub personal data before training';
const HAND = 'Rate-limit and monitor the recommendation API';

const register = (page: Page) => page.getByRole('table', { name: 'Threat register' });
const registerRow = (page: Page, title: string) => register(page).getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });
const tracker = (page: Page) => page.getByRole('table', { name: 'Mitigation tracker' });
const trackerRow = (page: Page, title: string) => tracker(page).getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });
const coverage = (page: Page) => page.getByRole('region', { name: 'Mitigation coverage' });
const burndown = (page: Page) => page.getByRole('region', { name: 'Open risk over time' });

async function download(page: Page, link: ReturnType<Page['getByRole']>): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('mitigations: link from the catalogue and by hand, run the workflow, track, export and chart the residual risk', async ({ page, browser }) => {
  const owner = newUser('owner');
  await signUp(page, owner);
  const ws = await createWorkspace(page, 'Mitigation team');
  const model = await createModelFromTemplate(page, ws, 'Recommender', TEMPLATE);

  // One high threat in the register.
  await page.goto(`${model}/threats`);
  const suggestions = page.getByRole('region', { name: 'Suggestions' });
  await suggestions.getByRole('checkbox', { name: `Select ${MEMORISATION} on ${API}` }).check();
  await suggestions.getByRole('button', { name: 'Accept selected (1)' }).click();
  await expect(registerRow(page, MEMORISATION)).toHaveCount(1);
  await expect(registerRow(page, MEMORISATION)).toContainText('None');

  // Link two mitigations: the catalogue's suggestion for this threat, and one written by hand.
  await registerRow(page, MEMORISATION).getByRole('button', { name: MEMORISATION, exact: true }).click();
  const threat = page.getByRole('dialog', { name: MEMORISATION });
  await threat.getByRole('list', { name: 'Suggested mitigations' }).getByRole('button', { name: `Add ${CATALOGUE}` }).click();
  const linked = threat.getByRole('list', { name: 'Linked mitigations' });
  await expect(linked.getByRole('link', { name: CATALOGUE })).toBeVisible();
  await threat.getByLabel('New mitigation').fill(HAND);
  await threat.getByRole('button', { name: 'Add mitigation' }).click();
  await expect(linked.getByRole('listitem')).toHaveCount(2);
  await expect(threat.getByRole('button', { name: `Add ${CATALOGUE}` })).toHaveCount(0);
  // The catalogue control lowers likelihood by 1 by default; once verified, also impact by 1.
  await expect(threat.getByLabel(`Likelihood reduction for ${CATALOGUE}`)).toHaveValue('1');
  await threat.getByLabel(`Impact reduction for ${CATALOGUE}`).selectOption('1');
  await expect(threat.getByLabel(`Impact reduction for ${CATALOGUE}`)).toHaveValue('1');
  await page.keyboard.press('Escape');
  await expect(registerRow(page, MEMORISATION)).toContainText('0 of 2 verified');

  // Dashboard before any work: nothing covered, the open risk is the inherent 12.
  await page.getByRole('navigation', { name: 'Threat model' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(coverage(page)).toContainText('0 of 1 high and critical threat has a verified mitigation');
  await expect(burndown(page)).toContainText('Open risk now: 12.');
  const lastBurndown = burndown(page).getByRole('table', { name: 'Open risk by day' }).getByRole('row').last();
  await expect(lastBurndown.getByRole('cell')).toHaveText('12');

  // The tracker: owner and due date, then the whole workflow with evidence.
  await page.getByRole('navigation', { name: 'Threat model' }).getByRole('link', { name: 'Mitigations' }).click();
  await expect(tracker(page).getByRole('row')).toHaveCount(3); // header + 2
  await trackerRow(page, CATALOGUE).getByRole('button', { name: CATALOGUE, exact: true }).click();
  const detail = page.getByRole('dialog', { name: CATALOGUE });
  await expect(page).toHaveURL(/[?&]mitigation=/);
  await detail.getByLabel('Owner').selectOption({ label: owner.name });
  await detail.getByLabel('Due date').fill('2030-01-15');
  await detail.getByRole('button', { name: 'Save changes' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  const workflow = detail.getByRole('list', { name: 'Workflow' });
  for (const next of ['Planned', 'In progress', 'Implemented']) {
    await detail.getByRole('button', { name: `Move to ${next}` }).click();
    await expect(workflow.locator('[aria-current="step"]')).toHaveText(next);
  }
  await detail.getByLabel('Evidence', { exact: true }).fill('Training-set scan finds no personal identifiers (report DS-42).');
  await detail.getByRole('button', { name: 'Move to Verified' }).click();
  await expect(workflow.locator('[aria-current="step"]')).toHaveText('Verified');
  await expect(detail.getByText(/Change not saved/)).toHaveCount(0);

  // Every change is on the timeline: who, from, to.
  const timeline = detail.getByRole('list', { name: 'Timeline' });
  await expect(timeline).toContainText(`${owner.name} created it as Proposed`);
  await expect(timeline).toContainText(`${owner.name} assigned it to ${owner.name}`);
  await expect(timeline).toContainText(`${owner.name} set the due date to 2030-01-15`);
  for (const [from, to] of [['Proposed', 'Planned'], ['Planned', 'In progress'], ['In progress', 'Implemented'], ['Implemented', 'Verified']]) {
    await expect(timeline).toContainText(`${owner.name} moved it from ${from} to ${to}`);
  }
  await expect(timeline.getByRole('listitem')).toHaveCount(7);
  await detail.getByRole('button', { name: 'Close' }).click();
  await expect(detail).toHaveCount(0);
  await expect(page).not.toHaveURL(/mitigation=/);

  // Inline edits: the hand-written one gets an owner and a past due date, so it is overdue.
  await trackerRow(page, HAND).getByLabel(`Owner of ${HAND}`).selectOption({ label: owner.name });
  await trackerRow(page, HAND).getByLabel(`Due date of ${HAND}`).fill('2020-01-01');
  await trackerRow(page, HAND).getByLabel(`Due date of ${HAND}`).press('Enter');
  await expect(trackerRow(page, HAND)).toContainText('Overdue');
  // Only the moves the workflow allows are offered inline.
  const statusOptions = trackerRow(page, HAND).getByLabel(`Status of ${HAND}`).locator('option');
  await expect(statusOptions).toHaveText(['Proposed', 'Planned', 'Rejected…']);
  await expect(page.getByText(/Change not saved/)).toHaveCount(0);

  // A saved view: the "Overdue" quick view lives in the URL and survives a reload.
  await page.getByRole('group', { name: 'Quick views' }).getByRole('button', { name: 'Overdue' }).click();
  await expect(page).toHaveURL(/[?&]due=overdue/);
  await expect(page.getByText('1 of 2 mitigations shown')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Quick views' }).getByRole('button', { name: 'Overdue' })).toHaveAttribute('aria-pressed', 'true');
  await expect(trackerRow(page, HAND)).toHaveCount(1);
  await expect(trackerRow(page, CATALOGUE)).toHaveCount(0);

  // CSV exports exactly the view.
  const overdueCsv = await download(page, page.getByRole('link', { name: 'Export CSV' }));
  expect(overdueCsv.name).toMatch(/^mitigations-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(overdueCsv.text).toContain(HAND);
  expect(overdueCsv.text).not.toContain(CATALOGUE);
  await page.getByRole('group', { name: 'Quick views' }).getByRole('button', { name: 'All' }).click();
  await expect(page.getByText('2 mitigations', { exact: true })).toBeVisible();
  const allCsv = await download(page, page.getByRole('link', { name: 'Export CSV' }));
  const lines = allCsv.text.trim().split(/\r?\n/);
  expect(lines[0]).toContain('Title');
  expect(lines).toHaveLength(3);
  const catalogueLine = lines.find((l) => l.includes(CATALOGUE))!;
  expect(catalogueLine).toContain('Verified');
  expect(catalogueLine).toContain('2030-01-15');
  expect(catalogueLine).toContain(owner.name);
  expect(catalogueLine).toContain('TL-M-025');
  const handLine = lines.find((l) => l.includes(HAND))!;
  expect(handLine).toContain('2020-01-01');
  expect(handLine).toContain('yes');

  // Dashboard after: covered, the open risk dropped to the residual 2 × 3 = 6, the overdue one listed with its owner.
  await page.getByRole('navigation', { name: 'Threat model' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(coverage(page)).toContainText('1 of 1 high and critical threat has a verified mitigation');
  await expect(burndown(page)).toContainText('Open risk now: 6.');
  await expect(lastBurndown.getByRole('cell')).toHaveText('6');
  const overdue = page.getByRole('region', { name: 'Overdue mitigations' });
  await expect(overdue.getByRole('row').filter({ hasText: HAND })).toContainText(owner.name);

  // The register shows inherent and residual side by side.
  await page.getByRole('navigation', { name: 'Threat model' }).getByRole('link', { name: 'Threats' }).click();
  await expect(registerRow(page, MEMORISATION)).toContainText(/High\s*\(12\)/);
  await expect(registerRow(page, MEMORISATION)).toContainText(/Residual\s*Medium\s*\(6\)/);
  await expect(registerRow(page, MEMORISATION)).toContainText('1 of 2 verified');
  await expect(page.getByRole('region', { name: 'Ready to mark mitigated' })).toHaveCount(0);

  // Rejecting the other (a reason is required) leaves every live mitigation verified: one click marks the threat mitigated.
  await page.goto(`${model}/mitigations`);
  await trackerRow(page, HAND).getByLabel(`Status of ${HAND}`).selectOption('rejected');
  const reject = page.getByRole('dialog', { name: 'Reject mitigation' });
  await reject.getByRole('button', { name: 'Reject' }).click();
  await expect(reject.getByRole('alert')).toContainText('Say why');
  await reject.getByLabel('Reason').fill('The API sits behind the gateway’s rate limits already.');
  await reject.getByRole('button', { name: 'Reject' }).click();
  await expect(trackerRow(page, HAND).getByLabel(`Status of ${HAND}`)).toHaveValue('rejected');
  await page.goto(`${model}/threats`);
  const ready = page.getByRole('region', { name: 'Ready to mark mitigated' });
  await ready.getByRole('button', { name: `Mark ${MEMORISATION} as mitigated` }).click();
  await expect(page.getByLabel(`Status of ${MEMORISATION}`)).toHaveValue('mitigated');
  await expect(ready).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel(`Status of ${MEMORISATION}`)).toHaveValue('mitigated');

  // A viewer sees the tracker, the timeline and the dashboard, with no edit controls.
  const viewer = await inviteViewer(page, browser, ws);
  await viewer.goto(`${ws}/mitigations`);
  await expect(trackerRow(viewer, CATALOGUE)).toContainText('Verified');
  await expect(trackerRow(viewer, CATALOGUE)).toContainText('Recommender');
  await expect(trackerRow(viewer, HAND)).toContainText('Rejected');
  await expect(viewer.getByRole('checkbox')).toHaveCount(0);
  await expect(viewer.getByLabel(`Status of ${CATALOGUE}`)).toHaveCount(0);
  await expect(viewer.getByLabel(`Owner of ${CATALOGUE}`)).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Add mitigation' })).toHaveCount(0);
  await trackerRow(viewer, CATALOGUE).getByRole('button', { name: CATALOGUE, exact: true }).click();
  const viewerDetail = viewer.getByRole('dialog', { name: CATALOGUE });
  await expect(viewerDetail.getByRole('list', { name: 'Timeline' })).toContainText('moved it from Implemented to Verified');
  await expect(viewerDetail).toContainText('Training-set scan finds no personal identifiers');
  await expect(viewerDetail.getByRole('button', { name: /^(Move to|Back to|Reject|Save changes|Unlink|Link threat)/ })).toHaveCount(0);
  await expect(viewerDetail.getByRole('combobox')).toHaveCount(0);
  await viewer.goto(`${model}/dashboard`);
  await expect(coverage(viewer)).toContainText('1 of 1');
  await viewer.goto(`${model}/threats`);
  await registerRow(viewer, MEMORISATION).getByRole('button', { name: MEMORISATION, exact: true }).click();
  const viewerThreat = viewer.getByRole('dialog', { name: MEMORISATION });
  await expect(viewerThreat.getByRole('list', { name: 'Linked mitigations' }).getByRole('listitem')).toHaveCount(2);
  await expect(viewerThreat.getByRole('button', { name: /^(Add|Link|Unlink|Mark)/ })).toHaveCount(0);
  await expect(viewerThreat.getByRole('combobox')).toHaveCount(0);
  const csvApi = `/api/v1/workspaces/${await workspaceIdFromCsvLink(viewer)}/mitigations/csv`;
  expect((await viewer.request.get(csvApi)).status()).toBe(200);

  // Someone outside the workspace gets a 404 for the tracker, the dashboards and the export.
  const ctx = await browser.newContext();
  const outsider = await ctx.newPage();
  await signUp(outsider, newUser('outsider'));
  for (const path of [`${ws}/mitigations`, `${ws}/dashboard`, `${model}/mitigations`, `${model}/dashboard`]) {
    const res = await outsider.goto(path);
    expect(res?.status()).toBe(404);
    await expect(outsider.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  }
  expect((await outsider.request.get(csvApi)).status()).toBe(404);
});

/** The workspace id, read from the tracker's export link (ids are not in page URLs). */
async function workspaceIdFromCsvLink(page: Page): Promise<string> {
  await page.goto(new URL(page.url()).pathname.replace(/\/models\/.*$/, '/mitigations'));
  const href = (await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href'))!;
  return href.split('/')[4]!;
}
