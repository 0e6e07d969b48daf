import { describe, expect, it } from 'vitest';
import type { Op } from '@/lib/graph/op-schema';
import type { LiveEvent, PresenceEntry } from '@/lib/realtime/types';
import { applyCanvasOps } from '../canvas/apply-canvas-ops';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { createWorld } from '../test-world';
import { updateThreat } from '../threats/update-threat';
import { LiveHub } from './hub';
import { openModelStream } from './open-model-stream';
import { addPresence } from './presence-store';
import { recordModelEvent } from './record-event';
import { updatePresence } from './update-presence';
import { readSseFrames as readFrames } from '@/tests/integration/sse';

const el = (id: string, name = id): Op => ({ type: 'element.add', element: { id, kind: 'data-source', name, description: '', boundaryId: null, x: 0, y: 0, properties: {} } });
const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message, details: e.details as { conflicts: { key: string; theirs: unknown; mine: unknown; by: { name: string } | null }[]; currentRevision: number } }));

function collector() {
  const events: LiveEvent[] = [];
  const presence: PresenceEntry[][] = [];
  let wake: (() => void) | null = null;
  return {
    events,
    presence,
    sub: (cursor = 0) => ({
      cursor,
      onEvents: (e: LiveEvent[]) => {
        events.push(...e);
        wake?.();
      },
      onPresence: (l: PresenceEntry[]) => {
        presence.push(l);
        wake?.();
      },
    }),
    async until(check: () => boolean, ms = 3_000) {
      const end = Date.now() + ms;
      while (!check()) {
        if (Date.now() > end) throw new Error('timed out waiting for live events');
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, 50);
        });
      }
    },
  };
}

describe('live feed', () => {
  it('numbers every change of a model without gaps, in commit order, even when changes race', async () => {
    const w = await createWorld();
    const threat = await getDb().threat.findUniqueOrThrow({ where: { id: w.threat.id } });
    // 12 concurrent edits of one threat: some lose the version race (409), the rest commit.
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => updateThreat(w.actors.editor, { threatId: threat.id, version: threat.version, changes: { rationale: `r${i}` } })),
    );
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('a')] });
    const events = await getDb().modelEvent.findMany({ where: { modelId: w.model.id }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.filter((e) => e.type === 'threat.update')).toHaveLength(results.filter((r) => r.status === 'fulfilled').length);
    expect(events.at(-1)).toMatchObject({ type: 'canvas.ops', graphRevision: 1, actorId: w.users.editor.id });
    const model = await getDb().threatModel.findUniqueOrThrow({ where: { id: w.model.id } });
    expect(model.eventSeq).toBe(events.length);
  });

  it('delivers a change committed through one instance to a subscriber of another within a second (LISTEN/NOTIFY)', async () => {
    const w = await createWorld();
    const a = new LiveHub();
    const b = new LiveHub();
    const c = collector();
    const unsubscribe = b.subscribe(w.model.id, c.sub(0));
    try {
      // B's listener is connected before the change (a change before that is caught up by the poll).
      expect(await b.listening()).toBe(true);
      const started = Date.now();
      await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('x1', 'Feature store')], clientId: 'tab-a' });
      await c.until(() => c.events.some((e) => e.type === 'canvas.ops'), 1_000);
      expect(Date.now() - started).toBeLessThan(1_000);
      const e = c.events.find((x) => x.type === 'canvas.ops')!;
      expect(e).toMatchObject({ clientId: 'tab-a', graphRevision: 1, actor: { id: w.users.editor.id } });
      expect((e.data as { ops: Op[] }).ops[0]).toMatchObject({ type: 'element.add' });
    } finally {
      unsubscribe();
      await a.close();
      await b.close();
    }
  });

  it('catches a late subscriber up from its cursor, in order, then keeps it live', async () => {
    const w = await createWorld();
    for (let i = 0; i < 3; i++) await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: i, ops: [el(`n${i}`)] });
    const hub = new LiveHub();
    const c = collector();
    const unsubscribe = hub.subscribe(w.model.id, c.sub(1));
    try {
      await c.until(() => c.events.length >= 2);
      expect(c.events.map((e) => e.graphRevision)).toEqual([2, 3]);
      await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 3, ops: [el('n3')] });
      await c.until(() => c.events.length >= 3);
      expect(c.events.map((e) => e.seq)).toEqual([2, 3, 4]);
    } finally {
      unsubscribe();
      await hub.close();
    }
  });

  it('streams hello, presence and changes as Server-Sent Events, resumes from Last-Event-ID and clears presence on close', async () => {
    const w = await createWorld();
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('s1')] });
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 1, ops: [el('s2')] });
    const abort = new AbortController();
    const stream = await openModelStream(w.actors.viewer, { modelId: w.model.id, view: 'canvas', lastEventId: 1 }, abort.signal);
    const frames = await readFrames(stream, (f) => f.some((x) => x.event === 'change') && f.some((x) => x.event === 'presence'));
    expect(frames[0]).toMatchObject({ event: 'hello', data: { seq: 2 } });
    const hello = frames[0]!.data as { connectionId: string };
    const presence = frames.find((f) => f.event === 'presence')!.data as PresenceEntry[];
    expect(presence.map((p) => p.userId)).toContain(w.users.viewer.id);
    const change = frames.find((f) => f.event === 'change')!;
    expect(change.id).toBe('2');
    expect((change.data as LiveEvent).graphRevision).toBe(2);
    // Presence updates are the connection owner's only.
    await expect(updatePresence(w.actors.editor, { modelId: w.model.id, connectionId: hello.connectionId, view: 'threats' })).rejects.toMatchObject({ status: 404 });
    await updatePresence(w.actors.viewer, { modelId: w.model.id, connectionId: hello.connectionId, view: 'threats' });
    expect(await getDb().presence.findUnique({ where: { connectionId: hello.connectionId } })).toMatchObject({ view: 'threats' });
    abort.abort();
    await new Promise((r) => setTimeout(r, 200));
    expect(await getDb().presence.count({ where: { connectionId: hello.connectionId } })).toBe(0);
  });

  it('shows a presence change whose notification was missed within a poll, and sends only changes', async () => {
    const w = await createWorld();
    const hub = new LiveHub(process.env.DATABASE_URL, { pollMs: 200 });
    const c = collector();
    const unsubscribe = hub.subscribe(w.model.id, c.sub(0));
    try {
      await addPresence({ connectionId: 'conn-missed', modelId: w.model.id, userId: w.users.editor.id, instanceId: 'elsewhere', view: 'canvas' });
      await c.until(() => c.presence.some((l) => l.some((p) => p.connectionId === 'conn-missed')));
      // Written without NOTIFY, as if the notification had been lost.
      await getDb().presence.update({ where: { connectionId: 'conn-missed' }, data: { editingType: 'element', editingId: 'el-1' } });
      await c.until(() => c.presence.some((l) => l.some((p) => p.editing?.id === 'el-1')), 2_000);
      // Polls that find nothing new send nothing.
      const sent = c.presence.length;
      await new Promise((r) => setTimeout(r, 700));
      expect(c.presence.length).toBe(sent);
    } finally {
      unsubscribe();
      await hub.close();
    }
  });

  it('refuses the stream to people outside the workspace and to anonymous callers', async () => {
    const w = await createWorld();
    const signal = new AbortController().signal;
    await expect(openModelStream(w.actors.outsider, { modelId: w.model.id, view: 'canvas' }, signal)).rejects.toMatchObject({ status: 404 });
    await expect(openModelStream(null, { modelId: w.model.id, view: 'canvas' }, signal)).rejects.toMatchObject({ status: 401 });
    expect(await getDb().presence.count({ where: { modelId: w.model.id } })).toBe(0);
  });
});

describe('concurrent canvas edits', () => {
  it('keeps edits of different fields of the same element from two people', async () => {
    const w = await createWorld();
    const { revision } = await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('e1', 'Raw data')], clientId: 'a' });
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: revision, ops: [{ type: 'element.update', id: 'e1', changes: { name: 'Raw events' } }], clientId: 'a' });
    // The owner, still at `revision`, changes the description and moves it: no conflict.
    await applyCanvasOps(w.actors.owner, { modelId: w.model.id, baseRevision: revision, ops: [{ type: 'element.update', id: 'e1', changes: { description: 'From Kafka' } }, { type: 'element.move', id: 'e1', x: 50, y: 60 }], clientId: 'b' });
    const row = await getDb().element.findUniqueOrThrow({ where: { id: 'e1' } });
    expect(row).toMatchObject({ name: 'Raw events', description: 'From Kafka', x: 50, y: 60 });
  });

  it('refuses a conflicting edit of the same field with both values and who changed it, writes nothing, and accepts it once settled', async () => {
    const w = await createWorld();
    const { revision } = await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('e2', 'Model registry')], clientId: 'a' });
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: revision, ops: [{ type: 'element.update', id: 'e2', changes: { name: 'MLflow registry' } }], clientId: 'a' });
    const audit = await getDb().auditEvent.count();
    const mine: Op[] = [{ type: 'element.update', id: 'e2', changes: { name: 'SageMaker registry', description: 'mine' } }];
    const conflict = await fail(applyCanvasOps(w.actors.owner, { modelId: w.model.id, baseRevision: revision, ops: mine, clientId: 'b' }));
    expect(conflict?.status).toBe(409);
    expect(conflict?.message).toContain('editor');
    expect(conflict?.details.conflicts).toEqual([expect.objectContaining({ key: 'e2:name', theirs: 'MLflow registry', mine: 'SageMaker registry', by: expect.objectContaining({ name: 'editor' }) })]);
    expect(await getDb().auditEvent.count()).toBe(audit);
    expect(await getDb().element.findUniqueOrThrow({ where: { id: 'e2' } })).toMatchObject({ name: 'MLflow registry', description: '' });
    // "Keep mine": the same batch, with the conflict marked as settled up to the revision it saw.
    await applyCanvasOps(w.actors.owner, { modelId: w.model.id, baseRevision: revision, ops: mine, clientId: 'b', resolved: { upTo: conflict!.details.currentRevision, keys: ['e2:name'] } });
    expect(await getDb().element.findUniqueOrThrow({ where: { id: 'e2' } })).toMatchObject({ name: 'SageMaker registry', description: 'mine' });
  });

  it('reports an edit of an element someone else deleted as a conflict, not a crash', async () => {
    const w = await createWorld();
    const { revision } = await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('e3')], clientId: 'a' });
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: revision, ops: [{ type: 'element.remove', id: 'e3' }], clientId: 'a' });
    const conflict = await fail(applyCanvasOps(w.actors.owner, { modelId: w.model.id, baseRevision: revision, ops: [{ type: 'element.update', id: 'e3', changes: { name: 'renamed' } }], clientId: 'b' }));
    expect(conflict?.status).toBe(409);
    expect(conflict?.details.conflicts[0]).toMatchObject({ key: 'e3:name', theirs: null });
  });

  it("does not count the sender's own earlier batches as someone else's", async () => {
    const w = await createWorld();
    const { revision } = await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('e4')], clientId: 'a' });
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: revision, ops: [{ type: 'element.update', id: 'e4', changes: { name: 'one' } }], clientId: 'a' });
    // Same tab, still at the old base revision (its live feed is late): its own change is no conflict.
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: revision, ops: [{ type: 'element.update', id: 'e4', changes: { name: 'two' } }], clientId: 'a' });
    expect(await getDb().element.findUniqueOrThrow({ where: { id: 'e4' } })).toMatchObject({ name: 'two' });
  });
});

describe('feed retention', () => {
  const small = { keep: 10, every: 5 };

  it('prunes the feed to the retained window every few changes, keeping the numbering', async () => {
    const w = await createWorld();
    const { eventSeq: before } = await getDb().threatModel.findUniqueOrThrow({ where: { id: w.model.id } });
    await getDb().$transaction(async (tx) => {
      for (let i = 0; i < 25; i++) await recordModelEvent(tx, { modelId: w.model.id, type: 'test.change', actorId: w.users.editor.id }, small);
    });
    const seqs = (await getDb().modelEvent.findMany({ where: { modelId: w.model.id }, orderBy: { seq: 'asc' }, select: { seq: true } })).map((e) => e.seq);
    const last = before + 25;
    // Pruned at the last multiple of 5: at most keep + every - 1 rows remain, the newest always.
    const lastPrune = last - (last % small.every);
    expect(seqs.at(-1)).toBe(last);
    expect(seqs[0]).toBe(lastPrune > small.keep ? lastPrune - small.keep + 1 : 1);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
    expect(seqs.length).toBeLessThan(small.keep + small.every);
  });

  it('tells a subscriber whose missed changes were pruned to reload instead of skipping them', async () => {
    const w = await createWorld();
    await getDb().$transaction(async (tx) => {
      for (let i = 0; i < 20; i++) await recordModelEvent(tx, { modelId: w.model.id, type: 'test.change', actorId: w.users.editor.id }, small);
    });
    const { eventSeq } = await getDb().threatModel.findUniqueOrThrow({ where: { id: w.model.id } });
    const hub = new LiveHub();
    const resets: number[] = [];
    const c = collector();
    const unsubscribe = hub.subscribe(w.model.id, { ...c.sub(0), onReset: (seq) => resets.push(seq) });
    try {
      await expect.poll(() => resets, { timeout: 3_000 }).toEqual([eventSeq]);
      expect(c.events).toEqual([]);
      // From there it is live again.
      await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('after-reset')] });
      await c.until(() => c.events.length === 1);
      expect(c.events[0]!.seq).toBe(eventSeq + 1);
    } finally {
      unsubscribe();
      await hub.close();
    }
  });

  it('answers a canvas save based on a revision whose changes were pruned with "reload", writing nothing', async () => {
    const w = await createWorld();
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 0, ops: [el('p1')] });
    await applyCanvasOps(w.actors.editor, { modelId: w.model.id, baseRevision: 1, ops: [el('p2')] });
    await getDb().modelEvent.deleteMany({ where: { modelId: w.model.id, graphRevision: 1 } });
    const refused = await fail(applyCanvasOps(w.actors.owner, { modelId: w.model.id, baseRevision: 0, ops: [el('p3')] }));
    expect(refused).toMatchObject({ status: 409, details: { currentRevision: 2, conflicts: [] } });
    expect(await getDb().element.count({ where: { modelId: w.model.id, id: 'p3' } })).toBe(0);
  });
});
