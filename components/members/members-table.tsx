'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { changeMemberRoleAction, removeMemberAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { useAction } from '@/components/ui/use-action';
import { roleDescriptions, roleLabels, roles, type Role } from '@/lib/domain/roles';
import { dateTime } from '@/lib/util/format';

interface Member {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  version: number;
  joinedAt: string;
}

export function MembersTable({
  workspaceId,
  isOwner,
  currentUserId,
  members,
}: {
  workspaceId: string;
  isOwner: boolean;
  currentUserId: string;
  members: Member[];
}) {
  const router = useRouter();
  const changeRole = useAction(changeMemberRoleAction);
  const remove = useAction(removeMemberAction);
  const [removing, setRemoving] = useState<Member | null>(null);
  const error = changeRole.error ?? remove.error;

  return (
    <Card>
      <CardHeader
        title="Members"
        description={isOwner ? 'Change roles or remove people. A workspace always keeps at least one owner.' : 'People with access to this workspace.'}
      />
      {error && <div className="px-5 pt-4"><Alert tone="error">{error.message}</Alert></div>}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Workspace members</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-5 py-3 font-medium">Member</th>
              <th scope="col" className="px-5 py-3 font-medium">Role</th>
              <th scope="col" className="hidden px-5 py-3 font-medium sm:table-cell">Joined</th>
              <th scope="col" className="px-5 py-3"><span className="sr-only">Actions</span></th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {members.map((m) => {
              const self = m.userId === currentUserId;
              return (
                <tr key={m.membershipId}>
                  <td className="px-5 py-3">
                    <div className="font-medium text-slate-900">{m.name ?? m.email}{self && <span className="ml-1 text-slate-500">(you)</span>}</div>
                    <div className="text-slate-600">{m.email}</div>
                  </td>
                  <td className="px-5 py-3">
                    {isOwner ? (
                      <select
                        aria-label={`Role of ${m.name ?? m.email}`}
                        className="rounded-md border border-slate-300 bg-white px-2 py-1"
                        value={m.role}
                        disabled={changeRole.pending}
                        title={roleDescriptions[m.role]}
                        onChange={(e) =>
                          changeRole.run(
                            { workspaceId, membershipId: m.membershipId, role: e.target.value as Role, version: m.version },
                            () => router.refresh(),
                          )
                        }
                      >
                        {roles.map((r) => <option key={r} value={r}>{roleLabels[r]}</option>)}
                      </select>
                    ) : (
                      roleLabels[m.role]
                    )}
                  </td>
                  <td className="hidden whitespace-nowrap px-5 py-3 text-slate-600 sm:table-cell">{dateTime(m.joinedAt)}</td>
                  <td className="px-5 py-3 text-right">
                    {(isOwner || self) && (
                      <Button variant="ghost" size="sm" onClick={() => setRemoving(m)}>
                        {self ? 'Leave' : 'Remove'}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Dialog
        open={removing !== null}
        onOpenChange={(o) => !o && setRemoving(null)}
        title={removing?.userId === currentUserId ? 'Leave this workspace?' : `Remove ${removing?.name ?? removing?.email}?`}
        description={
          removing?.userId === currentUserId
            ? 'You will lose access to its threat models until an owner invites you again.'
            : 'They lose access to every threat model in this workspace at once.'
        }
      >
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setRemoving(null)}>Cancel</Button>
          <Button
            variant="danger"
            pending={remove.pending}
            onClick={() =>
              removing &&
              remove.run({ workspaceId, membershipId: removing.membershipId }, (r) => {
                setRemoving(null);
                if (r.self) router.push('/w');
                router.refresh();
              })
            }
          >
            {removing?.userId === currentUserId ? 'Leave workspace' : 'Remove member'}
          </Button>
        </div>
      </Dialog>
    </Card>
  );
}
