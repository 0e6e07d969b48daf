// react-pdf lays out a <Page> element's whole remaining content again for every physical page it
// breaks onto, so one 1,000-row table costs O(rows²). Long sections are therefore cut into several
// <Page> elements of about one sheet each, using estimated row heights. The estimate only affects
// how full pages are: a chunk that overflows still breaks onto another sheet correctly.

export interface Group<T> {
  key: string;
  heading: string | null;
  rows: readonly T[];
}

export interface Segment<T> {
  group: Group<T>;
  rows: T[];
  /** The group started on an earlier sheet. */
  continued: boolean;
}

export interface PackOptions {
  /** Usable height of a sheet in points. */
  capacity: number;
  /** Space the section title and intro take on the first sheet. */
  firstSheetOffset: number;
  headingHeight: number;
  tableHeaderHeight: number;
}

export function packGroups<T>(groups: readonly Group<T>[], rowHeight: (row: T) => number, o: PackOptions): Segment<T>[][] {
  const sheets: Segment<T>[][] = [];
  let sheet: Segment<T>[] = [];
  let used = o.firstSheetOffset;
  const newSheet = () => {
    if (sheet.length) sheets.push(sheet);
    sheet = [];
    used = 0;
  };
  for (const group of groups) {
    let segment: Segment<T> | null = null;
    for (const row of group.rows) {
      const h = Math.min(rowHeight(row), o.capacity / 2);
      const overhead = segment ? 0 : (group.heading ? o.headingHeight : 0) + o.tableHeaderHeight;
      if (used + overhead + h > o.capacity && (sheet.length > 0 || segment)) {
        newSheet();
        segment = null;
      }
      if (!segment) {
        const continued = group.rows[0] !== row;
        segment = { group, rows: [], continued };
        sheet.push(segment);
        used += (group.heading ? o.headingHeight : 0) + o.tableHeaderHeight;
      }
      segment.rows.push(row);
      used += h;
    }
  }
  if (sheet.length) sheets.push(sheet);
  return sheets;
}

/** Lines a text of `length` characters takes in a column `charsPerLine` wide (at least one). */
export function lines(length: number, charsPerLine: number): number {
  return Math.max(1, Math.ceil(length / Math.max(1, charsPerLine)));
}
