'use client';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { updateModelAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';

export function RenameModelDialog({
  model,
  open,
  onOpenChange,
}: {
  model: { id: string; name: string; version: number };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const router = useRouter();
  const action = useAction(updateModelAction);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    action.run({ modelId: model.id, version: model.version, name }, () => {
      onOpenChange(false);
      router.refresh();
    });
  }
  return (
    <Dialog open={open} onOpenChange={(o) => { action.reset(); onOpenChange(o); }} title="Rename threat model">
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {action.error?.status === 409 && (
          <Alert tone="warning" title="Someone else changed this model">
            {action.error.message}{' '}
            <button type="button" className="underline" onClick={() => { onOpenChange(false); router.refresh(); }}>
              Reload
            </button>
          </Alert>
        )}
        {action.error && action.error.status !== 409 && !action.fieldErrors.name && <Alert tone="error">{action.error.message}</Alert>}
        <TextField label="Name" name="name" defaultValue={model.name} required maxLength={120} error={action.fieldErrors.name} autoFocus />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" pending={action.pending}>Save</Button>
        </div>
      </form>
    </Dialog>
  );
}
