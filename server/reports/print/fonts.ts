import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';

// Fonts the print page may load, all from npm packages (never system fonts): DejaVu Sans for
// Latin, Greek, Cyrillic and symbols, then Noto Sans SC (Chinese, Japanese kana) and Noto Sans KR
// (Hangul) as fallbacks, weights 400 and 700. The Noto packages come split into ~100 slices by
// unicode-range; a report's stylesheet declares only the slices its text needs: declaring them all
// made Chromium's layout of a large table 2–3 times slower (font fallback walks every segmented
// face), and most reports need none. Served through the print route (print-report.ts).

export const FONT_PREFIX = '/fonts/';

const DEJAVU = [
  { file: 'DejaVuSans.ttf', family: 'DejaVu Sans', weight: 400 },
  { file: 'DejaVuSans-Bold.ttf', family: 'DejaVu Sans', weight: 700 },
  { file: 'DejaVuSansMono.ttf', family: 'DejaVu Sans Mono', weight: 400 },
];
const NOTO = ['noto-sans-sc', 'noto-sans-kr'];

interface Slice {
  rule: string;
  ranges: [number, number][];
}

/** Hangul, CJK symbols, kana, ideographs and full-width forms: what DejaVu Sans has no glyphs for. */
function needsCjkFont(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xac00 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c >= 0x20000
  );
}

export interface FontSet {
  /** @font-face rules (pointing at `${origin}${FONT_PREFIX}<file>`) for the characters of `text`. */
  css: (text: string) => string;
  /** Reads a font by file name; null for anything not in the set. */
  read: (file: string) => Buffer | null;
}

function parseRanges(range: string): [number, number][] {
  return range.split(',').map((r) => {
    const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(a!, 16);
    return [start, b ? parseInt(b, 16) : start];
  });
}

export function loadFontSet(root: string, origin: string): FontSet {
  const files = new Map<string, string>();
  const base: string[] = [];
  const slices: Slice[] = [];
  const dejavuDir = path.join(root, 'node_modules', 'dejavu-fonts-ttf', 'ttf');
  for (const f of DEJAVU) {
    files.set(f.file, path.join(dejavuDir, f.file));
    base.push(`@font-face { font-family: '${f.family}'; font-weight: ${f.weight}; font-style: normal; font-display: block; src: url(${origin}${FONT_PREFIX}${f.file}) format('truetype'); }`);
  }
  for (const pkg of NOTO) {
    const dir = path.join(root, 'node_modules', '@fontsource', pkg);
    for (const weight of [400, 700]) {
      const css = readFileSync(path.join(dir, `${weight}.css`), 'utf8');
      for (const [, body] of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
        const family = /font-family:\s*'([^']+)'/.exec(body!)?.[1];
        const file = /url\(\.\/files\/([\w.-]+\.woff2)\)/.exec(body!)?.[1];
        const range = /unicode-range:\s*([^;]+);/.exec(body!)?.[1];
        if (!family || !file || !range || !/^[U+0-9a-fA-F, -]+$/.test(range)) continue;
        files.set(file, path.join(dir, 'files', file));
        slices.push({
          rule: `@font-face { font-family: '${family}'; font-weight: ${weight}; font-style: normal; font-display: block; src: url(${origin}${FONT_PREFIX}${file}) format('woff2'); unicode-range: ${range}; }`,
          ranges: parseRanges(range),
        });
      }
    }
  }
  const cache = new Map<string, Buffer>();
  return {
    css: (text) => {
      const cjk = [...new Set(text)].map((c) => c.codePointAt(0)!).filter(needsCjkFont);
      const needed = slices.filter((s) => cjk.some((c) => s.ranges.some(([a, b]) => c >= a && c <= b)));
      return [...base, ...needed.map((s) => s.rule)].join('\n');
    },
    read: (file) => {
      const full = files.get(file);
      if (!full) return null;
      let data = cache.get(file);
      if (!data) cache.set(file, (data = readFileSync(full)));
      return data;
    },
  };
}
