import type { Metadata } from 'next';
import { ModelBreadcrumb } from '@/components/models/model-breadcrumb';
import { StartWorkshopForm } from '@/components/workshop/start-workshop-form';
import { WorkshopHistory } from '@/components/workshop/workshop-history';
import { WorkshopRoom } from '@/components/workshop/workshop-room';
import type { Serialized } from '@/lib/dto/serialized';
import { getCanvas } from '@/server/canvas/get-canvas';
import { listComments } from '@/server/comments/list-comments';
import { getModel } from '@/server/models/get-model';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';
import { getChangesSinceSnapshot } from '@/server/snapshots/get-changes-since-snapshot';
import { listSnapshots } from '@/server/snapshots/list-snapshots';
import { listSuggestions } from '@/server/suggestions/list-suggestions';
import { listThreats } from '@/server/threats/list-threats';
import { getWorkshop } from '@/server/workshops/get-workshop';
import { joinWorkshop } from '@/server/workshops/join-workshop';
import { listWorkshops } from '@/server/workshops/list-workshops';
import { getWorkspace } from '@/server/workspaces/get-workspace';

export const metadata: Metadata = { title: 'Workshop' };

const plain = <T,>(value: T) => JSON.parse(JSON.stringify(value)) as Serialized<T>;

export default async function WorkshopPage({ params }: { params: Promise<{ workspace: string; modelId: string }> }) {
  const { workspace: slug, modelId } = await params;
  const actor = await getActor();
  const data = await pageData(async () => {
    const ws = await getWorkspace(actor, slug);
    const model = await getModel(actor, modelId, ws.id);
    const workshops = await listWorkshops(actor, model.id);
    const running = workshops.find((w) => w.status === 'active');
    const snapshots = await listSnapshots(actor, model.id);
    if (!running) return { ws, model, workshops, snapshots, room: null };
    // Opening a running workshop is attending it.
    await joinWorkshop(actor, running.id);
    const [workshop, threats, suggestions, canvas, comments, changes] = await Promise.all([
      getWorkshop(actor, running.id),
      listThreats(actor, model.id),
      listSuggestions(actor, model.id),
      getCanvas(actor, model.id),
      listComments(actor, { modelId: model.id }),
      getChangesSinceSnapshot(actor, model.id),
    ]);
    return { ws, model, workshops, snapshots, room: { workshop, threats, suggestions, graph: canvas.graph, comments, changes } };
  }, `/w/${slug}/models/${modelId}/workshop`);
  const { ws, model, room } = data;
  const canEdit = model.role !== 'VIEWER';
  return (
    <div className="space-y-4">
      <ModelBreadcrumb workspaceSlug={ws.slug} modelId={model.id} modelName={model.name} current="Workshop" />
      {room ? (
        <>
        <WorkshopRoom
          workshop={plain(room.workshop)}
          threats={plain(room.threats)}
          suggestions={plain(room.suggestions.suggestions.filter((s) => s.status === 'open' && s.active))}
          graph={room.graph}
          comments={plain(room.comments)}
          changes={plain(room.changes)}
          threatsHref={`/w/${ws.slug}/models/${model.id}/threats`}
        />
        <WorkshopHistory workshops={plain(data.workshops.filter((w) => w.status === 'ended'))} snapshots={plain(data.snapshots)} />
        </>
      ) : (
        <>
          <StartWorkshopForm modelId={model.id} canStart={canEdit} elementCount={model.counts.elements} boundaryCount={model.counts.boundaries} />
          <WorkshopHistory workshops={plain(data.workshops)} snapshots={plain(data.snapshots)} />
        </>
      )}
    </div>
  );
}
