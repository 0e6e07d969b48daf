'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { renameWorkspaceAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';

export function RenameWorkspaceForm({ workspace }: { workspace: { id: string; name: string; version: number } }) {
  const router = useRouter();
  const action = useAction(renameWorkspaceAction);
  const [saved, setSaved] = useState(false);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    action.run({ workspaceId: workspace.id, name, version: workspace.version }, () => {
      setSaved(true);
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {saved && <Alert tone="success">Workspace renamed.</Alert>}
      {action.error && !action.fieldErrors.name && <Alert tone={action.error.status === 409 ? 'warning' : 'error'}>{action.error.message}</Alert>}
      <TextField key={workspace.version} label="Workspace name" name="name" defaultValue={workspace.name} required maxLength={80} error={action.fieldErrors.name} />
      <Button type="submit" pending={action.pending}>Save</Button>
    </form>
  );
}
