'use client';
import { Search } from 'lucide-react';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useCanvas } from '../canvas-context';

const MAX_RESULTS = 8;

/** Finds elements and boundaries by name; picking one selects and centres it. */
export function FindBox({ onPick }: { onPick: (id: string) => void }) {
  const graph = useCanvas((s) => s.graph);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  const results = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const out: { id: string; name: string; what: string }[] = [];
    for (const e of Object.values(graph.elements)) {
      if (e.name.toLowerCase().includes(q)) out.push({ id: e.id, name: e.name, what: 'Element' });
      if (out.length >= MAX_RESULTS) return out;
    }
    for (const b of Object.values(graph.boundaries)) {
      if (b.name.toLowerCase().includes(q)) out.push({ id: b.id, name: b.name, what: 'Boundary' });
      if (out.length >= MAX_RESULTS) break;
    }
    return out;
  }, [graph, query]);

  function pick(i: number) {
    const r = results[i];
    if (!r) return;
    onPick(r.id);
    setOpen(false);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') pick(active);
    else if (e.key === 'Escape') setOpen(false);
    else return;
    e.preventDefault();
  }

  const expanded = open && query.trim() !== '';
  return (
    <div className="relative">
      <Search className="pointer-events-none absolute left-2 top-2 size-4 text-slate-400" aria-hidden />
      <input
        type="search"
        role="combobox"
        aria-label="Find element by name"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && results[active] ? `${listId}-${active}` : undefined}
        placeholder="Find by name…"
        value={query}
        onChange={(e) => { setQuery(e.target.value); setOpen(true); setActive(0); }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
        className="h-8 w-52 rounded-md border border-slate-300 bg-white pl-8 pr-2 text-sm"
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label="Matches" className="absolute left-0 top-9 z-20 w-72 overflow-hidden rounded-md border border-slate-200 bg-white py-1 shadow-lg">
          {results.length === 0 && <li className="px-3 py-1.5 text-sm text-slate-500">No match.</li>}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => { e.preventDefault(); pick(i); }}
              className={`flex cursor-pointer justify-between gap-2 px-3 py-1.5 text-sm ${i === active ? 'bg-brand-50' : ''}`}
            >
              <span className="truncate">{r.name || 'Unnamed'}</span>
              <span className="shrink-0 text-xs text-slate-500">{r.what}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
