'use client';
import { useState, type FormEvent } from 'react';
import { dismissSuggestionsAction } from '@/app/(app)/w/[workspace]/models/[modelId]/threats/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';

/** Dismissing needs a reason, kept with the suggestion for reviewers. */
export function DismissDialog({ modelId, ids, onClose, onDone }: { modelId: string; ids: string[] | null; onClose: () => void; onDone: () => void }) {
  const action = useAction(dismissSuggestionsAction);
  const [reason, setReason] = useState('');
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!ids) return;
    action.run({ modelId, suggestionIds: ids, reason }, () => {
      setReason('');
      onDone();
    });
  }
  const count = ids?.length ?? 0;
  return (
    <Dialog
      open={ids !== null}
      onOpenChange={(o) => {
        if (!o) {
          action.reset();
          onClose();
        }
      }}
      title={count > 1 ? `Dismiss ${count} suggestions` : 'Dismiss suggestion'}
      description="Say why it does not apply. The reason is kept, and you can reopen it later."
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {action.error && !Object.keys(action.fieldErrors).length && <Alert tone="error">{action.error.message}</Alert>}
        <TextAreaField
          label="Reason"
          name="reason"
          required
          minLength={3}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={action.fieldErrors.reason}
          placeholder="e.g. The registry only accepts artefacts signed in CI."
          autoFocus
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>Cancel</Button>
          <Button type="submit" pending={action.pending} disabled={reason.trim().length < 3}>Dismiss</Button>
        </div>
      </form>
    </Dialog>
  );
}
