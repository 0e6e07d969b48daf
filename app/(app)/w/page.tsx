import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateWorkspaceForm } from '@/components/workspaces/create-workspace-form';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { roleLabels } from '@/lib/domain/roles';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { listWorkspaces } from '@/server/workspaces/list-workspaces';

export const metadata: Metadata = { title: 'Workspaces' };

export default async function WorkspacesPage() {
  const actor = await getActor();
  const workspaces = await pageData(() => listWorkspaces(actor), '/w');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Workspaces</h1>
        <p className="mt-1 text-sm text-slate-600">A workspace holds a team’s threat models and decides who can see and change them.</p>
      </div>
      {workspaces.length === 0 ? (
        <EmptyState title="You are not in any workspace yet">
          Create one below for your team, or open an invitation link an owner sent you.
        </EmptyState>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Your workspaces">
          {workspaces.map((w) => (
            <li key={w.id}>
              <Link href={`/w/${w.slug}`} className="block rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-500">
                <div className="flex items-start justify-between gap-2">
                  <h2 className="font-semibold text-slate-900">{w.name}</h2>
                  <Badge tone={w.role === 'OWNER' ? 'brand' : 'neutral'}>{roleLabels[w.role]}</Badge>
                </div>
                <p className="mt-2 text-sm text-slate-600">
                  {w.modelCount} threat model{w.modelCount === 1 ? '' : 's'} · {w.memberCount} member{w.memberCount === 1 ? '' : 's'}
                </p>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Card className="max-w-xl">
        <div id="create-workspace" />
        <CardHeader title="Create a workspace" description="You will be its owner and can invite your team." />
        <div className="p-5">
          <CreateWorkspaceForm />
        </div>
      </Card>
    </div>
  );
}
