import type { Metadata } from 'next';
import { ModelList } from '@/components/models/model-list';
import { listModels } from '@/server/models/list-models';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Threat models' };

export default async function ModelsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await getActor();
  const { ws, models } = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    return { ws, models: await listModels(actor, ws.id) };
  }, `/w/${slug}`);
  return (
    <ModelList
      workspace={{ id: ws.id, slug: ws.slug }}
      canEdit={ws.role !== 'VIEWER'}
      models={models.map((m) => ({ ...m, updatedAt: m.updatedAt.toISOString() }))}
    />
  );
}
