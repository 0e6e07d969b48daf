import type { Metadata } from 'next';
import { InvitationsPanel } from '@/components/members/invitations-panel';
import { MembersTable } from '@/components/members/members-table';
import { listInvitations } from '@/server/invitations/list-invitations';
import { listMembers } from '@/server/members/list-members';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Members' };

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await getActor();
  const data = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    const members = await listMembers(actor, ws.id);
    const invitations = ws.role === 'OWNER' ? await listInvitations(actor, ws.id) : [];
    return { ws, members, invitations };
  }, `/w/${slug}/members`);
  const isOwner = data.ws.role === 'OWNER';
  return (
    <div className="space-y-6">
      <MembersTable
        workspaceId={data.ws.id}
        isOwner={isOwner}
        currentUserId={actor!.userId}
        members={data.members.map((m) => ({ ...m, joinedAt: m.joinedAt.toISOString() }))}
      />
      {isOwner && (
        <InvitationsPanel
          workspaceId={data.ws.id}
          invitations={data.invitations.map((i) => ({ ...i, createdAt: i.createdAt.toISOString(), expiresAt: i.expiresAt.toISOString() }))}
        />
      )}
    </div>
  );
}
