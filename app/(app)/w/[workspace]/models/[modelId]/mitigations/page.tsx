import type { Metadata } from 'next';
import { ModelBreadcrumb } from '@/components/models/model-breadcrumb';
import { MitigationsView } from '@/components/mitigations/mitigations-view';
import { toMitigationItem, toTimelineItem } from '@/components/mitigations/to-item';
import { todayIso } from '@/lib/domain/mitigation';
import { idSchema } from '@/lib/validation/common';
import { listMembers } from '@/server/members/list-members';
import { getMitigation } from '@/server/mitigations/get-mitigation';
import { listMitigations } from '@/server/mitigations/list-mitigations';
import { getModel } from '@/server/models/get-model';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { listThreats } from '@/server/threats/list-threats';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Mitigations' };

export default async function ModelMitigationsPage({ params, searchParams }: {
  params: Promise<{ workspace: string; modelId: string }>;
  searchParams: Promise<{ mitigation?: string | string[] }>;
}) {
  const { workspace: slug, modelId } = await params;
  const open = (await searchParams).mitigation;
  const openId = typeof open === 'string' && idSchema.safeParse(open).success ? open : null;
  const actor = await getActor();
  const data = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    const model = await getModel(actor, modelId, ws.id);
    const [mitigations, members, threats] = await Promise.all([
      listMitigations(actor, { workspaceId: ws.id, modelId: model.id }),
      listMembers(actor, ws.id),
      listThreats(actor, model.id),
    ]);
    const detail = openId && mitigations.some((m) => m.id === openId) ? await getMitigation(actor, openId) : null;
    return { ws, model, mitigations, members, threats, detail };
  }, `/w/${slug}/models/${modelId}/mitigations`);
  const { ws, model, detail } = data;
  const threatOptions = data.threats.map((t) => ({ id: t.id, title: t.title, risk: t.risk }));
  return (
    <div className="space-y-4">
      <ModelBreadcrumb workspaceSlug={ws.slug} modelId={model.id} modelName={model.name} current="Mitigations" />
      <MitigationsView
        workspaceId={ws.id}
        workspaceSlug={ws.slug}
        modelId={model.id}
        canEdit={model.role !== 'VIEWER'}
        meId={actor!.userId}
        today={todayIso()}
        mitigations={data.mitigations.map(toMitigationItem)}
        members={data.members.map((m) => ({ id: m.userId, name: m.name ?? m.email }))}
        models={[{ id: model.id, name: model.name }]}
        detail={detail ? { mitigation: toMitigationItem(detail), timeline: detail.timeline.map(toTimelineItem), threatOptions } : null}
        threatOptions={threatOptions}
      />
    </div>
  );
}
