import type { ReportData } from './types';

/** Sections that get an entry in the contents (every chosen section but the cover, plus dismissed suggestions). */
export type ContentsId = 'summary' | 'scope' | 'diagram' | 'threats' | 'mitigations' | 'matrix' | 'bom' | 'frameworks' | 'dismissed';

export const contentsTitles: Record<ContentsId, string> = {
  summary: 'Executive summary',
  scope: 'Scope',
  diagram: 'Pipeline diagram',
  threats: 'Threats',
  mitigations: 'Mitigation plan',
  matrix: 'Risk matrix',
  bom: 'AI bill of materials',
  frameworks: 'Framework mapping',
  dismissed: 'Dismissed suggestions',
};

const order: ContentsId[] = ['summary', 'scope', 'diagram', 'threats', 'mitigations', 'matrix', 'bom', 'frameworks', 'dismissed'];

export interface ContentsEntry {
  id: ContentsId;
  title: string;
}

/** The report's sections after the cover, in print order. */
export function contentsEntries(data: ReportData): ContentsEntry[] {
  const has = (id: ContentsId) => (id === 'dismissed' ? data.dismissed !== null : (data.sections as readonly string[]).includes(id));
  return order.filter(has).map((id) => ({ id, title: contentsTitles[id] }));
}

/**
 * The page each section starts on, given how many pages the cover and each section take
 * (1-based, the cover first when there is one).
 */
export function startPages(coverPages: number, sections: readonly { id: ContentsId; pages: number }[]): Map<ContentsId, number> {
  const starts = new Map<ContentsId, number>();
  let next = coverPages + 1;
  for (const s of sections) {
    starts.set(s.id, next);
    next += s.pages;
  }
  return starts;
}
