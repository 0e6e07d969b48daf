import type { Metadata } from 'next';
import { ModelBreadcrumb } from '@/components/models/model-breadcrumb';
import { ThreatsView } from '@/components/threats/threats-view';
import { getCanvas } from '@/server/canvas/get-canvas';
import { listMembers } from '@/server/members/list-members';
import { listMitigations } from '@/server/mitigations/list-mitigations';
import { getModel } from '@/server/models/get-model';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { listSuggestions } from '@/server/suggestions/list-suggestions';
import { listThreats } from '@/server/threats/list-threats';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Threats' };

export default async function ThreatsPage({ params }: { params: Promise<{ workspace: string; modelId: string }> }) {
  const { workspace: slug, modelId } = await params;
  const actor = await getActor();
  const data = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    // getModel first: a model of another workspace is a 404 here, whatever the user's access to it.
    const model = await getModel(actor, modelId, ws.id);
    const [threats, suggestions, members, canvas, mitigations] = await Promise.all([
      listThreats(actor, model.id),
      listSuggestions(actor, model.id),
      listMembers(actor, ws.id),
      getCanvas(actor, model.id),
      listMitigations(actor, { workspaceId: ws.id, modelId: model.id }),
    ]);
    return { ws, model, threats, suggestions, members, graph: canvas.graph, mitigations };
  }, `/w/${slug}/models/${modelId}/threats`);
  const { ws, model, graph } = data;
  const elementName = (id: string) => graph.elements[id]?.name || 'Unnamed';
  return (
    <div className="space-y-4">
      <ModelBreadcrumb workspaceSlug={ws.slug} modelId={model.id} modelName={model.name} current="Threats" />
      <ThreatsView
        workspaceSlug={ws.slug}
        modelId={model.id}
        canEdit={model.role !== 'VIEWER'}
        threats={data.threats.map((t) => ({ ...t, updatedAt: t.updatedAt.toISOString() }))}
        suggestions={data.suggestions.suggestions.map((s) => ({
          ...s,
          decidedAt: s.decidedAt?.toISOString() ?? null,
          retiredAt: s.retiredAt?.toISOString() ?? null,
        }))}
        lastRunAt={data.suggestions.lastRunAt?.toISOString() ?? null}
        stale={data.suggestions.stale}
        members={data.members.map((m) => ({ id: m.userId, name: m.name ?? m.email }))}
        mitigations={data.mitigations.map((m) => ({ id: m.id, title: m.title, status: m.status, controlType: m.controlType, catalogueId: m.catalogueId }))}
        targets={[
          ...Object.values(graph.elements).map((e) => ({ type: 'element' as const, id: e.id, name: e.name || 'Unnamed', kind: e.kind })),
          ...Object.values(graph.flows).map((f) => ({
            type: 'flow' as const,
            id: f.id,
            name: f.label || `${elementName(f.sourceId)} → ${elementName(f.targetId)}`,
            kind: null,
          })),
        ].sort((a, b) => a.name.localeCompare(b.name))}
      />
    </div>
  );
}
