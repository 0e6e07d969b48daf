import type { ReactNode } from 'react';
import { ModelTabs } from '@/components/models/model-tabs';

export default async function ModelLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string; modelId: string }> }) {
  const { workspace, modelId } = await params;
  return (
    <div className="space-y-4">
      <ModelTabs base={`/w/${workspace}/models/${modelId}`} />
      {children}
    </div>
  );
}
