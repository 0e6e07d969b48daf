import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createWorld } from '../test-world';
import { getReportJob } from './get-report-job';
import { getReportPdf } from './get-report-pdf';
import { startReportJob } from './start-report-job';

const status = (p: Promise<unknown>) => p.then(() => 'ok', (e: AppError) => `${e.status} ${e.code}`);

describe('report jobs are shared by every app instance', () => {
  it('keeps the job and its PDF in the database, for its owner only', async () => {
    const w = await createWorld();
    const job = await startReportJob(w.actors.viewer, w.model.id, { sections: ['cover'] });
    expect(await getDb().reportJob.count({ where: { id: job.id } })).toBe(1);
    let state = job.state;
    for (let i = 0; i < 600 && state !== 'done' && state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = (await getReportJob(w.actors.viewer, w.model.id, job.id)).state;
    }
    expect(state).toBe('done');
    // What another instance would read: the row itself.
    const row = await getDb().reportJob.findUniqueOrThrow({ where: { id: job.id } });
    expect(row.state).toBe('done');
    expect(Buffer.from(row.pdf!).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await getReportPdf(w.actors.viewer, w.model.id, job.id)).pdf.byteLength).toBe(row.bytes);
    expect(await status(getReportJob(w.actors.editor, w.model.id, job.id))).toBe('404 job_lost');
    expect(await status(getReportPdf(w.actors.owner, w.model.id, job.id))).toBe('404 job_lost');
  }, 60_000);

  it('reports a job whose instance stopped as failed, and lets the user start again', async () => {
    const w = await createWorld();
    const stale = new Date(Date.now() - 10 * 60_000);
    for (const id of [randomUUID(), randomUUID()]) {
      await getDb().reportJob.create({ data: { id, userId: w.users.viewer.id, modelId: w.model.id, state: 'rendering', stage: 'Printing…', filename: 'x.pdf', heartbeatAt: stale } });
    }
    const [lost] = await getDb().reportJob.findMany({ where: { userId: w.users.viewer.id } });
    const s = await getReportJob(w.actors.viewer, w.model.id, lost!.id);
    expect(s).toMatchObject({ state: 'failed', error: expect.stringContaining('stopped before it finished') });
    // Lost jobs do not count against the limit of running reports.
    expect(await status(startReportJob(w.actors.viewer, w.model.id, { sections: ['cover'] }))).toBe('ok');
  });

  it('allows two running reports per user and deletes finished ones after 15 minutes', async () => {
    const w = await createWorld();
    for (let i = 0; i < 2; i++) await getDb().reportJob.create({ data: { id: randomUUID(), userId: w.users.editor.id, modelId: w.model.id, state: 'rendering', stage: '…', filename: 'x.pdf' } });
    expect(await status(startReportJob(w.actors.editor, w.model.id, { sections: ['cover'] }))).toBe('429 too_many_reports');
    const old = await getDb().reportJob.create({
      data: { id: randomUUID(), userId: w.users.owner.id, modelId: w.model.id, state: 'done', stage: 'Ready', filename: 'x.pdf', finishedAt: new Date(Date.now() - 16 * 60_000) },
    });
    expect(await status(getReportJob(w.actors.owner, w.model.id, old.id))).toBe('404 job_lost');
    expect(await getDb().reportJob.count({ where: { id: old.id } })).toBe(0);
  });
});
