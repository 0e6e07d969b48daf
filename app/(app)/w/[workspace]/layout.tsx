import type { ReactNode } from 'react';
import { WorkspaceNav } from '@/components/layout/workspace-nav';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ws = await pageData(async () => getWorkspace(await getActor(), slug), `/w/${slug}`);
  return (
    <div className="space-y-6">
      <WorkspaceNav slug={ws.slug} name={ws.name} role={ws.role} />
      {children}
    </div>
  );
}
