'use client';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { elementCategories, elementCategoryDefs, elementKindDefs, elementKinds, isElementKind } from '@/lib/domain/element-kinds';
import { useCanvasStoreApi } from '../canvas-context';
import { changeKindNotice, changeKindOps } from '../store/change-kind';

/**
 * Re-types the selected elements (e.g. generic shapes from an import) in one undoable step.
 * Properties the new kind has no field for are removed, and the notice lists them.
 */
export function ChangeKind({ elementIds }: { elementIds: readonly string[] }) {
  const store = useCanvasStoreApi();
  const [kind, setKind] = useState('');
  const id = useId();
  const count = elementIds.length;
  if (count === 0) return null;

  function change() {
    if (!isElementKind(kind)) return;
    const s = store.getState();
    const plan = changeKindOps(s.graph, elementIds, kind);
    if (!plan.ops.length) {
      s.setNotice(`${count === 1 ? 'It already is' : 'They already are'} ${elementKindDefs[kind].label}.`);
      return;
    }
    if (s.apply(plan.ops, { select: [...elementIds] })) store.getState().setNotice(changeKindNotice(plan, kind));
    setKind('');
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        Change kind of {count === 1 ? 'this element' : `${count} elements`}
      </label>
      <div className="flex gap-2">
        <select
          id={id}
          className="h-8 min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 text-sm"
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        >
          <option value="">Choose a kind…</option>
          {elementCategories.map((c) => (
            <optgroup key={c} label={elementCategoryDefs[c].label}>
              {elementKinds
                .filter((k) => elementKindDefs[k].category === c)
                .map((k) => (
                  <option key={k} value={k}>{elementKindDefs[k].label}</option>
                ))}
            </optgroup>
          ))}
        </select>
        <Button variant="secondary" size="sm" disabled={!kind} onClick={change}>Change</Button>
      </div>
    </div>
  );
}
