import type { Metadata } from 'next';
import { ModelBreadcrumb } from '@/components/models/model-breadcrumb';
import { ReportGenerator } from '@/components/report/report-generator';
import { getModel } from '@/server/models/get-model';
import { pageData } from '@/server/page-data';
import { listSnapshots } from '@/server/snapshots/list-snapshots';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Report' };

export default async function ModelReportPage({ params }: { params: Promise<{ workspace: string; modelId: string }> }) {
  const { workspace: slug, modelId } = await params;
  const actor = await getActor();
  const { ws, model, snapshots } = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    const model = await getModel(actor, modelId, ws.id);
    return { ws, model, snapshots: await listSnapshots(actor, model.id) };
  }, `/w/${slug}/models/${modelId}/report`);
  return (
    <div className="space-y-4">
      <ModelBreadcrumb workspaceSlug={ws.slug} modelId={model.id} modelName={model.name} current="Report" />
      <ReportGenerator modelId={model.id} workspaceId={ws.id} snapshots={snapshots.map((s) => ({ id: s.id, name: s.name, createdAt: s.createdAt.toISOString() }))} />
    </div>
  );
}
