'use client';
import { useReactFlow } from '@xyflow/react';
import { Search } from 'lucide-react';
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { boundaryKindDefs, boundaryKinds } from '@/lib/domain/boundary-kinds';
import { elementCategories, elementCategoryDefs, elementKindDefs, elementKinds } from '@/lib/domain/element-kinds';
import { useCanvasStoreApi } from '../canvas-context';
import { KindIcon } from '../kinds';
import { addedId, addOp, PALETTE_DND_TYPE, type NewEntity } from '../store/add';

interface Item extends NewEntity {
  label: string;
  description: string;
  icon: string;
  color: { fill: string; stroke: string };
}

const groups: { title: string; items: Item[] }[] = [
  ...elementCategories.map((c) => ({
    title: elementCategoryDefs[c].label,
    items: elementKinds
      .filter((k) => elementKindDefs[k].category === c)
      .map((k): Item => ({ entity: 'element', kind: k, label: elementKindDefs[k].label, description: elementKindDefs[k].description, icon: elementKindDefs[k].icon, color: elementKindDefs[k].color })),
  })),
  {
    title: 'Trust boundaries',
    items: boundaryKinds.map((k): Item => ({ entity: 'boundary', kind: k, label: boundaryKindDefs[k].label, description: boundaryKindDefs[k].description, icon: boundaryKindDefs[k].icon, color: boundaryKindDefs[k].color })),
  },
];

/** Kinds to add: drag one onto the canvas, or press it (keyboard too) to add it in the middle of the view. */
export function Palette() {
  const store = useCanvasStoreApi();
  const flow = useReactFlow();
  const [query, setQuery] = useState('');
  const clicks = useRef(0);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return groups;
    return groups
      .map((g) => ({ ...g, items: g.items.filter((i) => i.label.toLowerCase().includes(q) || i.description.toLowerCase().includes(q)) }))
      .filter((g) => g.items.length);
  }, [query]);

  function onDragStart(e: DragEvent, item: Item) {
    e.dataTransfer.setData(PALETTE_DND_TYPE, JSON.stringify({ entity: item.entity, kind: item.kind }));
    e.dataTransfer.effectAllowed = 'copy';
  }

  function addAtCentre(item: Item) {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    if (!pane) return;
    // Successive clicks fan out so new nodes do not hide each other.
    const step = (clicks.current++ % 6) * 24;
    const centre = flow.screenToFlowPosition({ x: pane.left + pane.width / 2 + step, y: pane.top + pane.height / 2 + step });
    const s = store.getState();
    const op = addOp(s.graph, item, centre);
    if (op) s.apply([op], { select: [addedId(op)] });
  }

  return (
    <nav aria-label="Palette" className="flex w-60 shrink-0 flex-col border-r border-slate-200 bg-slate-50">
      <div className="border-b border-slate-200 p-2">
        <label className="relative block">
          <span className="sr-only">Search kinds</span>
          <Search className="pointer-events-none absolute left-2 top-2.5 size-4 text-slate-400" aria-hidden />
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Search kinds…"
            className="w-full rounded-md border border-slate-300 bg-white py-1.5 pl-8 pr-2 text-sm"
          />
        </label>
      </div>
      <div className="min-h-0 flex-1 space-y-3 overflow-y-auto p-2">
        {shown.length === 0 && <p className="px-1 text-sm text-slate-500">No kind matches “{query}”.</p>}
        {shown.map((g) => (
          <section key={g.title} aria-label={g.title}>
            <h3 className="px-1 pb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500">{g.title}</h3>
            <ul className="space-y-1">
              {g.items.map((item) => (
                <li key={`${item.entity}:${item.kind}`}>
                  <button
                    type="button"
                    draggable
                    onDragStart={(e) => onDragStart(e, item)}
                    onClick={() => addAtCentre(item)}
                    title={item.description}
                    aria-label={`Add ${item.label}`}
                    data-palette-item={`${item.entity}:${item.kind}`}
                    className="flex w-full cursor-grab items-center gap-2 rounded-md border border-transparent px-1.5 py-1 text-left text-sm text-slate-800 hover:border-slate-200 hover:bg-white active:cursor-grabbing"
                  >
                    <span
                      className="grid size-6 shrink-0 place-items-center rounded border"
                      style={{ background: item.color.fill, borderColor: item.color.stroke, color: item.color.stroke, borderStyle: item.entity === 'boundary' ? 'dashed' : 'solid' }}
                    >
                      <KindIcon name={item.icon} className="size-3.5" />
                    </span>
                    <span className="truncate">{item.label}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
