'use client';
import { useState, type FormEvent } from 'react';
import { deleteModelAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';

export function DeleteModelDialog({
  model,
  open,
  onOpenChange,
  onDeleted,
}: {
  model: { id: string; name: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}) {
  const action = useAction(deleteModelAction);
  const [typed, setTyped] = useState('');
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    action.run({ modelId: model.id, confirmName: typed }, () => {
      onOpenChange(false);
      onDeleted();
    });
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => { action.reset(); setTyped(''); onOpenChange(o); }}
      title="Delete threat model"
      description="This deletes the model with its diagram, threats, mitigations and comments. It cannot be undone. The audit log keeps a record."
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {action.error && !action.fieldErrors.confirmName && <Alert tone="error">{action.error.message}</Alert>}
        <TextField
          label={`Type “${model.name}” to confirm`}
          name="confirmName"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          error={action.fieldErrors.confirmName}
          autoFocus
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" variant="danger" disabled={typed.trim() !== model.name} pending={action.pending}>
            Delete model
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
