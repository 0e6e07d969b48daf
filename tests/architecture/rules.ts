// Static checks of the layering rules in DESIGN.md, written as pure functions over file text so
// the test can also prove that each rule fires on a bad example.

export interface SourceFile {
  path: string; // relative, forward slashes
  text: string;
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

export function isRouteFile(path: string): boolean {
  return path.startsWith('app/') && /\/route\.(ts|tsx)$/.test(path);
}

export function isServerActionFile(file: SourceFile): boolean {
  return /^\s*(['"])use server\1/.test(file.text);
}

/** Route handlers must be `export const METHOD = authedRoute(...)` unless the file is allowlisted. */
export function checkRoute(file: SourceFile, publicRoutes: readonly string[]): string[] {
  if (publicRoutes.includes(file.path)) return [];
  const problems: string[] = [];
  for (const m of HTTP_METHODS) {
    const declared =
      new RegExp(`export\\s+(async\\s+)?function\\s+${m}\\b`).test(file.text) ||
      new RegExp(`export\\s+(const|let|var)\\s+${m}\\b`).test(file.text) ||
      new RegExp(`export\\s*\\{[^}]*\\b${m}\\b[^}]*\\}`).test(file.text);
    if (!declared) continue;
    if (!new RegExp(`export\\s+const\\s+${m}\\s*=\\s*authedRoute\\(`).test(file.text)) {
      problems.push(`${file.path}: ${m} is not built with authedRoute() and the route is not in server/public-routes.ts`);
    }
  }
  if (/export\s*\{/.test(file.text) || /export\s+default/.test(file.text)) {
    problems.push(`${file.path}: re-exports or default exports hide how a handler is built`);
  }
  return problems;
}

/** Server actions must be `export const name = authedAction(...)` or an allowlisted publicAction. */
export function checkActions(file: SourceFile, publicActions: readonly string[]): string[] {
  const problems: string[] = [];
  const exportRe = /export\s+(?:(async\s+)?function\s+(\w+)|(?:const|let|var)\s+(\w+)\s*=\s*([\w.]+)\s*\(\s*(['"](\w+)['"])?)/g;
  for (const match of file.text.matchAll(exportRe)) {
    const name = match[2] ?? match[3] ?? '?';
    const wrapper = match[4];
    if (match[2]) {
      problems.push(`${file.path}: ${name} is a bare server action; build it with authedAction()`);
    } else if (wrapper === 'publicAction') {
      if (!publicActions.includes(name) || match[6] !== name) {
        problems.push(`${file.path}: public action ${name} is not listed in server/public-routes.ts`);
      }
    } else if (wrapper !== 'authedAction') {
      problems.push(`${file.path}: ${name} is not built with authedAction()`);
    }
  }
  if (/export\s*\{/.test(file.text) || /export\s+default/.test(file.text)) {
    problems.push(`${file.path}: re-exports or default exports in a 'use server' file bypass the wrapper check`);
  }
  return problems;
}

const DB_IMPORT = /from\s+['"]([^'"]*(prisma\/generated[^'"]*|@prisma\/client|@prisma\/adapter-pg|server\/db))['"]/;
const ALLOWED_DB_ROOTS = ['server/', 'prisma/', 'scripts/'];

/** Only server/, prisma/ and scripts/ may import the database client. */
export function checkDbImport(file: SourceFile): string[] {
  if (ALLOWED_DB_ROOTS.some((root) => file.path.startsWith(root))) return [];
  const m = DB_IMPORT.exec(file.text);
  return m ? [`${file.path}: imports the database client (${m[1]}); only server/, prisma/ and scripts/ may`] : [];
}

/** Every module in server/ must refuse to be bundled for the browser. */
export function checkServerOnly(file: SourceFile): string[] {
  if (!file.path.startsWith('server/') || file.path.endsWith('.test.ts')) return [];
  const first = file.text.split('\n').find((l) => l.trim() && !l.trim().startsWith('//'));
  return first?.trim() === "import 'server-only';" ? [] : [`${file.path}: must start with import 'server-only'`];
}

/**
 * e2e specs take `test` from e2e/fixtures/test, which closes the browser contexts a test opens
 * itself; Playwright's own `test` leaves them running into later tests.
 */
export function checkE2eSpecImports(file: SourceFile): string[] {
  if (!/^e2e\/.*\.spec\.ts$/.test(file.path)) return [];
  if (/import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*['"]@playwright\/test['"]/.test(file.text)) {
    return [`${file.path}: import test from './fixtures/test', not '@playwright/test' (it closes the contexts a test opens)`];
  }
  return [];
}
