import { describe, expect, it } from 'vitest';
import { applyOps } from '@/lib/graph/apply';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { applyCanvasOps } from '../canvas/apply-canvas-ops';
import { getCanvas } from '../canvas/get-canvas';
import { createModel } from '../models/create-model';
import { createWorld } from '../test-world';
import { deleteThreats } from '../threats/delete-threats';
import { listThreats } from '../threats/list-threats';
import { acceptSuggestions } from './accept-suggestions';
import { dismissSuggestions } from './dismiss-suggestions';
import { listSuggestions } from './list-suggestions';
import { reopenSuggestions } from './reopen-suggestions';
import { runModelRules } from './run-model-rules';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message }));

async function templateModel() {
  const w = await createWorld();
  const model = await createModel(w.actors.editor, { workspaceId: w.workspace.id, name: 'RAG', description: '', templateId: 'rag-chatbot' });
  return { w, modelId: model.id };
}

describe('suggestions', () => {
  it('arrive with a template, explained, and re-running adds no duplicates', async () => {
    const { w, modelId } = await templateModel();
    const first = await listSuggestions(w.actors.viewer, modelId);
    expect(first.suggestions.length).toBeGreaterThan(0);
    expect(first.stale).toBe(false);
    for (const s of first.suggestions) {
      expect(s.status).toBe('open');
      expect(s.explanation.length).toBeGreaterThan(20);
      expect(s.title).not.toBe(s.threatId);
    }
    const rerun = await runModelRules(w.actors.editor, modelId);
    expect(rerun).toMatchObject({ added: 0, retired: 0, active: first.suggestions.length });
    expect((await listSuggestions(w.actors.viewer, modelId)).suggestions).toHaveLength(first.suggestions.length);
  });

  it('accepts into the register, remembers dismissals, and retires what no longer applies', async () => {
    const { w, modelId } = await templateModel();
    const { suggestions } = await listSuggestions(w.actors.editor, modelId);
    const onElement = suggestions.filter((s) => s.target.type === 'element');
    const accepted = onElement[0]!;
    const targetId = accepted.target.id!;
    const dismissed = suggestions.find((s) => s.target.id !== targetId && s.id !== accepted.id)!;

    const { threatIds } = await acceptSuggestions(w.actors.editor, { modelId, suggestionIds: [accepted.id] });
    await dismissSuggestions(w.actors.editor, { modelId, suggestionIds: [dismissed.id], reason: 'Covered by the vendor contract' });
    const [threat] = await listThreats(w.actors.viewer, modelId);
    expect(threat).toMatchObject({ id: threatIds[0], source: 'rule', rationale: accepted.explanation, target: { id: targetId } });
    expect(await fail(acceptSuggestions(w.actors.editor, { modelId, suggestionIds: [accepted.id] }))).toMatchObject({ status: 409 });

    // Remove the accepted suggestion's target from the diagram: its suggestions retire, the threat stays, flagged.
    const canvas = await getCanvas(w.actors.editor, modelId);
    const removal = applyOps(canvas.graph, [{ type: 'element.remove', id: targetId }]);
    await applyCanvasOps(w.actors.editor, { modelId, baseRevision: canvas.revision, ops: [{ type: 'element.remove', id: targetId }] });
    expect((await listSuggestions(w.actors.editor, modelId)).stale).toBe(true);
    const run = await runModelRules(w.actors.editor, modelId);
    expect(run.retired).toBeGreaterThan(0);
    const after = await listSuggestions(w.actors.editor, modelId);
    expect(after.suggestions.find((s) => s.id === accepted.id)).toMatchObject({ status: 'accepted', active: false });
    expect(after.suggestions.find((s) => s.id === dismissed.id)).toMatchObject({ status: 'dismissed', dismissReason: 'Covered by the vendor contract' });
    expect((await listThreats(w.actors.viewer, modelId)).find((t) => t.id === threatIds[0])).toMatchObject({ triggerRetired: true });

    // Put it back (undo): the same fingerprints come back to life, nothing duplicated.
    await applyCanvasOps(w.actors.editor, { modelId, baseRevision: canvas.revision + 1, ops: removal.inverse });
    const back = await runModelRules(w.actors.editor, modelId);
    expect(back.added).toBe(0);
    expect(back.reactivated).toBeGreaterThan(0);
    const restored = await listSuggestions(w.actors.editor, modelId);
    expect(restored.suggestions.find((s) => s.id === accepted.id)).toMatchObject({ status: 'accepted', active: true });
    expect(restored.suggestions.find((s) => s.id === dismissed.id)?.status).toBe('dismissed');
    expect((await listThreats(w.actors.viewer, modelId)).find((t) => t.id === threatIds[0])?.triggerRetired).toBe(false);
  });

  it('reopens a dismissed suggestion, and deleting an accepted threat reopens its suggestion', async () => {
    const { w, modelId } = await templateModel();
    const [a, b] = (await listSuggestions(w.actors.editor, modelId)).suggestions;
    await dismissSuggestions(w.actors.editor, { modelId, suggestionIds: [a!.id], reason: 'Not relevant' });
    await reopenSuggestions(w.actors.editor, { modelId, suggestionIds: [a!.id] });
    const { threatIds } = await acceptSuggestions(w.actors.editor, { modelId, suggestionIds: [b!.id] });
    await deleteThreats(w.actors.editor, { modelId, threatIds });
    const list = await listSuggestions(w.actors.editor, modelId);
    expect(list.suggestions.find((s) => s.id === a!.id)).toMatchObject({ status: 'open', dismissReason: null });
    expect(list.suggestions.find((s) => s.id === b!.id)).toMatchObject({ status: 'open', acceptedThreatId: null });
  });

  it("refuses suggestions of another model; a template's analysis is part of model.create", async () => {
    const { w, modelId } = await templateModel();
    const [s] = (await listSuggestions(w.actors.editor, modelId)).suggestions;
    expect(await fail(acceptSuggestions(w.actors.editor, { modelId: w.model.id, suggestionIds: [s!.id] }))).toMatchObject({ status: 404 });
    const audit = await getDb().auditEvent.count({ where: { action: 'rules.run', entityId: modelId } });
    expect(audit).toBe(0); // template analysis is part of model.create, not a separate run
  });
});
