import type { SuggestionItem } from '../types';

export type SuggestionGroup = 'open' | 'accepted' | 'dismissed' | 'retired';
export const suggestionGroups: readonly SuggestionGroup[] = ['open', 'accepted', 'dismissed', 'retired'];
export const suggestionGroupLabels: Record<SuggestionGroup, string> = { open: 'Open', accepted: 'Accepted', dismissed: 'Dismissed', retired: 'Retired' };

/** A suggestion whose trigger disappeared is retired whatever was decided about it. */
export function groupOf(s: Pick<SuggestionItem, 'status' | 'active'>): SuggestionGroup {
  return s.active ? s.status : 'retired';
}

export function groupSuggestions(list: readonly SuggestionItem[]): Record<SuggestionGroup, SuggestionItem[]> {
  const out: Record<SuggestionGroup, SuggestionItem[]> = { open: [], accepted: [], dismissed: [], retired: [] };
  for (const s of list) out[groupOf(s)].push(s);
  return out;
}

/** "3 new, 1 retired" — what a re-run changed. */
export function runSummary(r: { added: number; reactivated: number; retired: number }): string {
  const parts = [
    r.added ? `${r.added} new` : '',
    r.reactivated ? `${r.reactivated} back` : '',
    r.retired ? `${r.retired} retired` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'No changes';
}
