'use client';
import { Check, ListFilter } from 'lucide-react';
import { Popover } from 'radix-ui';
import { useId } from 'react';
import { cn } from '@/components/ui/cn';

export interface FacetOption {
  value: string;
  label: string;
  count?: number;
}

/** A multi-select filter button (shadcn "tasks" style): choose values, see how many are chosen. */
export function FacetedFilter({ title, options, selected, onChange }: {
  title: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const id = useId();
  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  return (
    <Popover.Root>
      <Popover.Trigger
        className={cn(
          'inline-flex h-8 items-center gap-1.5 rounded-md border border-dashed px-2.5 text-sm font-medium',
          selected.length ? 'border-brand-400 bg-brand-50 text-brand-700' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50',
        )}
        aria-label={`Filter by ${title.toLowerCase()}${selected.length ? ` (${selected.length} selected)` : ''}`}
      >
        <ListFilter className="size-3.5" aria-hidden />
        {title}
        {selected.length > 0 && <span className="rounded bg-brand-600 px-1.5 text-xs text-white">{selected.length}</span>}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content align="start" sideOffset={4} className="z-50 max-h-80 w-64 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <fieldset>
            <legend className="px-2 py-1 text-xs font-medium uppercase tracking-wide text-slate-500">{title}</legend>
            {options.length === 0 && <p className="px-2 py-1.5 text-sm text-slate-500">No values.</p>}
            {options.map((o) => {
              const inputId = `${id}-${o.value}`;
              const checked = selected.includes(o.value);
              return (
                <label key={o.value} htmlFor={inputId} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-100">
                  <input id={inputId} type="checkbox" className="peer sr-only" checked={checked} onChange={() => toggle(o.value)} />
                  <span
                    aria-hidden
                    className={cn('grid size-4 place-items-center rounded border peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500', checked ? 'border-brand-600 bg-brand-600 text-white' : 'border-slate-400')}
                  >
                    {checked && <Check className="size-3" />}
                  </span>
                  <span className="min-w-0 flex-1 truncate">{o.label}</span>
                  {o.count !== undefined && <span className="text-xs tabular-nums text-slate-500">{o.count}</span>}
                </label>
              );
            })}
          </fieldset>
          {selected.length > 0 && (
            <button type="button" onClick={() => onChange([])} className="mt-1 w-full rounded px-2 py-1.5 text-center text-sm text-slate-700 hover:bg-slate-100">
              Clear filter
            </button>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
