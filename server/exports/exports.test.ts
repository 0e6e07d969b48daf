import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { MODEL_DOCUMENT_SCHEMA_PATH } from '@/lib/exchange/json-schema';
import type { ModelDocument } from '@/lib/exchange/model-document';
import { modelToMarkdown } from '@/lib/exchange/markdown-report';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createMitigation } from '../mitigations/create-mitigation';
import { linkMitigation } from '../mitigations/link-mitigation';
import { updateMitigation } from '../mitigations/update-mitigation';
import { createModel } from '../models/create-model';
import { acceptSuggestions } from '../suggestions/accept-suggestions';
import { dismissSuggestions } from '../suggestions/dismiss-suggestions';
import { listSuggestions } from '../suggestions/list-suggestions';
import { createWorld, type World } from '../test-world';
import { createThreat } from '../threats/create-threat';
import { updateThreat } from '../threats/update-threat';
import { exportModel } from './export-model';
import { importModel } from './import-model';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message }));
const DROP = new Set(['exportedAt', 'createdAt', 'at', 'updatedAt', 'workspace', 'revision']);

/** Ids replaced by their order of first appearance; timestamps and the source model's identity dropped. */
function normalise(doc: ModelDocument): unknown {
  const ids = new Map<string, string>();
  const known = new Set<string>();
  const collect = (rows: { id: string }[]) => rows.forEach((r) => known.add(r.id));
  collect(doc.graph.boundaries); collect(doc.graph.elements); collect(doc.graph.flows); collect(doc.threats); collect(doc.mitigations);
  const rename = (s: string) => s.replace(/[A-Za-z0-9_-]+/g, (t) => {
    if (!known.has(t)) return t;
    if (!ids.has(t)) ids.set(t, `#${ids.size}`);
    return ids.get(t)!;
  });
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return rename(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => !DROP.has(k)).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const { model: { id: _id, ...model }, ...rest } = doc;
  return walk({ ...rest, model });
}

/** Template + accepted and dismissed suggestions + a manual threat on a flow + mitigations through the workflow. */
async function richModel(w: World): Promise<string> {
  const editor = w.actors.editor;
  const { id: modelId } = await createModel(editor, { workspaceId: w.workspace.id, name: 'Rich <model> | `x`', description: 'Scope: the whole RAG pipeline.', templateId: 'rag-chatbot' });
  const { suggestions } = await listSuggestions(editor, modelId);
  const [a, b, c] = suggestions;
  const { threatIds } = await acceptSuggestions(editor, { modelId, suggestionIds: [a!.id, b!.id] });
  await dismissSuggestions(editor, { modelId, suggestionIds: [c!.id], reason: 'Handled by the platform team' });
  const flow = await getDb().flow.findFirstOrThrow({ where: { modelId }, orderBy: { id: 'asc' } });
  const manual = await createThreat(editor, { modelId, target: { type: 'flow', id: flow.id }, title: '<script>alert(1)</script> tampering', likelihood: 4, impact: 5 });
  await updateThreat(editor, { threatId: manual.id, version: 1, changes: { status: 'mitigating', ownerId: w.users.other.id } });
  await updateThreat(editor, { threatId: threatIds[0]!, version: 1, changes: { ownerId: w.users.editor.id, status: 'accepted', rationale: 'Residual risk accepted by the CISO' } });
  const m1 = await createMitigation(editor, { modelId, catalogueId: 'TL-M-001', threatIds: [manual.id], ownerId: w.users.editor.id, dueDate: '2026-12-01' });
  await linkMitigation(editor, { threatId: threatIds[1]!, mitigationId: m1.id, likelihoodReduction: 2, impactReduction: 1 });
  let v = 1;
  for (const changes of [
    { status: 'planned' as const, ownerId: w.users.owner.id },
    { status: 'in-progress' as const, dueDate: '2026-12-15', ticketUrl: 'https://tickets.example/SEC-7' },
    { status: 'implemented' as const },
    { status: 'verified' as const, evidence: 'Pen test report', evidenceLinks: ['https://reports.example/pt-42'] },
  ]) await updateMitigation(editor, { mitigationId: m1.id, version: v++, changes });
  const m2 = await createMitigation(editor, { modelId, title: 'Rate-limit the API', threatIds: [manual.id] });
  await updateMitigation(editor, { mitigationId: m2.id, version: 1, changes: { status: 'rejected', rejectionReason: 'Compensating control in place' } });
  return modelId;
}

describe('model import', () => {
  it('round-trips: export → import → export gives the same document apart from ids and timestamps', async () => {
    const w = await createWorld();
    const modelId = await richModel(w);
    const first = await exportModel(w.actors.viewer, modelId);
    expect(first.threats.length).toBeGreaterThanOrEqual(3);
    expect(first.suggestions.some((s) => s.status === 'dismissed')).toBe(true);
    expect(first.mitigations.some((m) => m.history.some((h) => h.field === 'owner'))).toBe(true);

    const imported = await importModel(w.actors.editor, { workspaceId: w.workspace.id, document: JSON.parse(JSON.stringify(first)) });
    expect(imported.modelId).not.toBe(modelId);
    expect(imported.report.unmappedOwners).toEqual([]);
    expect(imported.report.created).toMatchObject({ elements: first.graph.elements.length, flows: first.graph.flows.length, threats: first.threats.length, mitigations: 2 });
    const second = await exportModel(w.actors.viewer, imported.modelId);
    expect(normalise(second)).toEqual(normalise(first));
    // History keeps its dates.
    expect(second.mitigations.flatMap((m) => m.history.map((h) => h.at))).toEqual(first.mitigations.flatMap((m) => m.history.map((h) => h.at)));
    // Nothing is shared with the original.
    const newIds = new Set([...second.graph.elements, ...second.threats, ...second.mitigations].map((r) => r.id));
    expect([...first.graph.elements, ...first.threats, ...first.mitigations].some((r) => newIds.has(r.id))).toBe(false);

    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { action: 'model.import', entityId: imported.modelId } });
    expect(audit.actorId).toBe(w.users.editor.id);
    // The real export validates against the published JSON Schema, and renders as Markdown.
    const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../..', MODEL_DOCUMENT_SCHEMA_PATH), 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(second))), JSON.stringify(validate.errors)).toBe(true);
    const md = modelToMarkdown(second);
    expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt; tampering');
    expect(md).not.toContain('<script>');
  });

  it('maps owners by email to members, leaves others unassigned and says so', async () => {
    const w = await createWorld();
    const doc = await exportModel(w.actors.viewer, await richModel(w));
    const elsewhere = await createWorld();
    // Elsewhere has none of these people; add the original editor as a member under a differently cased address.
    await getDb().membership.create({ data: { workspaceId: elsewhere.workspace.id, userId: w.users.editor.id, role: 'VIEWER' } });
    const editorEmail = w.users.editor.email;
    const shouted = JSON.parse(JSON.stringify(doc).replaceAll(editorEmail, editorEmail.toUpperCase())) as ModelDocument;
    const { modelId, report } = await importModel(elsewhere.actors.editor, { workspaceId: elsewhere.workspace.id, document: shouted, name: 'Moved here' });
    expect(report.unmappedOwners).toEqual([w.users.other.email, w.users.owner.email].sort());
    const model = await getDb().threatModel.findUniqueOrThrow({ where: { id: modelId }, include: { threats: true, mitigations: { include: { statusChanges: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] } } } } });
    expect(model.name).toBe('Moved here');
    expect(model.workspaceId).toBe(elsewhere.workspace.id);
    expect(new Set(model.threats.map((t) => t.ownerId))).toEqual(new Set([null, w.users.editor.id]));
    expect(model.mitigations.every((m) => m.ownerId === null)).toBe(true); // its owner (w's owner) is not a member here
    const ownerHistory = model.mitigations.flatMap((m) => m.statusChanges.filter((c) => c.field === 'owner'));
    expect(ownerHistory.map((c) => [c.fromValue, c.toValue])).toEqual([[null, w.users.editor.id], [w.users.editor.id, null]]);
  });

  it('refuses malformed and inconsistent documents with a 422, writing nothing', async () => {
    const w = await createWorld();
    const doc = await exportModel(w.actors.viewer, await richModel(w));
    const before = await getDb().threatModel.count({ where: { workspaceId: w.workspace.id } });
    const clone = () => JSON.parse(JSON.stringify(doc)) as ModelDocument;
    const bad: [unknown, RegExp][] = [
      [{ ...clone(), format: 'something.else' }, /not a Threatline model file/],
      [{ ...clone(), formatVersion: 99 }, /format version 99/],
      [(() => { const d = clone(); d.graph.flows[0]!.sourceId = 'missing'; return d; })(), /connects element “missing”/],
      [(() => { const d = clone(); d.graph.elements[0]!.kind = 'warp-drive'; return d; })(), /unknown kind “warp-drive”/],
      [(() => { const d = clone(); d.threats[0]!.target = { type: 'flow', id: 'gone' }; return d; })(), /targets flow “gone”/],
      [(() => { const d = clone(); d.mitigations[0]!.links[0]!.threatId = 'gone'; return d; })(), /linked to threat “gone”/],
      [(() => { const d = clone(); d.threats[0]!.statusHistory.push({ from: null, to: 'identified', at: 'yesterday', actor: null }); return d; })(), /not a date/],
      ['not a document', /not a JSON object/],
      [{ ...clone(), threats: 'many' }, /threats/],
    ];
    for (const [document, message] of bad) {
      expect(await fail(importModel(w.actors.editor, { workspaceId: w.workspace.id, document }))).toMatchObject({ status: 422, message: expect.stringMatching(message) });
    }
    expect(await getDb().threatModel.count({ where: { workspaceId: w.workspace.id } })).toBe(before);
    expect(await getDb().auditEvent.count({ where: { action: 'model.import', workspaceId: w.workspace.id } })).toBe(0);
  });

  it('stores hostile strings as plain text', async () => {
    const w = await createWorld();
    const doc = JSON.parse(JSON.stringify(await exportModel(w.actors.viewer, await richModel(w)))) as ModelDocument;
    doc.model.name = '<script>alert("x")</script>';
    doc.graph.elements[0]!.name = '"><img src=x onerror=alert(1)>';
    doc.threats[0]!.description = '{{constructor.constructor("alert(1)")()}} \'; DROP TABLE "Threat"; --';
    const { modelId } = await importModel(w.actors.editor, { workspaceId: w.workspace.id, document: doc });
    const back = await exportModel(w.actors.viewer, modelId);
    expect(back.model.name).toBe('<script>alert("x")</script>');
    expect(back.graph.elements.map((e) => e.name)).toContain('"><img src=x onerror=alert(1)>');
    expect(back.threats.map((t) => t.description)).toContain(doc.threats[0]!.description);
  });

  it('is refused to outsiders (404) and viewers (403)', async () => {
    const w = await createWorld();
    const doc = await exportModel(w.actors.viewer, w.model.id);
    expect(await fail(importModel(w.actors.outsider, { workspaceId: w.workspace.id, document: doc }))).toMatchObject({ status: 404 });
    expect(await fail(importModel(w.actors.viewer, { workspaceId: w.workspace.id, document: doc }))).toMatchObject({ status: 403 });
    expect(await fail(importModel(null, { workspaceId: w.workspace.id, document: doc }))).toMatchObject({ status: 401 });
  });
});
