import type { ImportNote } from '../types';

// Collects the import report's notes. Notes that would repeat for hundreds of cells (generic
// kinds, encrypted flows...) are grouped into one note that lists the names concerned.

const MAX_LISTED = 60;

export class NoteCollector {
  readonly approximations: ImportNote[] = [];
  readonly unmapped: ImportNote[] = [];
  private readonly groups = new Map<string, { list: 'approximations' | 'unmapped'; subject: (n: number) => string; detail: string; names: string[] }>();

  approx(subject: string, detail: string, path?: string) {
    this.approximations.push(path ? { subject, detail, path } : { subject, detail });
  }

  drop(subject: string, detail: string, path?: string) {
    this.unmapped.push(path ? { subject, detail, path } : { subject, detail });
  }

  /** Adds `name` to a grouped note, created on first use. */
  group(key: string, list: 'approximations' | 'unmapped', subject: (n: number) => string, detail: string, name: string) {
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = { list, subject, detail, names: [] }));
    g.names.push(name);
  }

  /** Flushes the grouped notes (in first-use order) after the individual ones. */
  finish(): { approximations: ImportNote[]; unmapped: ImportNote[] } {
    for (const g of this.groups.values()) {
      const shown = g.names.slice(0, MAX_LISTED).map((n) => `“${n}”`).join(', ');
      const more = g.names.length > MAX_LISTED ? ` and ${g.names.length - MAX_LISTED} more` : '';
      this[g.list].push({ subject: g.subject(g.names.length), detail: `${g.detail} ${shown}${more}.` });
    }
    this.groups.clear();
    return { approximations: this.approximations, unmapped: this.unmapped };
  }
}

/** One line of text for names and labels: whitespace collapsed, control characters gone. */
export function oneLine(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  return value.replace(/[\s\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, max).trim();
}

/** Multi-line text: keeps newlines and tabs, drops other control characters. */
export function multiLine(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim().slice(0, max);
}
