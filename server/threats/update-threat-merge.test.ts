import { describe, expect, it } from 'vitest';
import { editConflictOf } from '@/lib/domain/field-merge';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createWorld } from '../test-world';
import { bulkUpdateThreats } from './bulk-update-threats';
import { updateThreat } from './update-threat';

const refused = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e: AppError) => e);
const row = (id: string) => getDb().threat.findUniqueOrThrow({ where: { id } });

describe('concurrent threat edits', () => {
  it('keeps edits of different fields by two people', async () => {
    const w = await createWorld();
    // Both opened version 1; the editor saves the title first.
    await updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { title: 'Poisoned training data' }, base: { title: 'Training-data poisoning' } });
    const second = await updateThreat(w.actors.owner, { threatId: w.threat.id, version: 1, changes: { status: 'mitigating', likelihood: 4 }, base: { status: 'identified', likelihood: 3 } });
    expect(second.version).toBe(3);
    expect(await row(w.threat.id)).toMatchObject({ title: 'Poisoned training data', status: 'mitigating', likelihood: 4, version: 3 });
    // The status history records the real transition.
    const history = await getDb().threatStatusChange.findMany({ where: { threatId: w.threat.id } });
    expect(history.map((h) => [h.fromValue, h.toValue])).toEqual([['identified', 'mitigating']]);
    // Open registers get the values with the live event, and the version they make.
    const event = await getDb().modelEvent.findFirstOrThrow({ where: { modelId: w.model.id, type: 'threat.update' }, orderBy: { seq: 'desc' } });
    expect(event).toMatchObject({ entityId: w.threat.id, data: { fields: ['likelihood', 'status'], values: { status: 'mitigating', likelihood: 4 }, version: 3 } });
  });

  it('refuses the same field with both values and who changed it, writing nothing', async () => {
    const w = await createWorld();
    await updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { title: 'Editor title', rationale: 'Seen in the wild' }, base: { title: 'Training-data poisoning', rationale: '' } });
    const eventsBefore = await getDb().auditEvent.count({ where: { entityId: w.threat.id } });
    const e = await refused(updateThreat(w.actors.owner, {
      threatId: w.threat.id,
      version: 1,
      changes: { title: 'Owner title', impact: 5 },
      base: { title: 'Training-data poisoning', impact: 3 },
    }));
    expect(e.status).toBe(409);
    expect(e.message).toContain('editor changed the title');
    const details = editConflictOf({ status: e.status, details: e.details });
    expect(details).toMatchObject({
      version: 2,
      conflicts: [{ field: 'title', label: 'Title', theirs: 'Editor title', mine: 'Owner title', by: { id: w.users.editor.id, name: 'editor' }, mergeable: true }],
    });
    expect(details!.conflicts[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Nothing of the refused edit is written, not even the field nobody else touched.
    expect(await row(w.threat.id)).toMatchObject({ title: 'Editor title', impact: 3, version: 2 });
    expect(await getDb().auditEvent.count({ where: { entityId: w.threat.id } })).toBe(eventsBefore);
  });

  it('"keep mine" resubmits with the current version and wins; a change made meanwhile is caught again', async () => {
    const w = await createWorld();
    await updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { status: 'accepted' }, base: { status: 'identified' } });
    const e = await refused(updateThreat(w.actors.owner, { threatId: w.threat.id, version: 1, changes: { status: 'mitigating' }, base: { status: 'identified' } }));
    const { version, conflicts } = editConflictOf({ status: e.status, details: e.details })!;
    expect(conflicts.map((c) => [c.field, c.theirs, c.mine, c.mergeable])).toEqual([['status', 'accepted', 'mitigating', false]]);
    // Keep mine: based on what the dialog showed (theirs), at the current version.
    await updateThreat(w.actors.owner, { threatId: w.threat.id, version, changes: { status: 'mitigating' }, base: { status: 'accepted' } });
    expect(await row(w.threat.id)).toMatchObject({ status: 'mitigating', version: 3 });

    // Someone changes it again before a stale "keep mine" lands: refused again, naming them.
    await bulkUpdateThreats(w.actors.editor, { modelId: w.model.id, threatIds: [w.threat.id], changes: { status: 'transferred' } });
    const again = await refused(updateThreat(w.actors.owner, { threatId: w.threat.id, version: 3, changes: { status: 'mitigated' }, base: { status: 'mitigating' } }));
    expect(editConflictOf({ status: again.status, details: again.details })).toMatchObject({ version: 4, conflicts: [{ field: 'status', theirs: 'transferred', by: { name: 'editor' } }] });
  });

  it('applies a stale edit whose value someone else already saved', async () => {
    const w = await createWorld();
    await updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { impact: 5 }, base: { impact: 3 } });
    await updateThreat(w.actors.owner, { threatId: w.threat.id, version: 1, changes: { impact: 5 }, base: { impact: 3 } });
    expect(await row(w.threat.id)).toMatchObject({ impact: 5, version: 3 });
  });

  it('treats STRIDE letters as a set when comparing', async () => {
    const w = await createWorld();
    await getDb().threat.update({ where: { id: w.threat.id }, data: { stride: ['T', 'S'] } });
    await updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { impact: 4 }, base: { impact: 3 } });
    await updateThreat(w.actors.owner, { threatId: w.threat.id, version: 1, changes: { stride: ['S', 'T', 'I'] }, base: { stride: ['S', 'T'] } });
    expect(await row(w.threat.id)).toMatchObject({ impact: 4, stride: ['S', 'T', 'I'], version: 3 });
  });

  it('without base keeps refusing any stale version (older clients)', async () => {
    const w = await createWorld();
    await updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { title: 'New' } });
    const e = await refused(updateThreat(w.actors.owner, { threatId: w.threat.id, version: 1, changes: { impact: 1 } }));
    expect(e.status).toBe(409);
    expect(e.details).toMatchObject({ current: { title: 'New', version: 2 } });
    expect(editConflictOf({ status: e.status, details: e.details })).toBeNull();
    expect((await row(w.threat.id)).impact).toBe(3);
  });

  it('never lets two concurrent stale edits of the same field both win', async () => {
    const w = await createWorld();
    await updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { rationale: 'x' } });
    const results = await Promise.allSettled([
      updateThreat(w.actors.editor, { threatId: w.threat.id, version: 1, changes: { title: 'A' }, base: { title: 'Training-data poisoning' } }),
      updateThreat(w.actors.owner, { threatId: w.threat.id, version: 1, changes: { title: 'B' }, base: { title: 'Training-data poisoning' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => ((r as PromiseRejectedResult).reason as AppError).status)).toEqual([409]);
  });

  it('lets a viewer do nothing, with or without base', async () => {
    const w = await createWorld();
    const e = await refused(updateThreat(w.actors.viewer, { threatId: w.threat.id, version: 1, changes: { title: 'x' }, base: { title: 'Training-data poisoning' } }));
    expect(e.status).toBe(403);
  });
});
