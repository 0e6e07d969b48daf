'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { createInvitationAction, revokeInvitationAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { FieldShell, TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { INVITATION_TTL_DAYS } from '@/lib/domain/workspace';
import { roleDescriptions, roleLabels, roles, type Role } from '@/lib/domain/roles';
import { dateTime } from '@/lib/util/format';

interface Invitation {
  id: string;
  email: string | null;
  role: Role;
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

export function InvitationsPanel({ workspaceId, invitations }: { workspaceId: string; invitations: Invitation[] }) {
  const router = useRouter();
  const create = useAction(createInvitationAction);
  const revoke = useAction(revokeInvitationAction);
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const formEl = event.currentTarget;
    create.run(
      { workspaceId, email: String(form.get('email') ?? ''), role: String(form.get('role')) as Role },
      (inv) => {
        setLink(`${window.location.origin}${inv.path}`);
        setCopied(false);
        formEl.reset();
        router.refresh();
      },
    );
  }

  return (
    <Card>
      <CardHeader
        title="Invite people"
        description={`Create a single-use link valid for ${INVITATION_TTL_DAYS} days. Bind it to an email address so only that person can accept it.`}
      />
      <div className="space-y-5 p-5">
        <form onSubmit={onSubmit} className="grid gap-3 sm:grid-cols-[1fr_12rem_auto] sm:items-start" noValidate>
          <TextField label="Email (optional)" name="email" type="email" placeholder="colleague@example.com" error={create.fieldErrors.email} />
          <FieldShell label="Role" error={create.fieldErrors.role}>
            {({ id, describedBy }) => (
              <select id={id} name="role" defaultValue="EDITOR" aria-describedby={describedBy} className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
                {roles.map((r) => <option key={r} value={r} title={roleDescriptions[r]}>{roleLabels[r]}</option>)}
              </select>
            )}
          </FieldShell>
          <Button type="submit" pending={create.pending} className="sm:mt-6">Create invitation link</Button>
        </form>
        {create.error && !Object.keys(create.fieldErrors).length && <Alert tone="error">{create.error.message}</Alert>}
        {link && (
          <Alert tone="success" title="Invitation link created — copy it now, it will not be shown again">
            <div className="mt-2 flex flex-wrap items-center gap-2">
              <input readOnly value={link} aria-label="Invitation link" className="min-w-0 flex-1 rounded border border-emerald-300 bg-white px-2 py-1 font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
              <Button
                size="sm"
                variant="secondary"
                onClick={async () => {
                  await navigator.clipboard?.writeText(link).catch(() => undefined);
                  setCopied(true);
                }}
              >
                {copied ? 'Copied' : 'Copy link'}
              </Button>
            </div>
          </Alert>
        )}
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Pending invitations</h3>
          {revoke.error && <Alert tone="error">{revoke.error.message}</Alert>}
          {invitations.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No pending invitations.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 rounded-md border border-slate-200" aria-label="Pending invitations">
              {invitations.map((i) => (
                <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                  <span>
                    <span className="font-medium">{i.email ?? 'Anyone with the link'}</span> · {roleLabels[i.role]}
                    <span className="block text-xs text-slate-500">
                      by {i.invitedBy ?? 'a former member'} · expires {dateTime(i.expiresAt)}
                    </span>
                  </span>
                  <Button variant="ghost" size="sm" pending={revoke.pending} onClick={() => revoke.run({ workspaceId, invitationId: i.id }, () => router.refresh())}>
                    Revoke
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Card>
  );
}
