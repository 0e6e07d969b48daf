'use client';
import { useEffect, useRef, useState } from 'react';
import { riskLevelLabels, riskLevels, type RiskLevel } from '@/lib/domain/risk';
import { reportSectionLabels, reportSections, type ReportSection } from '@/lib/report/options';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardHeader } from '@/components/ui/card';
import { ExportLinks } from './export-links';

interface JobStatus {
  id: string;
  state: 'queued' | 'collecting' | 'rendering' | 'done' | 'failed';
  stage: string;
  progress: number;
  error: string | null;
  bytes: number | null;
  filename: string;
}

const POLL_MS = 700;

async function errorMessage(res: Response): Promise<string> {
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${res.status}.`;
}

export interface SnapshotChoice {
  id: string;
  name: string;
  /** ISO timestamp. */
  createdAt: string;
}

export function ReportGenerator({ modelId, workspaceId, snapshots = [] }: { modelId: string; workspaceId: string; snapshots?: SnapshotChoice[] }) {
  const [snapshotId, setSnapshotId] = useState('');
  const [sections, setSections] = useState<ReportSection[]>([...reportSections]);
  const [minRisk, setMinRisk] = useState<RiskLevel | ''>('');
  const [includeDismissed, setIncludeDismissed] = useState(false);
  const [job, setJob] = useState<JobStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const base = `/api/v1/models/${modelId}/reports`;
  const busy = starting || (job !== null && job.state !== 'done' && job.state !== 'failed');

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const poll = (id: string) => {
    timer.current = setTimeout(async () => {
      try {
        const res = await fetch(`${base}/${id}`, { cache: 'no-store' });
        if (!res.ok) {
          // 404 job_lost: the server restarted or the job expired; say so and let the user retry.
          setJob(null);
          setError(await errorMessage(res));
          return;
        }
        const next = (await res.json()) as JobStatus;
        setJob(next);
        if (next.state === 'failed') setError(next.error ?? 'The report could not be generated.');
        else if (next.state !== 'done') poll(id);
      } catch {
        // A network blip: keep trying.
        poll(id);
      }
    }, POLL_MS);
  };

  const generate = async () => {
    setError(null);
    setJob(null);
    setStarting(true);
    try {
      const res = await fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sections, includeDismissed, ...(minRisk ? { minRisk } : {}), ...(snapshotId ? { snapshotId } : {}) }),
      });
      if (!res.ok) {
        setError(await errorMessage(res));
        return;
      }
      const started = (await res.json()) as JobStatus;
      setJob(started);
      poll(started.id);
    } catch {
      setError('Could not reach the server. Check your connection and try again.');
    } finally {
      setStarting(false);
    }
  };

  const toggle = (s: ReportSection) => setSections((cur) => (cur.includes(s) ? cur.filter((x) => x !== s) : reportSections.filter((x) => x === s || cur.includes(x))));

  return (
    <div className="space-y-4">
    <Card>
      <CardHeader title="PDF report" description="A printable report of this model for reviews and audits." />
      <form
        className="space-y-4 p-4"
        onSubmit={(e) => {
          e.preventDefault();
          void generate();
        }}
      >
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Sections</legend>
          <div className="mt-2 grid gap-1 sm:grid-cols-3">
            {reportSections.map((s) => (
              <label key={s} className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" checked={sections.includes(s)} onChange={() => toggle(s)} disabled={busy} />
                {reportSectionLabels[s]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-end gap-6">
          <label className="text-sm text-slate-700">
            <span className="block font-medium text-slate-800">Report on</span>
            <select className="mt-1 max-w-xs rounded-md border border-slate-300 px-2 py-1.5" value={snapshotId} onChange={(e) => setSnapshotId(e.target.value)} disabled={busy}>
              <option value="">The model as it is now</option>
              {snapshots.map((s) => (
                <option key={s.id} value={s.id}>
                  Snapshot: {s.name} ({s.createdAt.slice(0, 16).replace('T', ' ')} UTC)
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm text-slate-700">
            <span className="block font-medium text-slate-800">Minimum risk</span>
            <select className="mt-1 rounded-md border border-slate-300 px-2 py-1.5" value={minRisk} onChange={(e) => setMinRisk(e.target.value as RiskLevel | '')} disabled={busy}>
              <option value="">All threats</option>
              {riskLevels.map((l) => (
                <option key={l} value={l}>
                  {riskLevelLabels[l]} and above
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input type="checkbox" checked={includeDismissed} onChange={(e) => setIncludeDismissed(e.target.checked)} disabled={busy} />
            Include dismissed suggestions
          </label>
        </div>
        <div className="flex items-center gap-3">
          <Button type="submit" pending={busy} disabled={busy || sections.length === 0}>
            Generate PDF
          </Button>
          {sections.length === 0 && <span className="text-sm text-slate-500">Choose at least one section.</span>}
        </div>
        {job && job.state !== 'failed' && (
          <div className="space-y-1" aria-live="polite">
            <div className="flex justify-between text-sm text-slate-700">
              <span>{job.stage}</span>
              <span>{Math.round(job.progress * 100)}%</span>
            </div>
            <div role="progressbar" aria-label="Report progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(job.progress * 100)} className="h-2 w-full rounded bg-slate-200">
              <div className="h-2 rounded bg-brand-600 transition-all" style={{ width: `${Math.round(job.progress * 100)}%` }} />
            </div>
            {job.state === 'done' && (
              <p className="pt-2 text-sm">
                <a className="font-medium text-brand-700 underline" href={`${base}/${job.id}/pdf`} download={job.filename}>
                  Download PDF
                </a>{' '}
                <span className="text-slate-500">({Math.max(1, Math.round((job.bytes ?? 0) / 1024))} KB)</span>
              </p>
            )}
          </div>
        )}
        {error && (
          <Alert tone="error" title="No report">
            {error}
          </Alert>
        )}
      </form>
    </Card>
    <ExportLinks modelId={modelId} workspaceId={workspaceId} sections={sections} minRisk={minRisk} includeDismissed={includeDismissed} />
    </div>
  );
}
