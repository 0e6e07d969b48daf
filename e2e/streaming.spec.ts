import { expect, test } from './fixtures/test';
import { createModelFromTemplate, createWorkspace, newUser, signUp } from './fixtures/users';

// Model pages stream in under a live connection. The first live update used to reach the page
// before React had hydrated it, and React then rendered the page again on the client next to the
// streamed copy: for a moment everything was there twice (and tests hit both copies).
test('model pages are rendered once while the live connection starts', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __mostH1: number };
    w.__mostH1 = 0;
    new MutationObserver(() => {
      w.__mostH1 = Math.max(w.__mostH1, document.querySelectorAll('h1').length);
    }).observe(document, { subtree: true, childList: true });
  });
  await signUp(page, newUser('streamer'));
  const ws = await createWorkspace(page, 'Streaming team');
  const model = await createModelFromTemplate(page, ws, 'Streamed model', /Supervised ML on Kubernetes/);
  for (const tab of ['canvas', 'workshop', 'threats', 'canvas', 'workshop', 'threats', 'canvas', 'workshop']) {
    await page.goto(`${model}/${tab}`);
    await expect(page.locator('[data-live-status="live"]')).toBeVisible();
    // Presence arrives after hello; give the page a moment to receive both.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { __mostH1: number }).__mostH1), `${tab}: headings seen at once`).toBe(await page.locator('h1').count());
  }
});
