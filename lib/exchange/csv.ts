/**
 * CSV (RFC 4180) for spreadsheets. Cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) are prefixed with an apostrophe: exported threat titles are
 * user input and must not execute when an auditor opens the file.
 */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  // A byte-order mark makes Excel read UTF-8 correctly; lines end in CRLF as the RFC says.
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
