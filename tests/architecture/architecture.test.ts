import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ACTIONS, PUBLIC_ROUTES } from '@/server/public-routes';
import { checkActions, checkDbImport, checkE2eSpecImports, checkRoute, checkServerOnly, isRouteFile, isServerActionFile, type SourceFile } from './rules';

const root = path.resolve(__dirname, '../..');
const SKIP = new Set(['node_modules', '.next', '.data', 'generated', 'test-results', 'playwright-report', '.git']);

function walk(dir: string, out: SourceFile[] = []): SourceFile[] {
  for (const name of readdirSync(path.join(root, dir))) {
    if (SKIP.has(name) || name.startsWith('.data')) continue;
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(root, rel)).isDirectory()) walk(rel, out);
    else if (/\.(ts|tsx|mts|mjs)$/.test(name)) out.push({ path: rel, text: readFileSync(path.join(root, rel), 'utf8') });
  }
  return out;
}

// The checker's own files quote violations as examples.
const files = walk('').filter((f) => !f.path.startsWith('tests/architecture/'));

describe('architecture', () => {
  it('finds the route handlers and server actions it checks', () => {
    expect(files.filter((f) => isRouteFile(f.path)).length).toBeGreaterThan(1);
    expect(files.filter(isServerActionFile).length).toBeGreaterThan(1);
  });

  it('builds every route handler through authedRoute or lists it as public', () => {
    const problems = files.filter((f) => isRouteFile(f.path)).flatMap((f) => checkRoute(f, PUBLIC_ROUTES));
    expect(problems).toEqual([]);
  });

  it('builds every server action through authedAction or an allowlisted publicAction', () => {
    const problems = files.filter(isServerActionFile).flatMap((f) => checkActions(f, PUBLIC_ACTIONS));
    expect(problems).toEqual([]);
  });

  it('keeps the database client inside server/, prisma/ and scripts/', () => {
    expect(files.flatMap(checkDbImport)).toEqual([]);
  });

  it("starts every server/ module with import 'server-only'", () => {
    expect(files.flatMap(checkServerOnly)).toEqual([]);
  });

  it("takes every e2e spec's test from e2e/fixtures/test", () => {
    expect(files.filter((f) => f.path.endsWith('.spec.ts')).length).toBeGreaterThan(5);
    expect(files.flatMap(checkE2eSpecImports)).toEqual([]);
  });

  it('lists only public routes that exist', () => {
    for (const p of PUBLIC_ROUTES) expect(files.some((f) => f.path === p), p).toBe(true);
  });
});

describe('architecture rules catch violations', () => {
  it('flags a bare route handler', () => {
    const bad = { path: 'app/api/x/route.ts', text: 'export async function GET() { return Response.json(1) }' };
    expect(checkRoute(bad, [])).toHaveLength(1);
    expect(checkRoute({ path: 'app/api/x/route.ts', text: 'export const POST = handler;' }, [])).toHaveLength(1);
    expect(checkRoute({ path: 'app/api/x/route.ts', text: 'export const GET = authedRoute(s, f);' }, [])).toEqual([]);
    expect(checkRoute(bad, ['app/api/x/route.ts'])).toEqual([]);
  });

  it('flags bare or unlisted server actions', () => {
    const text = (body: string) => `'use server';\n${body}`;
    expect(checkActions({ path: 'a.ts', text: text('export async function doIt() {}') }, [])).toHaveLength(1);
    expect(checkActions({ path: 'a.ts', text: text('export const doIt = somethingElse(s, f);') }, [])).toHaveLength(1);
    expect(checkActions({ path: 'a.ts', text: text("export const x = publicAction('x', s, f);") }, [])).toHaveLength(1);
    expect(checkActions({ path: 'a.ts', text: text("export const x = publicAction('x', s, f);") }, ['x'])).toEqual([]);
    expect(checkActions({ path: 'a.ts', text: text('export const x = authedAction(s, f);') }, [])).toEqual([]);
  });

  it('flags database imports outside the data-access layer', () => {
    expect(checkDbImport({ path: 'app/page.tsx', text: "import { getDb } from '@/server/db';" })).toHaveLength(1);
    expect(checkDbImport({ path: 'components/x.tsx', text: "import { PrismaClient } from '@/prisma/generated/client';" })).toHaveLength(1);
    expect(checkDbImport({ path: 'server/x.ts', text: "import { getDb } from './db';" })).toEqual([]);
  });

  it('flags a server module without server-only', () => {
    expect(checkServerOnly({ path: 'server/x.ts', text: "import { z } from 'zod';" })).toHaveLength(1);
  });

  it("flags an e2e spec that uses Playwright's own test", () => {
    expect(checkE2eSpecImports({ path: 'e2e/x.spec.ts', text: "import { expect, test, type Page } from '@playwright/test';" })).toHaveLength(1);
    expect(checkE2eSpecImports({ path: 'e2e/x.spec.ts', text: "import { expect, test } from './fixtures/test';" })).toEqual([]);
    expect(checkE2eSpecImports({ path: 'e2e/fixtures/users.ts', text: "import { expect } from '@playwright/test';" })).toEqual([]);
  });
});
