import { expect, test, type Page } from './fixtures/test';
import { createModel, createWorkspace, newUser, signUp, inviteViewer } from './fixtures/users';
import { CanvasPage } from './pages/canvas-page';

test.use({ viewport: { width: 1600, height: 1000 } });

const modelIdOf = (modelPath: string) => modelPath.split('/').pop()!;

async function saved(page: Page) {
  await expect(page.getByText('Saved', { exact: true })).toBeVisible({ timeout: 15_000 });
}

test('draw a pipeline, edit it, undo and redo, and find it all after a reload', async ({ page }) => {
  await signUp(page, newUser('drawer'));
  const ws = await createWorkspace(page, 'Canvas team');
  const modelPath = await createModel(page, ws, 'Fraud pipeline');
  const canvas = new CanvasPage(page);
  await canvas.goto(modelPath);
  await expect(page.getByRole('navigation', { name: 'Palette' })).toBeVisible();
  // A new model's diagram says how to start instead of showing a blank grid; the hint lets the drop through.
  await expect(page.getByRole('heading', { name: 'This diagram is empty' })).toBeVisible();
  await expect(page.getByTestId('empty-canvas')).toContainText('Drag a stage from the palette');

  // Two elements and a boundary from the palette, by mouse.
  const source = await canvas.dragFromPalette('Data source', { x: 130, y: 90 });
  await expect(page.getByRole('heading', { name: 'This diagram is empty' })).toHaveCount(0);
  await page.getByLabel('Name', { exact: true }).fill('Customer events');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(canvas.node(source)).toContainText('Customer events');

  const trainer = await canvas.dragFromPalette('Training / fine-tuning job', { x: 470, y: 90 });
  await page.getByLabel('Name', { exact: true }).fill('Fraud trainer');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(canvas.node(trainer)).toContainText('Fraud trainer');

  const boundary = await canvas.dragFromPalette('Cloud account', { x: 330, y: 420 });
  await page.getByLabel('Name', { exact: true }).fill('Training account');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(canvas.node(boundary)).toContainText('Training account');

  // Move the trainer into the boundary.
  const zone = await canvas.box(boundary);
  await canvas.dragNodeTo(trainer, { x: zone.x + zone.width / 2, y: zone.y + zone.height / 2 + 20 });
  expect(await canvas.isInside(trainer, boundary)).toBe(true);

  // Connect them: the new flow crosses the boundary and is marked.
  await canvas.connect(source, trainer);
  await expect(canvas.edges()).toHaveCount(1);
  const flowId = (await canvas.edges().first().getAttribute('data-id'))!.replace(/^xy-edge__/, '');
  await page.getByLabel('Label', { exact: true }).fill('events');
  await page.getByLabel('Label', { exact: true }).press('Enter');
  await page.getByLabel('Classification').selectOption('confidential');
  await expect(page.locator('[data-crossing]')).toContainText('events');
  await expect(page.locator('[data-crossing]')).toContainText('Confidential');

  // Inspector validation: a bad URL is refused with the schema's message, a good one is kept.
  await canvas.click(source);
  const url = page.getByLabel('Source URL');
  await url.fill('not a url');
  await url.press('Enter');
  await expect(page.getByText('Source URL must be a full web address starting with https://.')).toBeVisible();
  await url.fill('https://example.com/events');
  await url.press('Enter');
  await expect(page.getByText('Source URL must be a full web address')).toHaveCount(0);

  // Undo and redo from the keyboard.
  await page.getByLabel('Name', { exact: true }).fill('Customer events v2');
  await page.getByLabel('Name', { exact: true }).press('Enter');
  await expect(canvas.node(source)).toContainText('Customer events v2');
  await canvas.clickEmpty();
  await page.keyboard.press('Control+z');
  await expect(canvas.node(source)).not.toContainText('v2');
  await page.keyboard.press('Control+Shift+z');
  await expect(canvas.node(source)).toContainText('Customer events v2');
  await page.keyboard.press('Control+z');
  await expect(canvas.node(source)).not.toContainText('v2');
  await page.keyboard.press('Control+y');
  await expect(canvas.node(source)).toContainText('Customer events v2');
  await saved(page);

  // Reload: everything is where it was drawn.
  const before = { source: await canvas.box(source), trainer: await canvas.box(trainer) };
  await page.reload();
  await expect(canvas.node(source)).toContainText('Customer events v2');
  await expect(canvas.node(trainer)).toContainText('Fraud trainer');
  await expect(canvas.node(boundary)).toContainText('Training account');
  await expect(canvas.edges()).toHaveCount(1);
  await expect(canvas.edgeLabel(flowId)).toContainText('events');
  expect(await canvas.isInside(trainer, boundary)).toBe(true);
  // fitView on load may zoom: compare the layout, not the pixels.
  const after = { source: await canvas.box(source), trainer: await canvas.box(trainer) };
  const ratio = after.source.width / before.source.width;
  expect(Math.abs((after.trainer.x - after.source.x) - (before.trainer.x - before.source.x) * ratio)).toBeLessThan(2);

  const api = await (await page.request.get(`/api/v1/models/${modelIdOf(modelPath)}/canvas`)).json();
  expect(api.graph.elements[trainer].boundaryId).toBe(boundary);
  expect(api.graph.elements[source].properties.sourceUrl).toBe('https://example.com/events');
  expect(api.graph.flows[flowId]).toMatchObject({ sourceId: source, targetId: trainer, label: 'events', properties: { classification: 'confidential' } });

  await canvas.click(source);
  await expect(page.getByLabel('Source URL')).toHaveValue('https://example.com/events');

  // Find by name selects (and centres) the match.
  const find = page.getByRole('combobox', { name: 'Find element by name' });
  await find.fill('trainer');
  await find.press('Enter');
  await expect(canvas.node(trainer)).toHaveClass(/selected/);

  // The validation panel lists gaps; choosing one selects its target.
  await canvas.clickEmpty();
  await page.getByRole('region', { name: 'Issues' }).getByRole('button', { name: /Customer events v2/ }).first().click();
  await expect(canvas.node(source)).toHaveClass(/selected/);

  // Auto-layout runs in a worker (allowed by the CSP) and is one undo step.
  const cspErrors: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text()); });
  const beforeLayout = await canvas.flowPosition(source);
  await page.getByRole('button', { name: 'Auto-layout' }).click();
  await expect.poll(() => canvas.flowPosition(source)).not.toBe(beforeLayout);
  expect(await canvas.isInside(trainer, boundary)).toBe(true);
  expect(cspErrors).toEqual([]);
  await canvas.clickEmpty();
  await page.keyboard.press('Control+z');
  await expect.poll(() => canvas.flowPosition(source)).toBe(beforeLayout);
  await saved(page);
});

test('a viewer sees the canvas read-only and cannot change anything', async ({ page, browser }) => {
  await signUp(page, newUser('owner'));
  const ws = await createWorkspace(page, 'Canvas review');
  const modelPath = await createModel(page, ws, 'Chat assistant');
  const canvas = new CanvasPage(page);
  await canvas.goto(modelPath);
  // Keyboard-accessible add: pressing a palette item adds it in the middle of the view.
  await page.getByRole('button', { name: 'Add Data store', exact: true }).click();
  const id = await canvas.selectedNodeId();
  await saved(page);

  const viewerPage = await inviteViewer(page, browser, ws);
  await expect(viewerPage.getByRole('heading', { level: 1, name: 'Canvas review' })).toBeVisible();

  const view = new CanvasPage(viewerPage);
  await view.goto(modelPath);
  await expect(viewerPage.getByText('Read-only', { exact: true })).toBeVisible();
  await expect(viewerPage.getByRole('navigation', { name: 'Palette' })).toHaveCount(0);
  await expect(view.node(id)).toBeVisible();
  await expect(view.node(id).locator('.react-flow__handle')).toHaveCount(0);

  // Dragging a read-only node pans the view at most; the node keeps its place on the canvas.
  const before = await view.flowPosition(id);
  await view.dragNodeBy(id, 160, 120);
  expect(await view.flowPosition(id)).toBe(before);

  await view.click(id);
  await expect(viewerPage.getByLabel('Name', { exact: true })).toBeDisabled();
  await expect(viewerPage.getByLabel('Name', { exact: true })).toHaveValue('Data store');
  await viewerPage.keyboard.press('Delete');
  await expect(view.node(id)).toBeVisible();
  const { graph } = await (await viewerPage.request.get(`/api/v1/models/${modelIdOf(modelPath)}/canvas`)).json();
  expect(Object.keys(graph.elements)).toEqual([id]);

  const api = `/api/v1/models/${modelIdOf(modelPath)}/canvas`;
  const { revision } = await (await viewerPage.request.get(api)).json();
  const res = await viewerPage.request.post(api, {
    data: { baseRevision: revision, ops: [{ type: 'element.move', id, x: 999, y: 999 }] },
  });
  expect(res.status()).toBe(403);
  await viewerPage.context().close();
});

test('new models start from each template with no modelling gaps', async ({ page }) => {
  await signUp(page, newUser('templates'));
  const ws = await createWorkspace(page, 'Template gallery');
  for (const name of ['Supervised ML on Kubernetes', 'RAG support chatbot', 'LLM fine-tuning', 'Agentic assistant']) {
    await page.goto(ws);
    await page.getByRole('button', { name: 'New threat model' }).click();
    const dialog = page.getByRole('dialog', { name: 'New threat model' });
    await dialog.getByLabel('Name').fill(`From ${name}`);
    const choice = dialog.getByRole('radio', { name: new RegExp(name) });
    const counts = (await choice.locator('xpath=..').textContent())!.match(/(\d+) elements · (\d+) flows/)!;
    await choice.check();
    await dialog.getByRole('button', { name: 'Create model' }).click();
    await page.waitForURL(/\/canvas$/);
    await expect(page.locator('.react-flow__node-element')).toHaveCount(Number(counts[1]));
    await expect(page.locator('.react-flow__edge')).toHaveCount(Number(counts[2]));
    await expect(page.getByText('No modelling gaps found.')).toBeVisible();
  }
});
