'use client';
import { MoreHorizontal } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { duplicateModelAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { useAction } from '@/components/ui/use-action';
import { DeleteModelDialog } from './delete-model-dialog';
import { RenameModelDialog } from './rename-model-dialog';

const item =
  'flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100';

export function ModelRowActions({
  workspaceSlug,
  model,
}: {
  workspaceSlug: string;
  model: { id: string; name: string; description: string; version: number };
}) {
  const router = useRouter();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);
  const duplicate = useAction(duplicateModelAction);
  return (
    <div className="inline-flex items-center gap-2">
      {duplicate.pending && <span className="text-xs text-slate-500" role="status">Duplicating…</span>}
      {duplicate.error && <Alert tone="error">{duplicate.error.message}</Alert>}
      <DropdownMenu.Root>
        <DropdownMenu.Trigger
          className="rounded p-1.5 text-slate-600 hover:bg-slate-100"
          aria-label={`Actions for ${model.name}`}
        >
          <MoreHorizontal className="size-4" aria-hidden />
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content align="end" className="z-50 min-w-40 rounded-md border border-slate-200 bg-white p-1 text-left shadow-lg">
            <DropdownMenu.Item className={item} onSelect={() => setDialog('rename')}>
              Rename…
            </DropdownMenu.Item>
            <DropdownMenu.Item
              className={item}
              onSelect={() => duplicate.run({ modelId: model.id }, (copy) => router.push(`/w/${workspaceSlug}/models/${copy.id}`))}
            >
              Duplicate
            </DropdownMenu.Item>
            <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
            <DropdownMenu.Item className={`${item} text-red-700`} onSelect={() => setDialog('delete')}>
              Delete…
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <RenameModelDialog model={model} open={dialog === 'rename'} onOpenChange={(o) => setDialog(o ? 'rename' : null)} />
      <DeleteModelDialog
        model={model}
        open={dialog === 'delete'}
        onOpenChange={(o) => setDialog(o ? 'delete' : null)}
        onDeleted={() => router.refresh()}
      />
    </div>
  );
}
