import { describe, expect, it } from 'vitest';
import { pdfPages } from '@/tests/integration/pdf-text';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createModel } from '../models/create-model';
import { takeSnapshot } from '../snapshots/snapshot-store';
import { createWorld } from '../test-world';
import { getReportJob } from './get-report-job';
import { getReportPdf } from './get-report-pdf';
import { startReportJob } from './start-report-job';

const flat = (s: string) => s.replace(/\s+/g, ' ');

async function finished(actor: Parameters<typeof getReportJob>[0], modelId: string, jobId: string) {
  for (let i = 0; i < 600; i++) {
    const job = await getReportJob(actor, modelId, jobId);
    if (job.state === 'done' || job.state === 'failed') return job;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('report job did not finish');
}

describe('PDF report of a snapshot', () => {
  it('renders the model as the snapshot froze it, says so on the cover, and refuses another model’s snapshot', async () => {
    const w = await createWorld();
    await getDb().threat.create({ data: { modelId: w.model.id, title: 'Gradient leakage from shared checkpoints', source: 'manual' } });
    const snapshot = await getDb().$transaction((tx) => takeSnapshot(tx, { modelId: w.model.id, name: 'After kick-off workshop', kind: 'workshop', createdById: w.users.owner.id }));
    // Afterwards the threat is deleted and another added: the snapshot report must not notice.
    await getDb().threat.deleteMany({ where: { title: 'Gradient leakage from shared checkpoints' } });
    await getDb().threat.create({ data: { modelId: w.model.id, title: 'Added after the snapshot', source: 'manual' } });

    const job = await startReportJob(w.actors.viewer, w.model.id, { sections: ['cover', 'threats'], snapshotId: snapshot.id });
    expect(job.filename).toMatch(/-snapshot-\d{4}-\d{2}-\d{2}-threat-report\.pdf$/);
    const done = await finished(w.actors.viewer, w.model.id, job.id);
    expect(done.state).toBe('done');
    const text = flat((await pdfPages((await getReportPdf(w.actors.viewer, w.model.id, job.id)).pdf)).join(' '));
    expect(text).toContain('Snapshot: After kick-off workshop');
    expect(text).toContain('Gradient leakage from shared checkpoints');
    expect(text).not.toContain('Added after the snapshot');

    const current = await startReportJob(w.actors.viewer, w.model.id, { sections: ['cover', 'threats'] });
    await finished(w.actors.viewer, w.model.id, current.id);
    const now = flat((await pdfPages((await getReportPdf(w.actors.viewer, w.model.id, current.id)).pdf)).join(' '));
    expect(now).toContain('Added after the snapshot');
    expect(now).not.toContain('Gradient leakage from shared checkpoints');
    expect(now).toContain('the model as it was when this report was generated');

    // A snapshot of another model (even one the user can read) is not found under this model.
    const other = await createModel(w.actors.owner, { workspaceId: w.workspace.id, name: 'Other', description: '' });
    const foreign = await getDb().$transaction((tx) => takeSnapshot(tx, { modelId: other.id, name: 'Elsewhere', kind: 'manual', createdById: w.users.owner.id }));
    const refused = await startReportJob(w.actors.viewer, w.model.id, { sections: ['cover'], snapshotId: foreign.id }).then(() => null, (e: AppError) => e.status);
    expect(refused).toBe(404);
    const outsider = await startReportJob(w.actors.outsider, w.model.id, { sections: ['cover'], snapshotId: snapshot.id }).then(() => null, (e: AppError) => e.status);
    expect(outsider).toBe(404);
  }, 120_000);
});
