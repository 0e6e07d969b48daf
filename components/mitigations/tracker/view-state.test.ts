import { describe, expect, it } from 'vitest';
import { filtersToSearch } from '@/lib/tracker/filters';
import type { MitigationItem } from '../types';
import {
  activeQuickView, applyMitigationChanges, csvHref, describeTimelineEntry, parseLinks, readFilters, restoreOf, sortingFromParam, sortingToParam, withFilters,
} from './view-state';

const item = (over: Partial<MitigationItem> = {}): MitigationItem => ({
  id: 'm1', modelId: 'mod1', modelName: 'Recommender', title: 'Sign the data', description: '', controlType: 'preventive', status: 'in-progress',
  rejectionReason: null, owner: null, dueDate: '2026-11-10', overdue: true, ticketUrl: null, evidence: '', evidenceLinks: [], catalogueId: null,
  threats: [], maxRisk: 'high', stages: ['Raw events'], version: 3, updatedAt: '2026-11-01T00:00:00.000Z', ...over,
});

describe('tracker view in the URL', () => {
  it('reads each parameter on its own, dropping only invalid ones', () => {
    const f = readFilters(new URLSearchParams('status=planned,verified&owner=me&due=overdue&risk=high&stage=Raw&q=sign&sort=-due&due2=x'));
    expect(f).toEqual({ status: ['planned', 'verified'], owner: ['me'], due: 'overdue', risk: ['high'], stage: 'Raw', q: 'sign', sort: '-due' });
    expect(readFilters(new URLSearchParams('status=bogus&due=someday&risk=high'))).toEqual({ risk: ['high'] });
    expect(readFilters({ status: ['planned'], q: '' })).toEqual({ status: ['planned'] });
  });

  it('round-trips through the URL so a link reproduces the view', () => {
    const f = withFilters({}, { status: ['planned'], owner: ['me'], q: 'sign', sort: 'due' });
    expect(readFilters(new URLSearchParams(filtersToSearch(f)))).toEqual(f);
    expect(withFilters(f, { status: [], q: '' })).toEqual({ owner: ['me'], sort: 'due' });
  });

  it('maps sorting to and from the sort parameter', () => {
    expect(sortingFromParam('-due')).toEqual([{ id: 'due', desc: true }]);
    expect(sortingFromParam('title')).toEqual([{ id: 'title', desc: false }]);
    expect(sortingFromParam(undefined)).toEqual([]);
    expect(sortingToParam([{ id: 'risk', desc: true }])).toBe('-risk');
    expect(sortingToParam([])).toBeUndefined();
  });

  it('recognises quick views whatever the sort', () => {
    expect(activeQuickView({})).toBe('all');
    expect(activeQuickView({ owner: ['me'], sort: '-due' })).toBe('mine');
    expect(activeQuickView({ due: 'overdue' })).toBe('overdue');
    expect(activeQuickView({ due: 'this-week' })).toBe('this-week');
    expect(activeQuickView({ due: 'overdue', status: ['planned'] })).toBeNull();
  });

  it('exports exactly the view, scoped to the model on a model tab', () => {
    expect(csvHref('ws1', {})).toBe('/api/v1/workspaces/ws1/mitigations/csv');
    expect(csvHref('ws1', { due: 'overdue', q: 'a b' }, 'mod1')).toBe('/api/v1/workspaces/ws1/mitigations/csv?due=overdue&q=a+b&model=mod1');
  });
});

describe('optimistic tracker edits', () => {
  it('applies owner, status and due date, recomputing overdue', () => {
    const owners = new Map([['u1', 'Ada']]);
    const next = applyMitigationChanges(item(), { ownerId: 'u1', status: 'implemented' }, owners, '2026-11-20');
    expect(next).toMatchObject({ owner: { id: 'u1', name: 'Ada' }, status: 'implemented', overdue: false });
    expect(applyMitigationChanges(item(), { dueDate: '2026-12-01' }, owners, '2026-11-20').overdue).toBe(false);
    expect(applyMitigationChanges(item({ overdue: false, dueDate: null }), { dueDate: '2026-11-01' }, owners, '2026-11-20').overdue).toBe(true);
    expect(applyMitigationChanges(item(), { status: 'rejected', rejectionReason: 'Out of scope' }, owners, '2026-11-20')).toMatchObject({ rejectionReason: 'Out of scope', overdue: false });
  });

  it('restores exactly what a refused change overwrote', () => {
    const before = item({ owner: { id: 'u2', name: 'Bo' } });
    const changes = { ownerId: 'u1', dueDate: null, status: 'implemented' as const };
    expect(restoreOf(before, changes)).toEqual({ ownerId: 'u2', dueDate: '2026-11-10', status: 'in-progress' });
    const owners = new Map([['u1', 'Ada'], ['u2', 'Bo']]);
    const rolledBack = applyMitigationChanges(applyMitigationChanges(before, changes, owners, '2026-11-20'), restoreOf(before, changes), owners, '2026-11-20');
    expect(rolledBack).toEqual(before);
  });
});

describe('timeline sentences', () => {
  it('says who moved what from where to where', () => {
    expect(describeTimelineEntry({ field: 'status', from: null, to: 'proposed', actor: 'Ada' })).toBe('Ada created it as Proposed');
    expect(describeTimelineEntry({ field: 'status', from: 'planned', to: 'in-progress', actor: 'Ada' })).toBe('Ada moved it from Planned to In progress');
    expect(describeTimelineEntry({ field: 'owner', from: null, to: 'Bo', actor: 'Ada' })).toBe('Ada assigned it to Bo');
    expect(describeTimelineEntry({ field: 'owner', from: 'Bo', to: 'Cy', actor: null })).toBe('Someone changed the owner from Bo to Cy');
    expect(describeTimelineEntry({ field: 'dueDate', from: null, to: '2026-12-01', actor: 'Ada' })).toBe('Ada set the due date to 2026-12-01');
    expect(describeTimelineEntry({ field: 'dueDate', from: '2026-12-01', to: null, actor: 'Ada' })).toBe('Ada removed the due date (was 2026-12-01)');
  });

  it('reads evidence links one per line', () => {
    expect(parseLinks(' https://a.test/1 \n\n https://b.test/2\r\n')).toEqual(['https://a.test/1', 'https://b.test/2']);
  });
});
