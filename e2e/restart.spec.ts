import { expect, test } from './fixtures/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppProcess } from './fixtures/app-process';
import { createModel, createWorkspace, newUser, signInViaApi, signUp } from './fixtures/users';

// `npm start` as a user runs it: its own embedded PostgreSQL under a data directory.
test('data survives a clean restart and a killed run (stale lock recovered)', async ({ browser }) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'threatline-restart-'));
  const app = new AppProcess(Number(process.env.E2E_RESTART_PORT ?? 3101), dataDir);
  try {
    await app.start();
    // First run seeds a demo account and prints where its details are.
    await expect.poll(() => app.output).toMatch(/Email:\s+demo@threatline\.local[\s\S]*Password:\s+\S{12,}/);
    expect(readFileSync(path.join(dataDir, 'demo-credentials.txt'), 'utf8')).toContain('demo@threatline.local');

    const user = newUser('restart');
    const context = await browser.newContext({ baseURL: app.baseURL });
    const page = await context.newPage();
    await signUp(page, user);
    const ws = await createWorkspace(page, 'Persistent team');
    await createModel(page, ws, 'Model that must survive');
    await context.close();
    const expectModelSurvived = async () => {
      const ctx = await browser.newContext({ baseURL: app.baseURL });
      const p = await ctx.newPage();
      await signInViaApi(p, user);
      await p.goto(ws);
      await expect(p.getByRole('link', { name: 'Model that must survive' })).toBeVisible();
      await ctx.close();
    };

    // Clean stop: exit code 0 and PostgreSQL shut down (its lock file removed).
    expect(await app.stop('SIGTERM')).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    await app.start();
    expect(app.output).not.toMatch(/Applied migrations/);
    await expectModelSurvived();

    // A killed run leaves PostgreSQL and Next running with their lock files; the next start recovers.
    await app.stop('SIGKILL');
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
    await app.start();
    await expectModelSurvived();
    expect(await app.stop('SIGINT')).toBe(0);
  } finally {
    await app.stop('SIGTERM').catch(() => undefined);
    await app.stopLeftovers();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
