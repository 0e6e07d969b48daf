// Escaping for user text placed in Markdown and in Mermaid diagrams. Everything a user typed
// (names, descriptions, owners, tickets) goes through one of these; nothing is passed raw.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** One line of inline Markdown: HTML neutralised, formatting and table characters escaped. */
export function mdInline(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[&<>]/g, (c) => HTML[c]!)
    .replace(/[\\`*_[\]|~#!(){}]/g, (c) => `\\${c}`)
    .trim();
}

/**
 * Multi-line text as paragraphs: each line escaped inline, plus block markers at a line start
 * (headings, lists, quotes, rules) so user text cannot start a structure of its own.
 */
export function mdBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => mdInline(line).replace(/^([-+=]|\d+[.)])/, (m) => (m.length === 1 ? `\\${m}` : `${m.slice(0, -1)}\\${m.slice(-1)}`)))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A table cell: inline text; empty cells get a dash so columns stay aligned when read raw. */
export function mdCell(text: string | null | undefined): string {
  const s = mdInline(text ?? '');
  return s === '' ? '—' : s;
}

/**
 * A Mermaid label (inside double quotes): anything but plain letters, digits and a little
 * punctuation becomes a numeric entity (#60; for <), which Mermaid renders as the character and
 * never parses as syntax — so quotes, brackets, pipes, backticks and fences are inert.
 */
export function mermaidLabel(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').trim();
  let out = '';
  for (const ch of flat) {
    out += /[A-Za-z0-9 .,:?'/+=_-]/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}
