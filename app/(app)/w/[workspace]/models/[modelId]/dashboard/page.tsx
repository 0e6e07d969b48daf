import type { Metadata } from 'next';
import { ModelBreadcrumb } from '@/components/models/model-breadcrumb';
import { DashboardView } from '@/components/dashboard/dashboard-view';
import { getDashboard } from '@/server/dashboard/get-dashboard';
import { getModel } from '@/server/models/get-model';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function ModelDashboardPage({ params }: { params: Promise<{ workspace: string; modelId: string }> }) {
  const { workspace: slug, modelId } = await params;
  const actor = await getActor();
  const { ws, model, dashboard } = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    const model = await getModel(actor, modelId, ws.id);
    return { ws, model, dashboard: await getDashboard(actor, { workspaceId: ws.id, modelId: model.id }) };
  }, `/w/${slug}/models/${modelId}/dashboard`);
  const base = `/w/${ws.slug}/models/${model.id}`;
  return (
    <div className="space-y-4">
      <ModelBreadcrumb workspaceSlug={ws.slug} modelId={model.id} modelName={model.name} current="Dashboard" />
      <DashboardView dashboard={dashboard} threatsHref={`${base}/threats`} trackerHref={`${base}/mitigations`} />
    </div>
  );
}
