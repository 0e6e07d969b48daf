import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvitation } from '@/components/auth/accept-invitation';
import { Alert } from '@/components/ui/alert';
import { invitationTokenSchema } from '@/lib/domain/workspace';
import { roleLabels } from '@/lib/domain/roles';
import { getInvitation } from '@/server/invitations/get-invitation';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const path = `/invite/${token}`;
  const actor = await getActor();
  if (!actor) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">You have been invited to Threatline</h1>
        <p className="text-sm text-slate-600">Sign in or create an account to see and accept the invitation.</p>
        <div className="flex gap-3">
          <Link className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white" href={`/sign-in?callbackUrl=${encodeURIComponent(path)}`}>
            Sign in
          </Link>
          <Link className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium" href={`/sign-up?callbackUrl=${encodeURIComponent(path)}`}>
            Create an account
          </Link>
        </div>
      </div>
    );
  }
  if (!invitationTokenSchema.safeParse({ token }).success) {
    return <Alert tone="error" title="This invitation link is not valid.">Check that you copied the whole link.</Alert>;
  }
  const inv = await pageData(() => getInvitation(actor, token), path);
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Join “{inv.workspaceName}”</h1>
      <p className="text-sm text-slate-600">
        {inv.invitedBy ?? 'A workspace owner'} invited you as <strong>{roleLabels[inv.role]}</strong>.
      </p>
      {inv.alreadyMember ? (
        <Alert tone="info" title="You are already a member.">
          <Link className="underline" href={`/w/${inv.workspaceSlug}`}>Open the workspace</Link>
        </Alert>
      ) : inv.state !== 'pending' ? (
        <Alert tone="error" title={`This invitation has ${inv.state === 'expired' ? 'expired' : `been ${inv.state}`}.`}>
          Ask a workspace owner for a new link.
        </Alert>
      ) : inv.wrongEmail ? (
        <Alert tone="error" title={`This invitation is for ${inv.email}.`}>
          You are signed in as {actor.email}. Sign out and sign in with that address to accept it.
        </Alert>
      ) : (
        <AcceptInvitation token={token} />
      )}
    </div>
  );
}
