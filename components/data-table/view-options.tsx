'use client';
import { Columns3 } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import type { DataTable } from './features';

/** Column visibility menu: every hideable column with a checkbox item. */
export function ViewOptions<TData extends object>({ table }: { table: DataTable<TData> }) {
  const columns = table.getAllLeafColumns().filter((c) => c.getCanHide());
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="inline-flex h-8 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
        <Columns3 className="size-3.5" aria-hidden /> Columns
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={4} className="z-50 min-w-48 rounded-md border border-slate-200 bg-white p-1 shadow-lg">
          <DropdownMenu.Label className="px-2 py-1 text-xs font-medium uppercase tracking-wide text-slate-500">Show columns</DropdownMenu.Label>
          {columns.map((c) => (
            <DropdownMenu.CheckboxItem
              key={c.id}
              checked={c.getIsVisible()}
              onCheckedChange={(v) => c.toggleVisibility(Boolean(v))}
              onSelect={(e) => e.preventDefault()}
              className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100"
            >
              <span aria-hidden className="grid size-4 place-items-center rounded border border-slate-400 text-[10px]">{c.getIsVisible() ? '✓' : ''}</span>
              {c.columnDef.meta?.label ?? c.id}
            </DropdownMenu.CheckboxItem>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
