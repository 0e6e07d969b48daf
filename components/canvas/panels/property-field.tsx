'use client';
import { useState, type KeyboardEvent } from 'react';
import type { z } from 'zod';
import { cn } from '@/components/ui/cn';
import { FieldShell } from '@/components/ui/field';
import type { FieldDef } from '@/lib/domain/fields';

const control = 'block w-full rounded-md border bg-white px-2.5 py-1.5 text-sm shadow-sm disabled:bg-slate-100 disabled:text-slate-600';

/** Value shown in a text box: tags are edited as a comma-separated list. */
function toText(field: Pick<FieldDef, 'type'>, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.type === 'tags') return Array.isArray(value) ? value.join(', ') : '';
  return typeof value === 'string' ? value : String(value);
}

function fromText(field: Pick<FieldDef, 'type'>, text: string): unknown {
  if (field.type === 'tags') {
    const tags = text.split(',').map((t) => t.trim()).filter(Boolean);
    return tags.length ? tags : undefined;
  }
  return text.trim() === '' && field.type !== 'textarea' ? undefined : text;
}

export interface PropertyFieldProps {
  field: Pick<FieldDef, 'label' | 'type' | 'options' | 'help'>;
  value: unknown;
  /** Validates one value; undefined means "not set". */
  schema: z.ZodType | undefined;
  disabled: boolean;
  /** Called with the parsed value, or null to clear it. Each call is one op and one undo step. */
  onCommit: (value: unknown) => void;
  /** What clearing the field stores: null removes a property; names store ''. */
  emptyValue?: unknown;
}

/**
 * One generated form field. Text is committed on blur or Enter, after validating it with the
 * kind's zod schema; an invalid value stays in the box with the schema's message and is not saved.
 */
export function PropertyField({ field, value, schema, disabled, onCommit, emptyValue = null }: PropertyFieldProps) {
  const [draft, setDraft] = useState(() => toText(field, value));
  const [shown, setShown] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // Undo, redo or another panel changed the stored value: show it instead of the old draft.
  if (shown !== value) {
    setShown(value);
    setDraft(toText(field, value));
    setError(null);
  }

  function commit(raw: unknown) {
    const parsed = schema ? schema.safeParse(raw) : { success: true as const, data: raw };
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'This value is not valid.');
      return;
    }
    setError(null);
    const next = parsed.data === undefined || parsed.data === '' ? emptyValue : parsed.data;
    if (JSON.stringify(next) !== JSON.stringify(value ?? emptyValue)) onCommit(next);
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(fromText(field, e.currentTarget.value));
    } else if (e.key === 'Escape') {
      setDraft(toText(field, value));
      setError(null);
    }
  };

  const hint = field.help ?? (field.type === 'tags' ? 'Separate tags with commas.' : undefined);
  return (
    <FieldShell label={field.label} error={error ? [error] : undefined} hint={hint}>
      {({ id, describedBy, invalid }) => {
        const cls = cn(control, invalid ? 'border-red-500' : 'border-slate-300');
        const common = { id, 'aria-describedby': describedBy, 'aria-invalid': invalid || undefined, disabled };
        if (field.type === 'select') {
          return (
            <select {...common} className={cls} value={typeof value === 'string' ? value : ''} onChange={(e) => commit(e.target.value || undefined)}>
              <option value="">Not set</option>
              {field.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          );
        }
        if (field.type === 'boolean') {
          return <input {...common} type="checkbox" className="size-4" checked={value === true} onChange={(e) => commit(e.target.checked)} />;
        }
        if (field.type === 'textarea') {
          return (
            <textarea
              {...common}
              className={cn(cls, 'min-h-20')}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onBlur={(e) => commit(fromText(field, e.target.value))}
            />
          );
        }
        return (
          <input
            {...common}
            type={field.type === 'url' ? 'url' : 'text'}
            className={cls}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={(e) => commit(fromText(field, e.target.value))}
            onKeyDown={onKeyDown}
          />
        );
      }}
    </FieldShell>
  );
}
