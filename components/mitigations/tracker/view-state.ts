import { controlTypeLabels, isOverdue, mitigationStatusLabels, type ControlType, type MitigationStatus } from '@/lib/domain/mitigation';
import { filtersToSearch, trackerFilterSchema, type TrackerFilters } from '@/lib/tracker/filters';
import type { MitigationChanges, MitigationItem, TimelineItem } from '../types';

// Pure helpers behind the tracker: the view in the URL, quick views, optimistic edits, timeline text.

const keys = Object.keys(trackerFilterSchema.shape) as (keyof TrackerFilters)[];

/**
 * The tracker's filters from URL search parameters. Each parameter is parsed on its own, so one
 * bad value (a hand-edited link) drops only that filter instead of the whole view.
 */
export function readFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): TrackerFilters {
  const get = (k: string) => (params instanceof URLSearchParams ? (params.get(k) ?? undefined) : first(params[k]));
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const raw = get(k);
    if (raw === undefined || raw === '') continue;
    const parsed = trackerFilterSchema.shape[k].safeParse(raw);
    if (parsed.success && parsed.data !== undefined && !(Array.isArray(parsed.data) && parsed.data.length === 0)) out[k] = parsed.data;
  }
  return out as TrackerFilters;
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Filters with `patch` applied; empty values are removed so URLs stay short and views compare equal. */
export function withFilters(filters: TrackerFilters, patch: Partial<TrackerFilters>): TrackerFilters {
  const next: Record<string, unknown> = { ...filters, ...patch };
  for (const [k, v] of Object.entries(next)) if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) delete next[k];
  return next as TrackerFilters;
}

/** The table's sorting from the `sort` parameter: "due" ascending, "-risk" descending. */
export function sortingFromParam(sort: string | undefined): { id: string; desc: boolean }[] {
  if (!sort) return [];
  const desc = sort.startsWith('-');
  const id = desc ? sort.slice(1) : sort;
  return id ? [{ id, desc }] : [];
}

export function sortingToParam(sorting: readonly { id: string; desc: boolean }[]): string | undefined {
  const s = sorting[0];
  return s ? `${s.desc ? '-' : ''}${s.id}` : undefined;
}

export const quickViews = [
  { id: 'all', label: 'All', filters: {} },
  { id: 'mine', label: 'My mitigations', filters: { owner: ['me'] } },
  { id: 'overdue', label: 'Overdue', filters: { due: 'overdue' } },
  { id: 'this-week', label: 'Due this week', filters: { due: 'this-week' } },
] as const satisfies readonly { id: string; label: string; filters: TrackerFilters }[];

/** The quick view these filters are exactly (sort aside), if any. */
export function activeQuickView(filters: TrackerFilters): (typeof quickViews)[number]['id'] | null {
  const { sort: _sort, ...rest } = filters;
  const key = filtersToSearch(rest);
  return quickViews.find((v) => filtersToSearch(v.filters) === key)?.id ?? null;
}

/** The URL of the CSV export of exactly this view. */
export function csvHref(workspaceId: string, filters: TrackerFilters, modelId?: string): string {
  const scoped = modelId ? { ...filters, model: [modelId] } : filters;
  const search = filtersToSearch(scoped);
  return `/api/v1/workspaces/${workspaceId}/mitigations/csv${search ? `?${search}` : ''}`;
}

/** A mitigation with changes applied locally, before the server confirms. */
export function applyMitigationChanges(m: MitigationItem, changes: MitigationChanges, owners: ReadonlyMap<string, string>, today: string): MitigationItem {
  const { ownerId, rejectionReason, ...rest } = changes;
  const next: MitigationItem = { ...m, ...rest };
  if (ownerId !== undefined) next.owner = ownerId ? { id: ownerId, name: owners.get(ownerId) ?? 'Unknown member' } : null;
  if (changes.status !== undefined) next.rejectionReason = changes.status === 'rejected' ? (rejectionReason ?? null) : null;
  next.overdue = isOverdue(next.status, next.dueDate, today);
  return next;
}

/** The values a change overwrote, to put back if the server refuses it. */
export function restoreOf(before: MitigationItem, changes: MitigationChanges): MitigationChanges {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(changes)) {
    if (key === 'ownerId') out.ownerId = before.owner?.id ?? null;
    else if (key === 'rejectionReason') out.rejectionReason = before.rejectionReason ?? undefined;
    else out[key] = before[key as keyof MitigationItem];
  }
  return out as MitigationChanges;
}

export function statusLabel(status: string): string {
  return mitigationStatusLabels[status as MitigationStatus] ?? status;
}

export function controlTypeLabel(type: string): string {
  return controlTypeLabels[type as ControlType] ?? type;
}

/** One timeline entry as a sentence: "Ann moved it from Planned to In progress". */
export function describeTimelineEntry(e: Pick<TimelineItem, 'field' | 'from' | 'to' | 'actor'>): string {
  const who = e.actor ?? 'Someone';
  if (e.field === 'status') {
    return e.from === null ? `${who} created it as ${statusLabel(e.to ?? '')}` : `${who} moved it from ${statusLabel(e.from)} to ${statusLabel(e.to ?? '')}`;
  }
  if (e.field === 'owner') {
    if (!e.to) return `${who} removed the owner (was ${e.from ?? 'nobody'})`;
    return e.from ? `${who} changed the owner from ${e.from} to ${e.to}` : `${who} assigned it to ${e.to}`;
  }
  if (e.field === 'dueDate') {
    if (!e.to) return `${who} removed the due date (was ${e.from ?? 'none'})`;
    return e.from ? `${who} changed the due date from ${e.from} to ${e.to}` : `${who} set the due date to ${e.to}`;
  }
  return `${who} changed ${e.field} from ${e.from ?? '—'} to ${e.to ?? '—'}`;
}

/** Evidence links typed one per line (blank lines ignored). */
export function parseLinks(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
