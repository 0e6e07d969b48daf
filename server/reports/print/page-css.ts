import 'server-only';
import { cssString } from '@/lib/report/css-string';
import { FONT_STACK, MARGIN, MUTED } from '../html/styles';

/** Where "Page N of M" is stamped (assemble.ts): the baseline of the footer line, from the bottom edge. */
export const FOOTER_BASELINE = 20;
export const FOOTER_SIZE = 7.5;

/**
 * The @page rules of one print job: paper, margins, and the running header and footer as CSS margin
 * boxes (they use the report's fonts, unlike Chromium's header templates). User text (the model
 * name) goes in as a fully escaped CSS string and is served as a stylesheet, never as markup.
 */
/**
 * Shortens a header line to about `width` points of 7.5 pt text (CJK and full-width characters count
 * double): Chromium lets an overlong margin box run into its neighbour instead of clipping it.
 */
export function fitLine(text: string, width: number): string {
  const max = width / (FOOTER_SIZE * 0.6);
  let used = 0;
  let out = '';
  for (const ch of text) {
    used += /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3ffff}]/u.test(ch) ? 2 : 1;
    if (used > max) return `${out.trimEnd()}…`;
    out += ch;
  }
  return out;
}

export function pageCss(o: { modelName: string; footer: string; sectionTitle: string | null; landscape: boolean }): string {
  const box = `font-family: ${FONT_STACK}; font-size: ${FOOTER_SIZE}pt; line-height: 9pt; color: ${MUTED};`;
  const header =
    o.sectionTitle === null
      ? ''
      : `
  @top-left { content: ${cssString(fitLine(o.modelName, (o.landscape ? 770 : 523) * 0.65))}; ${box} vertical-align: bottom; padding-bottom: 4pt; margin-bottom: 10pt; border-bottom: 0.5pt solid #cbd5e1; white-space: nowrap; }
  @top-right { content: ${cssString(o.sectionTitle)}; ${box} vertical-align: bottom; text-align: right; padding-bottom: 4pt; margin-bottom: 10pt; border-bottom: 0.5pt solid #cbd5e1; white-space: nowrap; }`;
  return `@page {
  size: A4 ${o.landscape ? 'landscape' : 'portrait'};
  margin: ${MARGIN.top}pt ${MARGIN.right}pt ${MARGIN.bottom}pt ${MARGIN.left}pt;${header}
  @bottom-left { content: ${cssString(o.footer)}; ${box} vertical-align: top; padding-top: ${MARGIN.bottom - FOOTER_BASELINE - 7}pt; white-space: nowrap; }
}
`;
}
