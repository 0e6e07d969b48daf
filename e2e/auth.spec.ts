import { expect, test } from './fixtures/test';
import { newUser, signInViaApi, signUp } from './fixtures/users';

test('sign up with field-level validation, then land on the workspaces page', async ({ page }) => {
  const user = newUser('signup');
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid email address.')).toBeVisible();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');

  await signUp(page, user);
  await expect(page).toHaveURL(/\/w$/);
  await expect(page.getByRole('heading', { name: 'You are not in any workspace yet' })).toBeVisible();
});

test('sign out, refuse a wrong password, sign in again', async ({ page }) => {
  const user = newUser('signin');
  await signUp(page, user);
  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto('/w');
  await expect(page).toHaveURL(/\/sign-in/);

  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill('this is not it at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Incorrect email or password.' })).toBeVisible();

  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/w$/);
});

test('sign-in through the API shares the session with the page', async ({ page }) => {
  const user = newUser('api');
  await signUp(page, user);
  await page.context().clearCookies();
  await signInViaApi(page, user);
  await page.goto('/w');
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();
});

test('locks sign-in after repeated failures with a clear message', async ({ page }) => {
  const user = newUser('lockout');
  await signUp(page, user);
  await page.context().clearCookies();
  await page.goto('/sign-in');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(`wrong password ${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /Incorrect email or password|Too many/ })).toBeVisible();
  }
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /Too many failed sign-in attempts\. Try again in 1[45] minutes\./ })).toBeVisible();
});
