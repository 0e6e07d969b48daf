// Text for Threat Composer's fields: its limits count UTF-16 units (zod's .max, and stricter than
// JSON Schema's code points), so cuts are made on units without splitting a surrogate pair, and
// every cut is marked — an ellipsis in short fields, a sentence in long ones — never an invalid file.

const CONTROL = /[\u0000-\u001f\u007f]/g;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** At most `max` UTF-16 units, ending in `mark` when cut. */
export function clip(s: string, max: number, mark = '…'): string {
  if (s.length <= max) return s;
  let head = s.slice(0, Math.max(0, max - mark.length));
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return `${head.trimEnd()}${mark}`;
}

/** One line: control characters and runs of spaces become one space. */
export function line(s: string, max: number): string {
  return clip(s.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim(), max);
}

/** Several lines (Markdown or plain); a cut ends with `note` so the reader knows text is missing. */
export function block(s: string, max: number, note: string): string {
  const t = s.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?/g, '\n').replace(CONTROL_MULTILINE, '').trim();
  return t.length <= max ? t : `${clip(t, max - note.length)}${note}`;
}

/** Threat Composer tags: 1–30 characters, no duplicates, at most 100 (tags sort and filter; they are not the record). */
export function tagList(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => line(v, 30)).filter(Boolean))].slice(0, 100);
}
