import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundingBox } from '@/lib/interop/place';
import { MAX_IMPORT_FILE_BYTES } from '@/lib/interop/import-request';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { exportModel } from '../exports/export-model';
import { createModel } from '../models/create-model';
import { listSuggestions } from '../suggestions/list-suggestions';
import { acceptSuggestions } from '../suggestions/accept-suggestions';
import { createWorld, type World } from '../test-world';
import { getImportJob } from './get-import-job';
import { importForeignModel } from './import-foreign-model';
import { previewImport } from './preview-import';
import { startImportJob } from './start-import-job';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message, details: e.details }));

/** Rows of every table an import writes, to prove a refused import wrote nothing. */
async function footprint() {
  const db = getDb();
  return {
    models: await db.threatModel.count(), elements: await db.element.count(), boundaries: await db.boundary.count(), flows: await db.flow.count(),
    threats: await db.threat.count(), mitigations: await db.mitigation.count(), audit: await db.auditEvent.count(), events: await db.modelEvent.count(),
  };
}

/** A template model with two accepted threats, exported as Threatline JSON text. */
async function exportedTemplate(w: World, templateId = 'rag-chatbot'): Promise<{ modelId: string; content: string }> {
  const { id: modelId } = await createModel(w.actors.editor, { workspaceId: w.workspace.id, name: 'Source', description: '', templateId });
  const { suggestions } = await listSuggestions(w.actors.editor, modelId);
  await acceptSuggestions(w.actors.editor, { modelId, suggestionIds: suggestions.slice(0, 2).map((s) => s.id) });
  return { modelId, content: JSON.stringify(await exportModel(w.actors.editor, modelId)) };
}

async function counts(modelId: string) {
  const db = getDb();
  const where = { modelId };
  return {
    elements: await db.element.count({ where }), boundaries: await db.boundary.count({ where }), flows: await db.flow.count({ where }),
    threats: await db.threat.count({ where }), mitigations: await db.mitigation.count({ where }),
    links: await db.threatMitigation.count({ where: { threat: { modelId } } }),
  };
}

describe('import preview', () => {
  it('detects the format, reports the counts and writes nothing', async () => {
    const w = await createWorld();
    const { content } = await exportedTemplate(w);
    const before = await footprint();
    const preview = await previewImport(w.actors.editor, { workspaceId: w.workspace.id, content, filename: 'x.json' });
    expect(await footprint()).toEqual(before);
    expect(preview.format).toBe('threatline');
    expect(preview.name).toBe('Source');
    expect(preview.report.counts.elements).toBeGreaterThan(3);
    expect(preview.report.counts.threats).toBe(2);
    expect(preview.report.unmapped).toEqual([]);
  });

  it('refuses malformed, unknown, hostile and oversized files with 4xx and writes nothing', async () => {
    const w = await createWorld();
    const before = await footprint();
    const preview = (content: string) => fail(previewImport(w.actors.editor, { workspaceId: w.workspace.id, content }));
    expect(await preview('{"format": "threatline.model", ')).toMatchObject({ status: 422, message: expect.stringContaining('not valid JSON') });
    expect(await preview('{"hello": "world"}')).toMatchObject({ status: 422, message: expect.stringContaining('not recognised') });
    expect(await preview('[1, 2, 3]')).toMatchObject({ status: 422 });
    expect(await preview('{"__proto__": {"admin": true}, "format": "threatline.model", "formatVersion": 1}')).toMatchObject({ status: 422 });
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(await preview(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toMatchObject({ status: 422 });
    expect(await preview('{"format": "threatline.model", "formatVersion": 1, "graph": {"elements": "lots"}}')).toMatchObject({ status: 422, message: expect.stringContaining('not a valid Threatline model') });
    const big = await preview(`"${'x'.repeat(MAX_IMPORT_FILE_BYTES)}"`);
    expect(big).toMatchObject({ status: 413, message: expect.stringContaining('files up to 20 MB') });
    expect(await footprint()).toEqual(before);
  });

  it('is for editors of the workspace; an outsider learns nothing about the file', async () => {
    const w = await createWorld();
    expect(await fail(previewImport(w.actors.viewer, { workspaceId: w.workspace.id, content: '{' }))).toMatchObject({ status: 403 });
    expect(await fail(previewImport(w.actors.outsider, { workspaceId: w.workspace.id, content: '{' }))).toMatchObject({ status: 404 });
  });
});

describe('import as a new model', () => {
  it('creates exactly what the report counts, audited', async () => {
    const w = await createWorld();
    const { content } = await exportedTemplate(w);
    const preview = await previewImport(w.actors.editor, { workspaceId: w.workspace.id, content });
    const result = await importForeignModel(w.actors.editor, { workspaceId: w.workspace.id, content, name: 'Imported copy' });
    expect(result.merged).toBe(false);
    expect(result.report.counts).toEqual(preview.report.counts);
    expect(await counts(result.modelId)).toEqual(preview.report.counts);
    const model = await getDb().threatModel.findUniqueOrThrow({ where: { id: result.modelId } });
    expect(model.name).toBe('Imported copy');
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: result.modelId, action: 'model.import' } });
    expect(audit.after).toMatchObject({ format: 'threatline', counts: preview.report.counts });
  });

  it('refuses a malformed file with 422 and writes nothing', async () => {
    const w = await createWorld();
    const { content } = await exportedTemplate(w);
    const doc = JSON.parse(content) as { graph: { flows: { sourceId: string }[] } };
    doc.graph.flows[0]!.sourceId = 'nowhere';
    const before = await footprint();
    const refused = await fail(importForeignModel(w.actors.editor, { workspaceId: w.workspace.id, content: JSON.stringify(doc) }));
    expect(refused).toMatchObject({ status: 422, message: expect.stringContaining('nowhere') });
    expect(await footprint()).toEqual(before);
  });
});

describe('merge into an existing model', () => {
  it('adds everything under fresh ids to the right of the diagram, bumps the revision and publishes canvas ops', async () => {
    const w = await createWorld();
    const target = await exportedTemplate(w, 'supervised-ml-kubernetes');
    const source = await exportedTemplate(w, 'rag-chatbot');
    const db = getDb();
    const beforeModel = await db.threatModel.findUniqueOrThrow({ where: { id: target.modelId } });
    const beforeCounts = await counts(target.modelId);
    const existing = await exportModel(w.actors.editor, target.modelId);

    const result = await importForeignModel(w.actors.editor, { workspaceId: w.workspace.id, content: source.content, mergeIntoModelId: target.modelId });
    expect(result).toMatchObject({ merged: true, modelId: target.modelId, revision: beforeModel.seq + 1 });
    const after = await counts(target.modelId);
    for (const key of Object.keys(after) as (keyof typeof after)[]) expect(after[key]).toBe(beforeCounts[key] + result.report.counts[key]);
    // The source model is untouched and nothing was re-used: ids are fresh.
    expect(await counts(source.modelId)).toEqual(result.report.counts);
    const merged = await exportModel(w.actors.editor, target.modelId);
    const oldIds = new Set([...existing.graph.elements, ...existing.graph.boundaries].map((r) => r.id));
    const added = { elements: merged.graph.elements.filter((e) => !oldIds.has(e.id)), boundaries: merged.graph.boundaries.filter((b) => !oldIds.has(b.id)) };
    expect(added.elements).toHaveLength(result.report.counts.elements);
    const was = boundingBox(existing.graph)!;
    const now = boundingBox(added)!;
    expect(now.minX).toBeGreaterThan(was.maxX);
    expect(now.minY).toBe(was.minY);
    // Threats point at the merged elements, not at the source model's.
    const threats = await db.threat.findMany({ where: { modelId: target.modelId, elementId: { not: null } }, select: { element: { select: { modelId: true } } } });
    expect(threats.every((t) => t.element!.modelId === target.modelId)).toBe(true);

    const model = await db.threatModel.findUniqueOrThrow({ where: { id: target.modelId } });
    expect(model.seq).toBe(beforeModel.seq + 1);
    const events = await db.modelEvent.findMany({ where: { modelId: target.modelId, seq: { gt: beforeModel.eventSeq } }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.type)).toEqual(['canvas.ops', 'model.import']);
    const ops = (events[0]!.data as { ops: { type: string }[] }).ops;
    expect(events[0]!.graphRevision).toBe(model.seq);
    expect(ops.filter((o) => o.type === 'element.add')).toHaveLength(result.report.counts.elements);
    expect(ops.filter((o) => o.type === 'flow.add')).toHaveLength(result.report.counts.flows);
  });

  it('needs the editor role on that model, in that workspace', async () => {
    const w = await createWorld();
    const { content } = await exportedTemplate(w);
    const before = await footprint();
    const merge = (a: World['actors']['editor'], workspaceId: string) => fail(importForeignModel(a, { workspaceId, content, mergeIntoModelId: w.model.id }));
    expect(await merge(w.actors.viewer, w.workspace.id)).toMatchObject({ status: 403 });
    expect(await merge(w.actors.outsider, w.outsiderWorkspace.id)).toMatchObject({ status: 404 });
    expect(await footprint()).toEqual(before);
  });
});

describe('import jobs', () => {
  async function settle(w: World, jobId: string) {
    for (let i = 0; i < 300; i++) {
      const s = await getImportJob(w.actors.editor, w.workspace.id, jobId);
      if (s.state === 'done' || s.state === 'failed') return s;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('import job did not finish');
  }

  it('runs in the background, reports its stage and ends with the model', async () => {
    const w = await createWorld();
    const { content } = await exportedTemplate(w);
    const started = await startImportJob(w.actors.editor, { workspaceId: w.workspace.id, content });
    expect(started.state).toBe('parsing');
    const done = await settle(w, started.id);
    expect(done).toMatchObject({ state: 'done', progress: 1, format: 'threatline', merged: false });
    expect(await counts(done.modelId!)).toEqual(done.report!.counts);
    // Only its starter sees a job.
    expect(await fail(getImportJob(w.actors.owner, w.workspace.id, started.id))).toMatchObject({ status: 404 });
  });

  it('fails with the reason and writes nothing for a bad file; refuses oversize at once', async () => {
    const w = await createWorld();
    const before = await footprint();
    const started = await startImportJob(w.actors.editor, { workspaceId: w.workspace.id, content: '{"nope": true}' });
    const failed = await settle(w, started.id);
    expect(failed).toMatchObject({ state: 'failed', error: { status: 422, message: expect.stringContaining('not recognised') }, modelId: null });
    expect(await footprint()).toEqual(before);
    expect(await fail(startImportJob(w.actors.editor, { workspaceId: w.workspace.id, content: 'x'.repeat(MAX_IMPORT_FILE_BYTES + 1) }))).toMatchObject({ status: 413 });
  });
});

describe('Threat Dragon files', () => {
  const fixture = readFileSync(path.resolve(import.meta.dirname, '../../lib/interop/threat-dragon/fixtures/minimal-v2.json'), 'utf8');
  const large = path.resolve(import.meta.dirname, '../../../shared/reference/samples/threat-dragon/generated-500-elements.json');

  it('previews with approximations listed and imports exactly the counts it previewed', async () => {
    const w = await createWorld();
    const preview = await previewImport(w.actors.editor, { workspaceId: w.workspace.id, content: fixture, filename: 'minimal-v2.json' });
    expect(preview.format).toBe('threat-dragon');
    expect(preview.report.counts.threats).toBeGreaterThan(0);
    expect(preview.report.approximations.length + preview.report.unmapped.length).toBeGreaterThan(0);
    const result = await importForeignModel(w.actors.editor, { workspaceId: w.workspace.id, content: fixture });
    expect(await counts(result.modelId)).toEqual(preview.report.counts);
  });

  it('merges a Threat Dragon file into a model twice without id clashes', async () => {
    const w = await createWorld();
    const first = await importForeignModel(w.actors.editor, { workspaceId: w.workspace.id, content: fixture });
    const second = await importForeignModel(w.actors.editor, { workspaceId: w.workspace.id, content: fixture, mergeIntoModelId: first.modelId });
    const c = await counts(first.modelId);
    expect(c.elements).toBe(2 * first.report.counts.elements);
    expect(c.threats).toBe(2 * first.report.counts.threats);
    expect(second.revision).toBe(1);
  });

  it.skipIf(!existsSync(large))('imports the 500-cell sample (timing: npm run bench:import)', async () => {
    const w = await createWorld();
    const content = readFileSync(large, 'utf8');
    const result = await importForeignModel(w.actors.editor, { workspaceId: w.workspace.id, content });
    expect(result.report.counts.elements).toBeGreaterThan(100);
    expect(await counts(result.modelId)).toEqual(result.report.counts);
  });
});
