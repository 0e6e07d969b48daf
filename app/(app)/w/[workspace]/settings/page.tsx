import type { Metadata } from 'next';
import { RenameWorkspaceForm } from '@/components/workspaces/rename-workspace-form';
import { Alert } from '@/components/ui/alert';
import { Card, CardHeader } from '@/components/ui/card';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Workspace settings' };

export default async function SettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ws = await pageData(async () => getWorkspace(await getActor(), slug), `/w/${slug}/settings`);
  if (ws.role !== 'OWNER') {
    return <Alert tone="info" title="Only owners can change workspace settings.">Ask an owner of this workspace if something needs changing.</Alert>;
  }
  return (
    <Card className="max-w-2xl">
      <CardHeader title="General" description="The name is shown to every member. The address of the workspace does not change." />
      <div className="p-5">
        <RenameWorkspaceForm workspace={{ id: ws.id, name: ws.name, version: ws.version }} />
      </div>
    </Card>
  );
}
