'use client';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField } from '@/components/ui/field';

/** Asks why mitigations are rejected (the workflow requires a reason of 3+ characters). */
export function RejectDialog({ open, count, title, onCancel, onConfirm, pending }: {
  open: boolean;
  count: number;
  title?: string;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
  pending?: boolean;
}) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string[] | undefined>();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < 3) {
      setError(['Say why it is rejected (at least 3 characters).']);
      return;
    }
    onConfirm(reason.trim());
    setReason('');
    setError(undefined);
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => !o && onCancel()}
      title={count === 1 ? 'Reject mitigation' : `Reject ${count} mitigations`}
      description={title ? `“${title}” will not be implemented. The reason is kept with it.` : 'They will not be implemented. The reason is kept with each.'}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        <TextAreaField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} error={error} maxLength={2000} required />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="danger" pending={pending}>Reject</Button>
        </div>
      </form>
    </Dialog>
  );
}
