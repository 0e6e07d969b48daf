'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { updateModelAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { TextAreaField, TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { dateTime, relativeTime } from '@/lib/util/format';

interface Model {
  id: string;
  name: string;
  description: string;
  version: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  counts: { elements: number; boundaries: number; flows: number; threats: number; mitigations: number };
}

export function ModelOverview({ model, canEdit }: { workspaceSlug: string; model: Model; canEdit: boolean }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const action = useAction(updateModelAction);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    action.run(
      { modelId: model.id, version: model.version, name: String(form.get('name') ?? ''), description: String(form.get('description') ?? '') },
      () => {
        setEditing(false);
        router.refresh();
      },
    );
  }

  const stats: [string, number][] = [
    ['Elements', model.counts.elements],
    ['Trust boundaries', model.counts.boundaries],
    ['Data flows', model.counts.flows],
    ['Threats', model.counts.threats],
    ['Mitigations', model.counts.mitigations],
  ];

  return (
    <div className="space-y-6">
      {editing ? (
        <Card>
          <CardHeader title="Edit details" />
          <form onSubmit={onSubmit} className="space-y-4 p-5" noValidate>
            {action.error?.status === 409 ? (
              <Alert tone="warning" title="Someone else changed this model while you were editing">
                {action.error.message} Copy your text if you need it, then{' '}
                <button type="button" className="underline" onClick={() => { setEditing(false); action.reset(); router.refresh(); }}>
                  reload their version
                </button>
                .
              </Alert>
            ) : (
              action.error && !Object.keys(action.fieldErrors).length && <Alert tone="error">{action.error.message}</Alert>
            )}
            <TextField label="Name" name="name" defaultValue={model.name} required maxLength={120} error={action.fieldErrors.name} />
            <TextAreaField label="Description" name="description" defaultValue={model.description} rows={6} maxLength={10000} error={action.fieldErrors.description} />
            <div className="flex gap-2">
              <Button type="submit" pending={action.pending}>Save changes</Button>
              <Button variant="secondary" onClick={() => { setEditing(false); action.reset(); }}>Cancel</Button>
            </div>
          </form>
        </Card>
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0 max-w-3xl">
            <h2 className="break-words text-2xl font-semibold text-slate-900">{model.name}</h2>
            {model.description ? (
              <p className="mt-2 whitespace-pre-wrap break-words text-slate-700">{model.description}</p>
            ) : (
              <p className="mt-2 text-slate-500">No description yet.</p>
            )}
            <p className="mt-3 text-xs text-slate-500">
              Created {model.createdBy ? `by ${model.createdBy} ` : ''}on {dateTime(model.createdAt)} · updated{' '}
              <span title={dateTime(model.updatedAt)}>{relativeTime(model.updatedAt)}</span>
            </p>
          </div>
          {canEdit && (
            <Button variant="secondary" onClick={() => setEditing(true)}>
              Edit details
            </Button>
          )}
        </div>
      )}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {stats.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
            <dd className="mt-1 text-2xl font-semibold text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      {!canEdit && (
        <Alert tone="info">You have read-only access to this workspace. Ask an owner for the editor role to make changes.</Alert>
      )}
    </div>
  );
}
