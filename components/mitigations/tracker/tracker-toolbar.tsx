'use client';
import { Search } from 'lucide-react';
import { FacetedFilter, type FacetOption } from '@/components/data-table/faceted-filter';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { dueFilters, type DueFilter, type TrackerFilters } from '@/lib/tracker/filters';
import { activeQuickView, quickViews, withFilters } from './view-state';

const dueLabels: Record<DueFilter, string> = { overdue: 'Overdue', 'this-week': 'Due this week', none: 'No due date' };
const select = 'h-8 rounded-md border border-slate-300 bg-white px-2 text-sm';

export interface TrackerToolbarProps {
  filters: TrackerFilters;
  onChange: (filters: TrackerFilters) => void;
  search: string;
  onSearch: (q: string) => void;
  options: { status: FacetOption[]; owner: FacetOption[]; risk: FacetOption[]; model: FacetOption[] | null; stages: string[] };
}

/** Quick views, search and filters; every choice lands in the URL so a link reproduces the view. */
export function TrackerToolbar({ filters, onChange, search, onSearch, options }: TrackerToolbarProps) {
  const active = activeQuickView(filters);
  const set = (patch: Partial<TrackerFilters>) => onChange(withFilters(filters, patch));
  const { sort: _sort, ...narrowing } = filters;
  return (
    <div className="space-y-2">
      <div role="group" aria-label="Quick views" className="flex w-fit flex-wrap gap-1 rounded-lg bg-slate-100 p-1 text-sm">
        {quickViews.map((v) => (
          <button
            key={v.id}
            type="button"
            aria-pressed={active === v.id}
            onClick={() => onChange(withFilters(v.filters, { sort: filters.sort }))}
            className={cn('rounded-md px-3 py-1 font-medium', active === v.id ? 'bg-white text-slate-900 shadow-sm' : 'text-slate-600 hover:text-slate-900')}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label className="relative">
          <span className="sr-only">Search mitigations</span>
          <Search className="pointer-events-none absolute left-2 top-1/2 size-3.5 -translate-y-1/2 text-slate-400" aria-hidden />
          <input
            type="search"
            value={search}
            onChange={(e) => onSearch(e.target.value)}
            placeholder="Search mitigations…"
            className="h-8 w-56 rounded-md border border-slate-300 bg-white pl-7 pr-2 text-sm"
          />
        </label>
        <FacetedFilter title="Status" options={options.status} selected={filters.status ?? []} onChange={(v) => set({ status: v })} />
        <FacetedFilter title="Owner" options={options.owner} selected={filters.owner ?? []} onChange={(v) => set({ owner: v })} />
        <FacetedFilter title="Risk" options={options.risk} selected={filters.risk ?? []} onChange={(v) => set({ risk: v as TrackerFilters['risk'] })} />
        {options.model && <FacetedFilter title="Model" options={options.model} selected={filters.model ?? []} onChange={(v) => set({ model: v })} />}
        <label className="flex items-center gap-1 text-sm">
          <span className="text-slate-700">Due</span>
          <select className={select} value={filters.due ?? ''} onChange={(e) => set({ due: (e.target.value || undefined) as DueFilter | undefined })}>
            <option value="">Any time</option>
            {dueFilters.map((d) => <option key={d} value={d}>{dueLabels[d]}</option>)}
          </select>
        </label>
        <label className="flex items-center gap-1 text-sm">
          <span className="text-slate-700">Stage</span>
          <select className={cn(select, 'max-w-48')} value={filters.stage ?? ''} onChange={(e) => set({ stage: e.target.value || undefined })}>
            <option value="">Any stage</option>
            {filters.stage && !options.stages.includes(filters.stage) && <option value={filters.stage}>{filters.stage}</option>}
            {options.stages.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        {Object.keys(narrowing).length > 0 && (
          <Button variant="ghost" size="sm" onClick={() => onChange(withFilters({}, { sort: filters.sort }))}>Reset filters</Button>
        )}
      </div>
    </div>
  );
}
