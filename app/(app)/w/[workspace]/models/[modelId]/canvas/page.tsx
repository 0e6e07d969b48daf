import type { Metadata } from 'next';
import { ModelBreadcrumb } from '@/components/models/model-breadcrumb';
import { CanvasEditor } from '@/components/canvas/canvas-editor';
import { getCanvas } from '@/server/canvas/get-canvas';
import { getModel } from '@/server/models/get-model';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Diagram' };

export default async function CanvasPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string; modelId: string }>;
  searchParams: Promise<{ focus?: string | string[] }>;
}) {
  const { workspace: slug, modelId } = await params;
  const { focus } = await searchParams;
  const actor = await getActor();
  const { ws, model, canvas } = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    // getModel first: a model of another workspace is a 404 here, whatever the user's access to it.
    const model = await getModel(actor, modelId, ws.id);
    return { ws, model, canvas: await getCanvas(actor, model.id) };
  }, `/w/${slug}/models/${modelId}/canvas`);
  return (
    <div className="space-y-3">
      <ModelBreadcrumb workspaceSlug={ws.slug} modelId={model.id} modelName={model.name} current="Diagram" />
      <CanvasEditor
        modelId={canvas.modelId}
        revision={canvas.revision}
        role={canvas.role}
        graph={canvas.graph}
        threats={canvas.threats}
        focus={typeof focus === 'string' ? focus : null}
      />
    </div>
  );
}
