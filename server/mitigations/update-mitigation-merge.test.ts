import { describe, expect, it } from 'vitest';
import { editConflictOf } from '@/lib/domain/field-merge';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createWorld } from '../test-world';
import { bulkUpdateMitigations } from './bulk-update-mitigations';
import { updateMitigation } from './update-mitigation';

const refused = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a refusal'); }, (e: AppError) => e);
const row = (id: string) => getDb().mitigation.findUniqueOrThrow({ where: { id } });

describe('concurrent mitigation edits', () => {
  it('keeps edits of different fields by two people, checking the workflow against the saved status', async () => {
    const w = await createWorld();
    const id = w.mitigation.id;
    await updateMitigation(w.actors.editor, { mitigationId: id, version: 1, changes: { status: 'planned', dueDate: '2026-12-01' }, base: { status: 'proposed', dueDate: null } });
    await updateMitigation(w.actors.owner, { mitigationId: id, version: 1, changes: { evidence: 'Schema checks in the pipeline', ticketUrl: 'https://tickets.example/ML-7' }, base: { evidence: '', ticketUrl: null } });
    expect(await row(id)).toMatchObject({ status: 'planned', dueDate: new Date('2026-12-01T00:00:00Z'), evidence: 'Schema checks in the pipeline', ticketUrl: 'https://tickets.example/ML-7', version: 3 });
    const event = await getDb().modelEvent.findFirstOrThrow({ where: { modelId: w.model.id, type: 'mitigation.update' }, orderBy: { seq: 'desc' } });
    expect(event).toMatchObject({ entityId: id, data: { values: { evidence: 'Schema checks in the pipeline', ticketUrl: 'https://tickets.example/ML-7' }, version: 3 } });
    // A stale move is judged from the saved status: planned → in progress is one step.
    await updateMitigation(w.actors.owner, { mitigationId: id, version: 2, changes: { ownerId: w.users.editor.id }, base: { ownerId: null } });
    expect(await row(id)).toMatchObject({ ownerId: w.users.editor.id, version: 4 });
  });

  it('refuses the same field with both values and who changed it (also after a bulk edit), writing nothing', async () => {
    const w = await createWorld();
    const id = w.mitigation.id;
    await bulkUpdateMitigations(w.actors.editor, { workspaceId: w.workspace.id, mitigationIds: [id], changes: { ownerId: w.users.viewer.id } });
    await updateMitigation(w.actors.editor, { mitigationId: id, version: 2, changes: { description: 'Theirs' }, base: { description: '' } });
    const e = await refused(updateMitigation(w.actors.owner, {
      mitigationId: id,
      version: 1,
      changes: { description: 'Mine', ownerId: w.users.owner.id, dueDate: '2027-01-31' },
      base: { description: '', ownerId: null, dueDate: null },
    }));
    expect(e.status).toBe(409);
    const details = editConflictOf({ status: e.status, details: e.details })!;
    expect(details.version).toBe(3);
    expect(details.conflicts.map((c) => [c.field, c.label, c.theirs, c.mine, c.by?.name, c.mergeable])).toEqual([
      ['description', 'Description', 'Theirs', 'Mine', 'editor', true],
      ['ownerId', 'Owner', w.users.viewer.id, w.users.owner.id, 'editor', false],
    ]);
    expect(await row(id)).toMatchObject({ description: 'Theirs', ownerId: w.users.viewer.id, dueDate: null, version: 3 });

    // Keep mine for both, at the current version.
    await updateMitigation(w.actors.owner, {
      mitigationId: id,
      version: details.version,
      changes: { description: 'Theirs\nMine', ownerId: w.users.owner.id, dueDate: '2027-01-31' },
      base: { description: 'Theirs', ownerId: w.users.viewer.id, dueDate: null },
    });
    expect(await row(id)).toMatchObject({ description: 'Theirs\nMine', ownerId: w.users.owner.id, dueDate: new Date('2027-01-31T00:00:00Z'), version: 4 });
  });

  it('treats an empty ticket link as none when comparing', async () => {
    const w = await createWorld();
    await updateMitigation(w.actors.editor, { mitigationId: w.mitigation.id, version: 1, changes: { title: 'Renamed' }, base: { title: 'Validate training data' } });
    await updateMitigation(w.actors.owner, { mitigationId: w.mitigation.id, version: 1, changes: { ticketUrl: 'https://tickets.example/1' }, base: { ticketUrl: '' } });
    expect(await row(w.mitigation.id)).toMatchObject({ title: 'Renamed', ticketUrl: 'https://tickets.example/1' });
  });

  it('without base keeps refusing any stale version', async () => {
    const w = await createWorld();
    await updateMitigation(w.actors.editor, { mitigationId: w.mitigation.id, version: 1, changes: { title: 'Renamed' } });
    const e = await refused(updateMitigation(w.actors.owner, { mitigationId: w.mitigation.id, version: 1, changes: { evidence: 'x' } }));
    expect(e.status).toBe(409);
    expect(editConflictOf({ status: e.status, details: e.details })).toBeNull();
    expect((await row(w.mitigation.id)).evidence).toBe('');
  });
});
