import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { documentCounts } from '@/lib/exchange/check-document';
import type { AppError } from '../errors';
import { convertUploadOffThread } from './convert-off-thread';
import { convertUpload, type ConvertStage } from './convert-upload';

const fixture = readFileSync(path.join(process.cwd(), 'lib/interop/threat-dragon/fixtures/minimal-v2.json'), 'utf8');
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, code: e.code, message: e.message, details: e.details }));
const refusalSync = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    const a = e as AppError;
    return { status: a.status, code: a.code, message: a.message, details: a.details };
  }
};

describe('converting large uploads off the request thread', () => {
  afterEach(() => {
    delete process.env.THREATLINE_IMPORT_WORKER_MIN_BYTES;
  });

  it('gives what the request thread gives, stage by stage, when the file is over the threshold', async () => {
    process.env.THREATLINE_IMPORT_WORKER_MIN_BYTES = '1';
    const stages: [ConvertStage, string | null][] = [];
    const started = performance.now();
    const pending = convertUploadOffThread(fixture, (stage, format) => stages.push([stage, format]));
    // Off the thread: nothing has been parsed when the call returns.
    expect(stages).toEqual([]);
    const offThread = await pending;
    console.log(`worker conversion took ${Math.round(performance.now() - started)} ms`); // reported, never asserted
    const inThread = convertUpload(fixture);
    expect(offThread.format).toBe('threat-dragon');
    expect(documentCounts(offThread.document)).toEqual(documentCounts(inThread.document));
    expect(offThread.report).toEqual(inThread.report);
    expect(offThread.document.model.name).toBe(inThread.document.model.name);
    expect(stages).toEqual([['parsing', null], ['converting', 'threat-dragon'], ['validating', 'threat-dragon']]);
  });

  it('refuses a malformed or unknown file from the worker exactly as on the request thread', async () => {
    process.env.THREATLINE_IMPORT_WORKER_MIN_BYTES = '1';
    const broken = JSON.stringify({ version: '2.2.0', summary: { titled: 'x' }, detail: { diagrams: [] } });
    for (const content of [broken, '{"hello": "world"}', 'not json at all']) {
      const inThread = refusalSync(() => convertUpload(content));
      expect(inThread).toMatchObject({ status: 422, code: 'invalid_file' });
      expect(await refusal(convertUploadOffThread(content))).toEqual(inThread);
    }
  });

  it('keeps small files on the request thread (no worker start-up for them)', async () => {
    process.env.THREATLINE_IMPORT_WORKER_MIN_BYTES = String(10 * 1024 * 1024);
    const stages: ConvertStage[] = [];
    const pending = convertUploadOffThread(fixture, (stage) => stages.push(stage));
    // On the thread: converted before the call returns.
    expect(stages).toEqual(['parsing', 'converting', 'validating']);
    expect((await pending).format).toBe('threat-dragon');
  });
});
