'use client';
import { useMemo, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { fieldLabel, isTextField, type FieldConflict } from '@/lib/graph/fields';
import type { ConflictChoice } from '../store/canvas-store';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value || '(empty)';
  if (typeof value === 'object' && value && 'x' in value && 'y' in value) {
    const p = value as { x: number; y: number };
    return `at ${Math.round(p.x)}, ${Math.round(p.y)}`;
  }
  return JSON.stringify(value);
}

function describe(c: FieldConflict): string {
  if (c.theirs === null) return `${c.by?.name ?? 'Someone'} deleted “${c.entityName}”; your change to its ${fieldLabel(c.field)} cannot be applied.`;
  if (c.mine === null) return `You deleted “${c.entityName}”, which ${c.by?.name ?? 'someone'} changed meanwhile.`;
  return `${c.by?.name ?? 'Someone'} changed the ${fieldLabel(c.field)} of “${c.entityName}” while you were editing it.`;
}

/**
 * "Changed by X — keep theirs / keep mine / merge", one choice per conflicting field. Nothing is
 * sent until the user decides; unsent changes stay queued whatever they choose.
 */
export function ConflictDialog({ conflicts, onResolve }: { conflicts: FieldConflict[]; onResolve: (choices: Record<string, ConflictChoice>) => void }) {
  const initial = useMemo(() => Object.fromEntries(conflicts.map((c) => [c.key, 'mine' as 'theirs' | 'mine' | 'merged'])), [conflicts]);
  const [keep, setKeep] = useState<Record<string, 'theirs' | 'mine' | 'merged'>>(initial);
  const [merged, setMerged] = useState<Record<string, string>>(() =>
    Object.fromEntries(conflicts.filter((c) => isTextField(c.field)).map((c) => [c.key, `${show(c.theirs)}\n${show(c.mine)}`])),
  );
  const names = [...new Set(conflicts.map((c) => c.by?.name ?? 'Someone'))].join(', ');
  const submit = (all?: 'theirs' | 'mine') => {
    const choices: Record<string, ConflictChoice> = {};
    for (const c of conflicts) {
      const k = all ?? keep[c.key] ?? 'mine';
      choices[c.key] = k === 'merged' ? { keep: 'merged', value: merged[c.key] ?? '' } : { keep: c.theirs === null ? 'theirs' : k };
    }
    onResolve(choices);
  };
  return (
    <Dialog open onOpenChange={() => undefined} size="lg" title={`Changed by ${names}`} description="You and someone else changed the same thing at the same time. Choose what to keep for each; your other changes are saved as usual.">
      <ul className="max-h-[55vh] space-y-4 overflow-y-auto pr-1">
        {conflicts.map((c) => {
          const group = `conflict-${c.key}`;
          const deleted = c.theirs === null;
          return (
            <li key={c.key} className="rounded-md border border-slate-200 p-3">
              <fieldset>
                <legend className="text-sm font-medium text-slate-900">{describe(c)}</legend>
                <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
                  <label className="flex items-start gap-2 rounded border border-slate-200 p-2">
                    <input type="radio" name={group} checked={deleted || keep[c.key] === 'theirs'} onChange={() => setKeep({ ...keep, [c.key]: 'theirs' })} />
                    <span>
                      <span className="block font-medium">Keep theirs{c.by ? ` (${c.by.name})` : ''}</span>
                      <span className="block whitespace-pre-wrap break-words text-slate-600">{deleted ? 'Deleted' : show(c.theirs)}</span>
                    </span>
                  </label>
                  <label className="flex items-start gap-2 rounded border border-slate-200 p-2">
                    <input type="radio" name={group} disabled={deleted} checked={!deleted && keep[c.key] === 'mine'} onChange={() => setKeep({ ...keep, [c.key]: 'mine' })} />
                    <span>
                      <span className="block font-medium">Keep mine</span>
                      <span className="block whitespace-pre-wrap break-words text-slate-600">{c.mine === null ? 'Delete it' : show(c.mine)}</span>
                    </span>
                  </label>
                </div>
                {isTextField(c.field) && !deleted && c.mine !== null ? (
                  <div className="mt-2 text-sm">
                    <label className="flex items-center gap-2">
                      <input type="radio" name={group} checked={keep[c.key] === 'merged'} onChange={() => setKeep({ ...keep, [c.key]: 'merged' })} />
                      <span className="font-medium">Merge</span>
                    </label>
                    {keep[c.key] === 'merged' ? (
                      <textarea
                        aria-label={`Merged ${fieldLabel(c.field)} of ${c.entityName}`}
                        className="mt-1 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm"
                        rows={3}
                        value={merged[c.key] ?? ''}
                        onChange={(e) => setMerged({ ...merged, [c.key]: e.target.value })}
                      />
                    ) : null}
                  </div>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ul>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={() => submit('theirs')}>Keep all theirs</Button>
        <Button variant="secondary" onClick={() => submit('mine')}>Keep all mine</Button>
        <Button onClick={() => submit()}>Apply my choices</Button>
      </div>
    </Dialog>
  );
}
