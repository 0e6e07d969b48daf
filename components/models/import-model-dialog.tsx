'use client';
import Link from 'next/link';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { documentCounts, MAX_IMPORT_BYTES, parseModelDocument } from '@/lib/exchange/check-document';
import type { ModelDocument } from '@/lib/exchange/model-document';
import { plural } from '@/lib/util/format';

type Result = { modelId: string; report: { created: ReturnType<typeof documentCounts>; unmappedOwners: string[] } };
type Failure = { message: string; problems: string[] };

const MB = 1024 * 1024;

async function postImport(workspaceId: string, document: ModelDocument, name: string): Promise<{ ok: true; result: Result } | { ok: false; error: Failure }> {
  let res: Response;
  try {
    res = await fetch(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/models/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ document, ...(name ? { name } : {}) }),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { message: 'The server could not be reached. Check your connection and try again.', problems: [] } };
  }
  const body = (await res.json().catch(() => null)) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } } | Result | null;
  if (res.ok && body && 'modelId' in body) return { ok: true, result: body };
  const error = body && 'error' in body ? body.error : undefined;
  const problems = Object.values(error?.fieldErrors ?? {}).flat();
  return { ok: false, error: { message: error?.message ?? `The server answered ${res.status}.`, problems: problems.slice(1, 6) } };
}

/** Pick a JSON export, preview what it holds, import it as a new model and show what was mapped. */
export function ImportModelDialog({ workspace, trigger }: { workspace: { id: string; slug: string }; trigger: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [doc, setDoc] = useState<ModelDocument | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<Result | null>(null);

  function reset() {
    setDoc(null);
    setError(null);
    setPending(false);
    setResult(null);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    reset();
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setError({ message: `This file is ${(file.size / MB).toFixed(1)} MB; models up to ${MAX_IMPORT_BYTES / MB} MB can be imported.`, problems: [] });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setError({ message: 'This file is not valid JSON. Choose a file exported from Threatline (…threatline.json).', problems: [] });
      return;
    }
    const parsed = parseModelDocument(json);
    if (parsed.ok) setDoc(parsed.document);
    else setError({ message: parsed.message, problems: parsed.problems.slice(1, 6) });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!doc) return;
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    setPending(true);
    setError(null);
    const outcome = await postImport(workspace.id, doc, name);
    setPending(false);
    if (outcome.ok) setResult(outcome.result);
    else setError(outcome.error);
  }

  const counts = doc ? documentCounts(doc) : null;
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        reset();
        setOpen(o);
      }}
      title="Import model"
      description="Create a new threat model from a JSON file exported from Threatline."
      trigger={trigger}
    >
      {result ? (
        <div className="space-y-4">
          <Alert tone="success" title="Model imported">
            {plural(result.report.created.elements, 'element')}, {plural(result.report.created.flows, 'flow')}, {plural(result.report.created.threats, 'threat')} and{' '}
            {plural(result.report.created.mitigations, 'mitigation')} were created.
          </Alert>
          {result.report.unmappedOwners.length > 0 && (
            <Alert tone="warning" title="Some owners are not members of this workspace">
              <p>Their threats and mitigations were left unassigned:</p>
              <ul aria-label="Unmapped owners" className="mt-1 list-disc pl-5">
                {result.report.unmappedOwners.map((email) => <li key={email}>{email}</li>)}
              </ul>
            </Alert>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Close</Button>
            <Link href={`/w/${workspace.slug}/models/${result.modelId}`} className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
              Open imported model
            </Link>
          </div>
        </div>
      ) : (
        <form onSubmit={onSubmit} className="space-y-4" noValidate>
          <div className="space-y-1">
            <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">Model file</label>
            <input id="import-file" type="file" accept=".json,application/json" onChange={onFile} className="block w-full text-sm" aria-describedby="import-file-hint" />
            <p id="import-file-hint" className="text-sm text-slate-500">A .json export, up to {MAX_IMPORT_BYTES / MB} MB.</p>
          </div>
          {error && (
            <Alert tone="error" title="This file cannot be imported">
              <p>{error.message}</p>
              {error.problems.length > 0 && <ul className="mt-1 list-disc pl-5">{error.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
            </Alert>
          )}
          {doc && counts && (
            <section aria-label="Import preview" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
              <p className="font-medium text-slate-900">{doc.model.name || 'Untitled model'}</p>
              <p className="text-slate-600">
                From “{doc.model.workspace.name}”, exported {doc.exportedAt.slice(0, 10)}
              </p>
              <p className="mt-1 text-slate-700">
                {plural(counts.elements, 'element')} · {plural(counts.flows, 'flow')} · {plural(counts.threats, 'threat')} · {plural(counts.mitigations, 'mitigation')}
              </p>
            </section>
          )}
          {doc && <TextField label="Name" name="name" maxLength={120} defaultValue={doc.model.name.slice(0, 120)} hint="The new model's name; you can rename it later." />}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" pending={pending} disabled={!doc}>Import</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
