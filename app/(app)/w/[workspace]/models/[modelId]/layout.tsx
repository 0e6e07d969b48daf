import type { ReactNode } from 'react';
import { LiveModelProvider } from '@/components/live/live-provider';
import { LiveBar } from '@/components/live/live-status';
import { ModelTabs } from '@/components/models/model-tabs';
import { getModel } from '@/server/models/get-model';
import { pageData } from '@/server/page-data';
import { getActor } from '@/server/session';

export default async function ModelLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string; modelId: string }> }) {
  const { workspace, modelId } = await params;
  const base = `/w/${workspace}/models/${modelId}`;
  const actor = await getActor();
  const model = await pageData(() => getModel(actor, modelId), base);
  return (
    <LiveModelProvider modelId={model.id} base={base} initialSeq={model.eventSeq} me={actor!.userId}>
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <ModelTabs base={base} />
          <LiveBar />
        </div>
        {children}
      </div>
    </LiveModelProvider>
  );
}
