'use client';
import Link from 'next/link';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { plural, relativeTime } from '@/lib/util/format';
import { CreateModelDialog } from './create-model-dialog';
import { ImportModelDialog } from './import-model-dialog';
import { ModelRowActions } from './model-row-actions';

export interface ModelListItem {
  id: string;
  name: string;
  description: string;
  version: number;
  updatedAt: string;
  createdBy: string | null;
  counts: { elements: number; threats: number; mitigations: number };
}

export function ModelList({
  workspace,
  canEdit,
  models,
}: {
  workspace: { id: string; slug: string };
  canEdit: boolean;
  models: ModelListItem[];
}) {
  const [creating, setCreating] = useState(false);
  const create = canEdit && (
    <div className="flex flex-wrap gap-2">
      <ImportModelDialog workspace={workspace} models={models.map((m) => ({ id: m.id, name: m.name }))} trigger={<Button variant="secondary">Import model</Button>} />
      <CreateModelDialog
        workspace={workspace}
        open={creating}
        onOpenChange={setCreating}
        trigger={<Button>New threat model</Button>}
      />
    </div>
  );
  if (models.length === 0) {
    return (
      <EmptyState title="No threat models yet" action={create || undefined}>
        {canEdit
          ? 'A threat model describes one AI system: its pipeline from data to deployment, the threats that apply and what you do about them.'
          : 'Nobody has created a threat model in this workspace yet. Editors and owners can create one.'}
      </EmptyState>
    );
  }
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-3">
        <p className="text-sm text-slate-600">{plural(models.length, 'threat model')}</p>
        {create}
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Threat models in this workspace</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">Name</th>
              <th scope="col" className="hidden px-4 py-3 font-medium md:table-cell">Contents</th>
              <th scope="col" className="px-4 py-3 font-medium">Updated</th>
              {canEdit && <th scope="col" className="px-4 py-3 text-right font-medium"><span className="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {models.map((m) => (
              <tr key={m.id} className="hover:bg-slate-50">
                <td className="max-w-md px-4 py-3">
                  <Link href={`/w/${workspace.slug}/models/${m.id}`} className="font-medium text-brand-700 hover:underline">
                    {m.name}
                  </Link>
                  {m.description && <p className="mt-0.5 line-clamp-2 break-words text-slate-600">{m.description}</p>}
                </td>
                <td className="hidden px-4 py-3 text-slate-600 md:table-cell">
                  {plural(m.counts.elements, 'element')} · {plural(m.counts.threats, 'threat')} · {plural(m.counts.mitigations, 'mitigation')}
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-600" title={m.updatedAt}>
                  {relativeTime(m.updatedAt)}
                </td>
                {canEdit && (
                  <td className="px-4 py-3 text-right">
                    <ModelRowActions workspaceSlug={workspace.slug} model={m} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
