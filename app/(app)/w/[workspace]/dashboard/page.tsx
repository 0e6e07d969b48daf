import type { Metadata } from 'next';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { getDashboard } from '@/server/dashboard/get-dashboard';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function WorkspaceDashboardPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await getActor();
  const { ws, dashboard } = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    return { ws, dashboard: await getDashboard(actor, { workspaceId: ws.id }) };
  }, `/w/${slug}/dashboard`);
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">Risk across the workspace</h2>
        <p className="text-sm text-slate-600">Every threat model in {ws.name}.</p>
      </div>
      <DashboardView dashboard={dashboard} threatsHref={`/w/${ws.slug}`} trackerHref={`/w/${ws.slug}/mitigations`} />
    </div>
  );
}
