import type { Metadata } from 'next';
import { MitigationsView } from '@/components/mitigations/mitigations-view';
import { toMitigationItem, toTimelineItem } from '@/components/mitigations/to-item';
import { todayIso } from '@/lib/domain/mitigation';
import { idSchema } from '@/lib/validation/common';
import { listMembers } from '@/server/members/list-members';
import { getMitigation } from '@/server/mitigations/get-mitigation';
import { listMitigations } from '@/server/mitigations/list-mitigations';
import { listModels } from '@/server/models/list-models';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { listThreats } from '@/server/threats/list-threats';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Mitigations' };

export default async function WorkspaceMitigationsPage({ params, searchParams }: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ mitigation?: string | string[] }>;
}) {
  const { workspace: slug } = await params;
  const open = (await searchParams).mitigation;
  const openId = typeof open === 'string' && idSchema.safeParse(open).success ? open : null;
  const actor = await getActor();
  const data = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    const [mitigations, members, models] = await Promise.all([listMitigations(actor, { workspaceId: ws.id }), listMembers(actor, ws.id), listModels(actor, ws.id)]);
    const found = openId ? mitigations.find((m) => m.id === openId) : undefined;
    const [detail, threats] = found ? await Promise.all([getMitigation(actor, found.id), listThreats(actor, found.modelId)]) : [null, null];
    return { ws, mitigations, members, models, detail, threats };
  }, `/w/${slug}/mitigations`);
  const { ws, detail } = data;
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-lg font-semibold text-slate-900">Mitigations across the workspace</h2>
        <p className="text-sm text-slate-600">What was agreed, who owns it, what is overdue. Filters and sorting are kept in the address, so a link reproduces the view.</p>
      </div>
      <MitigationsView
        workspaceId={ws.id}
        workspaceSlug={ws.slug}
        canEdit={ws.role !== 'VIEWER'}
        meId={actor!.userId}
        today={todayIso()}
        mitigations={data.mitigations.map(toMitigationItem)}
        members={data.members.map((m) => ({ id: m.userId, name: m.name ?? m.email }))}
        models={data.models.map((m) => ({ id: m.id, name: m.name }))}
        detail={detail && data.threats ? {
          mitigation: toMitigationItem(detail),
          timeline: detail.timeline.map(toTimelineItem),
          threatOptions: data.threats.map((t) => ({ id: t.id, title: t.title, risk: t.risk })),
        } : null}
        threatOptions={[]}
      />
    </div>
  );
}
