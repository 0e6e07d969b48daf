import 'server-only';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { PAGE_STYLE_ID, PRINT_ORIGIN, shellHtml } from '../html/document';
import { FONT_STACK, reportCss } from '../html/styles';
import { FONT_PREFIX, loadFontSet, type FontSet } from './fonts';

export interface PrintContext {
  context: BrowserContext;
  /** Requests refused so far. */
  blocked: string[];
  /** A tab showing the empty report page with every font the report needs loaded. */
  openTab: () => Promise<Page>;
}

/**
 * A fresh, isolated browser context for one report: JavaScript disabled, and every request
 * answered by the print route — the report's own page, stylesheets and fonts — or refused.
 * `text` holds every character the report may print (it decides the CJK font slices).
 */
export async function openPrintContext(browser: Browser, root: string, text: string): Promise<PrintContext> {
  const chars = [...new Set(text)].join('');
  const fonts = loadFontSet(root, PRINT_ORIGIN);
  const blocked: string[] = [];
  const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false });
  await context.route('**/*', (route) => serve(route, { fontFaces: fonts.css(chars), fonts, blocked }));
  return {
    context,
    blocked,
    openTab: async () => {
      const page = await context.newPage();
      await page.goto(`${PRINT_ORIGIN}/shell.html`, { waitUntil: 'load', timeout: 60_000 });
      await loadFonts(page, chars);
      return page;
    },
  };
}

/**
 * Chromium fetches a web font only once layout needs it, and neither the load event nor printing
 * waits for that: a font still loading prints as invisible text (font-display: block). So each tab
 * loads the fonts for every character of the report first, in all the weights used. This, like
 * `showPart`, is Playwright's own script run in the page; the page's scripts stay disabled.
 */
async function loadFonts(page: Page, text: string): Promise<void> {
  await page.evaluate(
    async ({ text, stack }) => {
      const fonts = [`400 9pt ${stack}`, `700 9pt ${stack}`, `400 9pt 'DejaVu Sans Mono'`];
      // A font that fails to load rejects; the page then falls back, which is all one can do.
      await Promise.all(fonts.map((font) => document.fonts.load(font, text).catch(() => null)));
    },
    { text, stack: FONT_STACK },
  );
}

/**
 * Puts a part into a tab: its @page rules as the text of a <style> element (the user text in them
 * is CSS-escaped, see page-css.ts) and its markup, rendered and escaped by React, as the body.
 * Swapping the body keeps the loaded fonts: a navigation per part would fetch them again.
 */
export async function showPart(page: Page, css: string, body: string): Promise<void> {
  await page.evaluate(
    ({ css, body, styleId }) => {
      document.getElementById(styleId)!.textContent = css;
      document.body.innerHTML = body;
    },
    { css, body, styleId: PAGE_STYLE_ID },
  );
}

interface ServeState {
  /** The report's @font-face rules. */
  fontFaces: string;
  fonts: FontSet;
  blocked: string[];
}

const shell = shellHtml();

/** The print route: the shell page, its stylesheets and fonts; every other request is refused. */
function serve(route: Route, s: ServeState): Promise<void> {
  const url = route.request().url();
  const path = url.startsWith(`${PRINT_ORIGIN}/`) ? url.slice(PRINT_ORIGIN.length) : null;
  let body: string | Buffer | null = null;
  let contentType = 'text/css; charset=utf-8';
  if (path === '/shell.html') {
    body = shell;
    contentType = 'text/html; charset=utf-8';
  } else if (path === '/report.css') body = reportCss;
  else if (path === '/font-faces.css') body = s.fontFaces;
  else if (path?.startsWith(FONT_PREFIX)) {
    body = s.fonts.read(path.slice(FONT_PREFIX.length));
    contentType = path.endsWith('.woff2') ? 'font/woff2' : 'font/ttf';
  }
  if (body === null) {
    s.blocked.push(url);
    return route.abort('blockedbyclient');
  }
  return route.fulfill({ status: 200, contentType, body });
}
