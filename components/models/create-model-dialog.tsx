'use client';
import { useRouter } from 'next/navigation';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { createModelAction } from '@/app/(app)/w/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextAreaField, TextField } from '@/components/ui/field';
import { useAction } from '@/components/ui/use-action';
import { templates } from '@/lib/templates';

export function CreateModelDialog({
  workspace,
  open,
  onOpenChange,
  trigger,
}: {
  workspace: { id: string; slug: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactNode;
}) {
  const router = useRouter();
  const action = useAction(createModelAction);
  const [templateId, setTemplateId] = useState('');
  const choices = useMemo(
    () => templates.map((t) => {
      const g = t.build();
      return { id: t.id, name: t.name, description: t.description, elements: Object.keys(g.elements).length, flows: Object.keys(g.flows).length };
    }),
    [],
  );
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    action.run(
      {
        workspaceId: workspace.id,
        name: String(form.get('name') ?? ''),
        description: String(form.get('description') ?? ''),
        ...(templateId ? { templateId } : {}),
      },
      (model) => {
        onOpenChange(false);
        router.push(`/w/${workspace.slug}/models/${model.id}${templateId ? '/canvas' : ''}`);
      },
    );
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        action.reset();
        setTemplateId('');
        onOpenChange(o);
      }}
      title="New threat model"
      description="One model per AI system or product. You can rename it later."
      trigger={trigger}
    >
      <form onSubmit={onSubmit} className="space-y-4" noValidate>
        {action.error && !Object.keys(action.fieldErrors).length && <Alert tone="error">{action.error.message}</Alert>}
        <TextField label="Name" name="name" required maxLength={120} placeholder="e.g. Support chatbot (RAG)" error={action.fieldErrors.name} autoFocus />
        <TextAreaField
          label="Description"
          name="description"
          maxLength={10000}
          placeholder="What the system does, who uses it, what is in scope."
          error={action.fieldErrors.description}
        />
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Start from</legend>
          <div className="mt-1 grid max-h-64 gap-2 overflow-y-auto pr-1">
            {[{ id: '', name: 'Blank diagram', description: 'Draw your pipeline from scratch.', elements: 0, flows: 0 }, ...choices].map((c) => (
              <label
                key={c.id || 'blank'}
                className={`flex cursor-pointer gap-3 rounded-md border p-3 text-sm ${templateId === c.id ? 'border-brand-500 bg-brand-50' : 'border-slate-200 hover:border-slate-300'}`}
              >
                <input type="radio" name="template" value={c.id} checked={templateId === c.id} onChange={() => setTemplateId(c.id)} className="mt-1" />
                <span>
                  <span className="font-medium text-slate-900">{c.name}</span>
                  {c.elements > 0 && <span className="ml-2 text-xs text-slate-500">{c.elements} elements · {c.flows} flows</span>}
                  <span className="block text-slate-600">{c.description}</span>
                </span>
              </label>
            ))}
          </div>
          {action.fieldErrors.templateId && <p className="mt-1 text-sm text-red-700" role="alert">{action.fieldErrors.templateId.join(' ')}</p>}
        </fieldset>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button type="submit" pending={action.pending}>Create model</Button>
        </div>
      </form>
    </Dialog>
  );
}
