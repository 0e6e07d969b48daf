// Every user string reaches the PDF as text, never markup; control characters are still removed
// because they render as tofu or break line layout (tab and newline are kept, CR is normalised).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/g;

export function cleanText(value: string | null | undefined, max = 10_000): string {
  if (!value) return '';
  const text = value.replace(/\r\n?/g, '\n').replace(CONTROL, '').replace(/\t/g, '  ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One line: newlines become spaces. */
export function cleanLine(value: string | null | undefined, max = 400): string {
  return cleanText(value, max).replace(/\s*\n\s*/g, ' ').trim();
}
