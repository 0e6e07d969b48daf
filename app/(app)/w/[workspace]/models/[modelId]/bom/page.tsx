import type { Metadata } from 'next';
import { BomView } from '@/components/bom/bom-view';
import { ModelBreadcrumb } from '@/components/models/model-breadcrumb';
import { getAiInventory } from '@/server/bom/get-ai-inventory';
import { getModel } from '@/server/models/get-model';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'AI BoM' };

export default async function ModelBomPage({ params }: { params: Promise<{ workspace: string; modelId: string }> }) {
  const { workspace: slug, modelId } = await params;
  const actor = await getActor();
  const { ws, model, rows } = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    const model = await getModel(actor, modelId, ws.id);
    return { ws, model, rows: await getAiInventory(actor, model.id) };
  }, `/w/${slug}/models/${modelId}/bom`);
  return (
    <div className="space-y-4">
      <ModelBreadcrumb workspaceSlug={ws.slug} modelId={model.id} modelName={model.name} current="AI BoM" />
      <BomView rows={rows} modelHref={`/w/${ws.slug}/models/${model.id}`} downloadHref={`/api/v1/models/${model.id}/aibom.cdx.json`} />
    </div>
  );
}
