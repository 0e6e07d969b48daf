'use client';
import { useId, useReducer, useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import type { ConflictChoice } from '@/lib/domain/field-merge';
import {
  canChoose,
  conflictChoices,
  conflictDialogReducer,
  conflictProblems,
  conflictStateFor,
  inSentence,
  theirName,
  whoChanged,
  type ChoiceKind,
  type ConflictItem,
} from './conflict-state';

export type { ConflictItem } from './conflict-state';

export interface ConflictDialogProps {
  /** What was edited, e.g. the threat's title, shown in the description (omit when the fields belong to several records). */
  subject?: string;
  /** "threat", "mitigation", "diagram"… */
  what: string;
  conflicts: readonly ConflictItem[];
  /** A value as the user knows it (status labels, member names…). */
  formatValue?: (key: string, value: unknown) => string;
  onResolve: (choices: Record<string, ConflictChoice>) => void;
  /**
   * Decide later: nothing is saved. Without it the dialog has no "Not now" and Escape or a click
   * outside do not close it: the caller cannot go on until the user decides.
   */
  onCancel?: () => void;
}

const time = (at: string | null) => (at ? new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : null);

function defaultFormat(_key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function describe(subject: string | undefined, conflicts: readonly ConflictItem[]): string {
  const editing = subject ? `While you were editing “${subject}”, ` : 'While you were editing, ';
  const fields = conflicts.length === 1 ? 'a field you changed was' : `${conflicts.length} fields you changed were`;
  const merge = conflicts.some((c) => canChoose(c, 'merge')) ? ' or merge both' : '';
  return `${editing}${fields} changed by someone else. Choose what to keep for each — keep theirs, keep mine${merge}. Nothing is saved until you apply.`;
}

/**
 * "Changed by X — keep theirs / keep mine / merge": one labelled radio group per field two people
 * changed at once. Keep theirs drops my value, keep mine overwrites theirs, merge (text fields)
 * opens an editor prefilled with both versions under clear labels. Nothing is lost on "Not now":
 * the caller keeps what was typed.
 */
export function ConflictDialog({ subject, what, conflicts, formatValue = defaultFormat, onResolve, onCancel }: ConflictDialogProps) {
  const [state, dispatch] = useReducer(conflictDialogReducer, conflicts, conflictStateFor);
  const [tried, setTried] = useState(false);
  const problems = conflictProblems(state, conflicts);
  const ready = Object.keys(problems).length === 0;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (ready) onResolve(conflictChoices(state, conflicts));
  }

  return (
    <Dialog open size="lg" onOpenChange={(o) => !o && onCancel?.()} title={`Changed by ${whoChanged(conflicts)}`} description={describe(subject, conflicts)}>
      <form onSubmit={onSubmit} noValidate className="max-h-[70vh] space-y-4 overflow-y-auto pr-1" aria-label={`Resolve conflicting edits of this ${what}`}>
        {conflicts.length > 1 && (
          <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Choose for every field">
            <Button size="sm" variant="secondary" onClick={() => dispatch({ type: 'chooseAll', items: conflicts, choice: 'theirs' })}>Keep all theirs</Button>
            <Button size="sm" variant="secondary" onClick={() => dispatch({ type: 'chooseAll', items: conflicts, choice: 'mine' })}>Keep all mine</Button>
          </div>
        )}
        {conflicts.map((item) => (
          <ConflictField
            key={item.key}
            item={item}
            choice={state.choices[item.key]}
            merged={state.merged[item.key] ?? ''}
            format={formatValue}
            problem={tried ? problems[item.key] : undefined}
            onChoose={(choice) => dispatch({ type: 'choose', item, choice })}
            onEdit={(text) => dispatch({ type: 'edit', key: item.key, text })}
          />
        ))}
        {tried && !ready && <Alert tone="warning">Choose what to keep for every field first.</Alert>}
        <div className="flex justify-end gap-2">
          {onCancel && <Button variant="secondary" onClick={onCancel}>Not now</Button>}
          <Button type="submit">Apply</Button>
        </div>
      </form>
    </Dialog>
  );
}

function ConflictField({ item, choice, merged, format, problem, onChoose, onEdit }: {
  item: ConflictItem;
  choice: ChoiceKind | undefined;
  merged: string;
  format: (key: string, value: unknown) => string;
  problem: string | undefined;
  onChoose: (choice: ChoiceKind) => void;
  onEdit: (text: string) => void;
}) {
  const id = useId();
  const who = theirName(item);
  const when = time(item.at);
  const options: { value: ChoiceKind; label: string; hint: string }[] = [
    { value: 'theirs', label: 'Keep theirs', hint: item.deleted === 'theirs' ? 'It stays deleted; your change is dropped.' : `${who}'s value stays; yours is dropped.` },
    {
      value: 'mine',
      label: 'Keep mine',
      hint: item.deleted === 'theirs' ? `Not possible: ${who} deleted it.` : item.deleted === 'mine' ? `It is deleted; ${who}'s change is dropped.` : `Your value replaces ${who}'s.`,
    },
    ...(canChoose(item, 'merge') ? [{ value: 'merge' as const, label: 'Merge', hint: 'Combine both texts by hand.' }] : []),
  ];
  const describedBy = [item.note ? `${id}-note` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3" aria-describedby={describedBy || undefined}>
      <legend className="px-1 text-sm font-semibold text-slate-900">
        {item.label}{' '}
        <span className="font-normal text-slate-600">— {item.deleted === 'theirs' ? 'deleted' : 'changed'} by {who}{when ? ` at ${when}` : ''}</span>
      </legend>
      {item.note && <p id={`${id}-note`} className="text-sm text-slate-700">{item.note}</p>}
      <dl className="grid gap-2 text-sm sm:grid-cols-2">
        <div className="min-w-0 rounded bg-amber-50 p-2">
          <dt className="text-xs font-medium uppercase tracking-wide text-amber-900">Theirs ({who})</dt>
          <dd className="mt-0.5 max-h-40 overflow-y-auto whitespace-pre-wrap break-words text-slate-800">{item.deleted === 'theirs' ? 'Deleted' : format(item.key, item.theirs)}</dd>
        </div>
        <div className="min-w-0 rounded bg-brand-50 p-2">
          <dt className="text-xs font-medium uppercase tracking-wide text-brand-700">Yours</dt>
          <dd className="mt-0.5 max-h-40 overflow-y-auto whitespace-pre-wrap break-words text-slate-800">{item.deleted === 'mine' ? 'Delete it' : format(item.key, item.mine)}</dd>
        </div>
      </dl>
      <div role="radiogroup" aria-label={`Which ${inSentence(item.label)} to keep`} className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => {
          const disabled = !canChoose(item, o.value);
          return (
            <label key={o.value} className={cn('flex items-center gap-1.5 text-sm', disabled && 'text-slate-400')} title={o.hint}>
              <input type="radio" name={`${id}-choice`} value={o.value} checked={choice === o.value} disabled={disabled} onChange={() => onChoose(o.value)} />
              {o.label}
            </label>
          );
        })}
      </div>
      {choice === 'merge' && (
        <TextAreaField
          label={`Merged ${inSentence(item.label)}`}
          value={merged}
          onChange={(e) => onEdit(e.target.value)}
          hint={`Both versions are below, under “[Version by ${who}]” and “[Your version]”. Edit them into one and remove the labels.`}
          className="min-h-32 font-mono text-xs"
        />
      )}
      {problem && <p id={`${id}-problem`} className="text-sm text-red-700">{problem}</p>}
    </fieldset>
  );
}
