'use client';
import Link from 'next/link';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { getImportStatus, previewImportFile, startImport, type ImportFailure, type ImportJobView, type PreviewResult } from '@/components/imports/import-client';
import { ImportReportView } from '@/components/imports/import-report-view';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { MAX_IMPORT_FILE_BYTES } from '@/lib/interop/import-request';
import { supportedImportFormats } from '@/lib/interop/registry';
import { importFormatLabels } from '@/lib/interop/types';

const MB = 1024 * 1024;
const POLL_MS = 400;
const ACCEPT = '.json,.tc.json,.otm.json,.cdx.json,application/json';

type Step =
  | { kind: 'choose' }
  | { kind: 'previewing' }
  | { kind: 'preview'; preview: PreviewResult }
  | { kind: 'importing'; preview: PreviewResult; job: ImportJobView }
  | { kind: 'done'; preview: PreviewResult; job: ImportJobView };

function ErrorAlert({ error }: { error: ImportFailure }) {
  const title = error.status === 413 ? 'This file is too large' : 'This file cannot be imported';
  return (
    <Alert tone="error" title={title}>
      <p>{error.message}</p>
      {error.path && <p className="mt-1">Where: <code className="font-mono text-xs">{error.path}</code></p>}
      {error.problems.length > 0 && <ul className="mt-1 list-disc pl-5">{error.problems.map((p) => <li key={p}>{p}</li>)}</ul>}
    </Alert>
  );
}

function Progress({ job }: { job: ImportJobView }) {
  const pct = Math.round(job.progress * 100);
  return (
    <div className="space-y-1">
      <div role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} aria-valuetext={`${job.stage} ${pct}%`} className="h-2 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${pct}%` }} />
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">{job.stage}</p>
    </div>
  );
}

/**
 * Upload a model file of any supported format (Threatline JSON, Threat Dragon, Threat Composer,
 * OTM, CycloneDX), read the server's preview and report, then import it as a new model or merge
 * it into an existing one; the import runs in the background with its stage shown.
 */
export function ImportModelDialog({ workspace, models = [], trigger }: { workspace: { id: string; slug: string }; models?: { id: string; name: string }[]; trigger: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [error, setError] = useState<ImportFailure | null>(null);
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [target, setTarget] = useState<'new' | 'merge'>('new');
  const [starting, setStarting] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // Bumped on reset and unmount: a poll or preview of an earlier file then stops quietly.
  const generation = useRef(0);
  useEffect(() => () => void generation.current++, []);

  function reset() {
    generation.current++;
    setStep({ kind: 'choose' });
    setError(null);
    setFile(null);
    setTarget('new');
    setStarting(false);
  }

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    reset();
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_IMPORT_FILE_BYTES) {
      setError({ status: 413, message: `This file is ${(chosen.size / MB).toFixed(1)} MB; files up to ${MAX_IMPORT_FILE_BYTES / MB} MB can be imported.`, path: null, problems: [] });
      return;
    }
    const content = await chosen.text();
    const mine = generation.current;
    setFile({ name: chosen.name, content });
    setStep({ kind: 'previewing' });
    const outcome = await previewImportFile(workspace.id, content, chosen.name);
    if (mine !== generation.current) return;
    if (outcome.ok) setStep({ kind: 'preview', preview: outcome.value });
    else {
      setStep({ kind: 'choose' });
      setError(outcome.error);
    }
  }

  async function poll(preview: PreviewResult, job: ImportJobView) {
    const mine = generation.current;
    const alive = { get current() { return mine === generation.current; } };
    let current = job;
    while (alive.current && current.state !== 'done' && current.state !== 'failed') {
      await new Promise((r) => setTimeout(r, POLL_MS));
      const next = await getImportStatus(workspace.id, current.id);
      if (!alive.current) return;
      if (!next.ok) {
        setError(next.error);
        setStep({ kind: 'preview', preview });
        return;
      }
      current = next.value;
      setStep({ kind: 'importing', preview, job: current });
    }
    if (!alive.current) return;
    if (current.state === 'done') {
      setStep({ kind: 'done', preview, job: current });
      requestAnimationFrame(() => outcomeRef.current?.focus());
    } else {
      setError({ status: current.error?.status ?? 500, message: current.error?.message ?? 'The import failed.', path: current.error?.path ?? null, problems: [] });
      setStep({ kind: 'preview', preview });
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (step.kind !== 'preview' || !file) return;
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '').trim();
    const mergeIntoModelId = target === 'merge' ? String(form.get('mergeInto') ?? '') : '';
    setError(null);
    setStarting(true);
    const outcome = await startImport(workspace.id, { content: file.content, filename: file.name, ...(mergeIntoModelId ? { mergeIntoModelId } : name ? { name } : {}) });
    setStarting(false);
    if (!outcome.ok) {
      setError(outcome.error);
      return;
    }
    setStep({ kind: 'importing', preview: step.preview, job: outcome.value });
    void poll(step.preview, outcome.value);
  }

  const preview = step.kind === 'choose' || step.kind === 'previewing' ? null : step.preview;
  const formats = supportedImportFormats.map((f) => importFormatLabels[f]).join(', ');
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        reset();
        setOpen(o);
      }}
      title="Import model"
      description={`Create or extend a threat model from a file: ${formats}.`}
      trigger={trigger}
      size="lg"
    >
      <div className="max-h-[70vh] overflow-y-auto pr-1">
        {step.kind === 'done' ? (
          <div className="space-y-4" ref={outcomeRef} tabIndex={-1}>
            <Alert tone="success" title={step.job.merged ? 'Model merged' : 'Model imported'}>
              {step.job.merged ? 'The file was added to the model, to the right of its diagram.' : 'The new model is ready.'}
            </Alert>
            {step.job.report && <ImportReportView report={step.job.report} name={step.preview.name} />}
            <div className="flex flex-wrap justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(false)}>Close</Button>
              <Link href={`/w/${workspace.slug}/models/${step.job.modelId}/canvas`} className="inline-flex items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
                Open imported model
              </Link>
            </div>
          </div>
        ) : (
          <form onSubmit={onSubmit} className="space-y-4" noValidate>
            <div className="space-y-1">
              <label htmlFor="import-file" className="block text-sm font-medium text-slate-800">Model file</label>
              <input id="import-file" type="file" accept={ACCEPT} onChange={onFile} disabled={step.kind === 'importing'} className="block w-full text-sm" aria-describedby="import-file-hint" />
              <p id="import-file-hint" className="text-sm text-slate-500">A .json, .tc.json, .otm.json or .cdx.json file, up to {MAX_IMPORT_FILE_BYTES / MB} MB.</p>
            </div>
            {step.kind === 'previewing' && <p role="status" className="text-sm text-slate-600">Reading the file…</p>}
            {error && <ErrorAlert error={error} />}
            {preview && <ImportReportView report={preview.report} name={preview.name} />}
            {preview && (
              <fieldset className="space-y-2" disabled={step.kind === 'importing'}>
                <legend className="text-sm font-medium text-slate-800">Import into</legend>
                <label className="flex items-center gap-2 text-sm">
                  <input type="radio" name="target" value="new" checked={target === 'new'} onChange={() => setTarget('new')} /> A new model
                </label>
                {target === 'new' && <TextField label="Name" name="name" maxLength={120} defaultValue={preview.name.slice(0, 120)} hint="The new model's name; you can rename it later." />}
                {models.length > 0 && (
                  <label className="flex items-center gap-2 text-sm">
                    <input type="radio" name="target" value="merge" checked={target === 'merge'} onChange={() => setTarget('merge')} /> Merge into an existing model
                  </label>
                )}
                {target === 'merge' && (
                  <div className="space-y-1">
                    <label htmlFor="import-merge-into" className="block text-sm font-medium text-slate-800">Model to merge into</label>
                    <select id="import-merge-into" name="mergeInto" className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm" defaultValue={models[0]?.id}>
                      {models.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                    </select>
                    <p className="text-xs text-slate-500">Everything in the file is added next to the model&apos;s diagram; nothing there is changed.</p>
                  </div>
                )}
              </fieldset>
            )}
            {step.kind === 'importing' && <Progress job={step.job} />}
            <div className="flex justify-end gap-2">
              <Button variant="secondary" onClick={() => setOpen(false)}>{step.kind === 'importing' ? 'Close' : 'Cancel'}</Button>
              <Button type="submit" pending={starting || step.kind === 'importing'} disabled={step.kind !== 'preview'}>Import</Button>
            </div>
          </form>
        )}
      </div>
    </Dialog>
  );
}
