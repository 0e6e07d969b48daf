import { describe, expect, it } from 'vitest';
import { filterMitigations, filtersToSearch, trackerFilterSchema, weekOf, type TrackerRow } from './filters';

const row = (over: Partial<TrackerRow> & { title: string }): TrackerRow => ({
  modelId: 'm1', description: '', status: 'planned', owner: null, dueDate: null, overdue: false, maxRisk: null, stages: [], ...over,
});
const rows = [
  row({ title: 'Rate limit', owner: { id: 'u1', name: 'Ada' }, dueDate: '2026-03-02', overdue: true, maxRisk: 'high', stages: ['Scoring API'] }),
  row({ title: 'Sign models', status: 'verified', owner: { id: 'u2', name: 'Bob' }, dueDate: '2026-03-12', maxRisk: 'critical', modelId: 'm2' }),
  row({ title: 'Validate data', dueDate: '2026-03-11', maxRisk: 'medium', stages: ['Ingest'] }),
  row({ title: 'Red team', status: 'proposed' }),
];
const ctx = { today: '2026-03-10', meId: 'u1' };
const titles = (f: Record<string, string>) => filterMitigations(rows, trackerFilterSchema.parse(f), ctx).map((r) => r.title);

describe('tracker filters', () => {
  it('parses URL parameters and filters by each dimension', () => {
    expect(titles({ owner: 'me' })).toEqual(['Rate limit']);
    expect(titles({ due: 'overdue' })).toEqual(['Rate limit']);
    expect(titles({ due: 'this-week' })).toEqual(['Validate data']); // verified work is not "due"
    expect(titles({ due: 'none' })).toEqual(['Red team']);
    expect(titles({ status: 'planned,proposed' })).toEqual(['Rate limit', 'Validate data', 'Red team']);
    expect(titles({ risk: 'high,critical' })).toEqual(['Rate limit', 'Sign models']);
    expect(titles({ model: 'm2' })).toEqual(['Sign models']);
    expect(titles({ stage: 'api' })).toEqual(['Rate limit']);
    expect(titles({ q: 'bob' })).toEqual(['Sign models']);
  });
  it('refuses unknown values rather than ignoring them', () => {
    expect(trackerFilterSchema.safeParse({ status: 'done' }).success).toBe(false);
    expect(trackerFilterSchema.safeParse({ due: 'someday' }).success).toBe(false);
  });
  it('round-trips through the URL', () => {
    const f = trackerFilterSchema.parse({ status: 'planned,in-progress', due: 'overdue', q: 'rate' });
    expect(trackerFilterSchema.parse(Object.fromEntries(new URLSearchParams(filtersToSearch(f))))).toEqual(f);
  });
  it('knows the week', () => {
    expect(weekOf('2026-03-10')).toEqual({ start: '2026-03-09', end: '2026-03-15' });
    expect(weekOf('2026-03-15')).toEqual({ start: '2026-03-09', end: '2026-03-15' });
  });
});
