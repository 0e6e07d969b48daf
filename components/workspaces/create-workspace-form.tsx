'use client';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { createWorkspaceAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';

export function CreateWorkspaceForm() {
  const router = useRouter();
  const action = useAction(createWorkspaceAction);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    action.run({ name }, (ws) => {
      router.push(`/w/${ws.slug}`);
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-start" noValidate>
      <div className="flex-1">
        <TextField label="Workspace name" name="name" placeholder="e.g. Payments ML platform" required maxLength={80} error={action.fieldErrors.name} />
      </div>
      <Button type="submit" pending={action.pending} className="sm:mt-6">
        Create workspace
      </Button>
      {action.error && !action.fieldErrors.name && <Alert tone="error">{action.error.message}</Alert>}
    </form>
  );
}
