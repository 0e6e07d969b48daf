import { expect, test } from './fixtures/test';
import { newUser, signUp } from './fixtures/users';

test('pages carry a nonce-based CSP and hardening headers, and scripts still run', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(msg.text())) violations.push(msg.text());
  });
  const res = await page.goto('/sign-in');
  const headers = res!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-powered-by']).toBeUndefined();
  // Client-side validation runs only if React hydrated under the CSP.
  await signUp(page, newUser('csp'));
  expect(violations).toEqual([]);
});

test('the session cookie is HttpOnly and SameSite', async ({ page }) => {
  await signUp(page, newUser('cookie'));
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('next-auth.session-token'));
  expect(cookie).toBeDefined();
  expect(cookie!.httpOnly).toBe(true);
  expect(cookie!.sameSite).toBe('Lax');
});

test('anonymous API calls get a JSON 401 and unknown pages a plain 404', async ({ page, request }) => {
  const api = await request.get('/api/v1/workspaces/abc/audit');
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: expect.objectContaining({ code: 'unauthenticated', message: 'Sign in to continue.' }) });

  const res = await page.goto('/definitely/not/here');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  expect(await page.content()).not.toMatch(/at \w+ \(|node_modules|\.tsx?:\d+/);
});

test('invalid input to an API is a 422 with field errors, not a 500', async ({ page }) => {
  await signUp(page, newUser('bad-input'));
  const res = await page.request.get('/api/v1/workspaces/abc/audit?limit=99999');
  expect(res.status()).toBe(422);
  const body = await res.json();
  expect(body.error.fieldErrors.limit).toBeDefined();
});

test('anonymous visitors are sent to sign-in with a safe return path', async ({ page }) => {
  await page.goto('/w');
  await expect(page).toHaveURL(/\/sign-in/);
  const user = newUser('redirect');
  await signUp(page, user, '/sign-up?callbackUrl=https://evil.example/steal');
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/w$/);
});
