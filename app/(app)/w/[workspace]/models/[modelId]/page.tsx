import type { Metadata } from 'next';
import Link from 'next/link';
import { ModelOverview } from '@/components/models/model-overview';
import { getModel } from '@/server/models/get-model';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Threat model' };

export default async function ModelPage({ params }: { params: Promise<{ workspace: string; modelId: string }> }) {
  const { workspace: slug, modelId } = await params;
  const actor = await getActor();
  const { ws, model } = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    return { ws, model: await getModel(actor, modelId, ws.id) };
  }, `/w/${slug}/models/${modelId}`);
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <ol className="flex flex-wrap items-center gap-1">
          <li><Link href={`/w/${ws.slug}`} className="hover:underline">Threat models</Link></li>
          <li aria-hidden>/</li>
          <li aria-current="page" className="font-medium text-slate-900">{model.name}</li>
        </ol>
      </nav>
      <ModelOverview
        workspaceSlug={ws.slug}
        canEdit={model.role !== 'VIEWER'}
        model={{
          id: model.id,
          name: model.name,
          description: model.description,
          version: model.version,
          createdBy: model.createdBy,
          createdAt: model.createdAt.toISOString(),
          updatedAt: model.updatedAt.toISOString(),
          counts: model.counts,
        }}
      />
    </div>
  );
}
