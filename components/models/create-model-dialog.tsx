'use client';
import { useRouter } from 'next/navigation';
import type { FormEvent, ReactNode } from 'react';
import { createModelAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField, TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';

export function CreateModelDialog({
  workspace,
  open,
  onOpenChange,
  trigger,
}: {
  workspace: { id: string; slug: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactNode;
}) {
  const router = useRouter();
  const action = useAction(createModelAction);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    action.run(
      { workspaceId: workspace.id, name: String(form.get('name') ?? ''), description: String(form.get('description') ?? '') },
      (model) => {
        onOpenChange(false);
        router.push(`/w/${workspace.slug}/models/${model.id}`);
      },
    );
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        action.reset();
        onOpenChange(o);
      }}
      title="New threat model"
      description="One model per AI system or product. You can rename it later."
      trigger={trigger}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {action.error && !Object.keys(action.fieldErrors).length && <Alert tone="error">{action.error.message}</Alert>}
        <TextField label="Name" name="name" required maxLength={120} placeholder="e.g. Support chatbot (RAG)" error={action.fieldErrors.name} autoFocus />
        <TextAreaField
          label="Description"
          name="description"
          maxLength={10000}
          placeholder="What the system does, who uses it, what is in scope."
          error={action.fieldErrors.description}
        />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" pending={action.pending}>Create model</Button>
        </div>
      </form>
    </Dialog>
  );
}
