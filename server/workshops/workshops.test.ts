import { describe, expect, it } from 'vitest';
import type { LiveEvent } from '@/lib/realtime/types';
import { addWorkshopDecisionSchema } from '@/lib/workshop/schemas';
import { parseWorkshopSummary } from '@/lib/workshop/summary';
import { listAuditEvents } from '../audit/list-audit-events';
import { getDb } from '../db';
import type { AppError } from '../errors';
import { exportModel } from '../exports/export-model';
import { readSseFrames } from '@/tests/integration/sse';
import { openModelStream } from '../realtime/open-model-stream';
import { getSnapshot } from '../snapshots/get-snapshot';
import { createWorld, type World } from '../test-world';
import { listThreats } from '../threats/list-threats';
import { addWorkshop } from '../workshop-test-world';
import { acceptWorkshopSuggestion } from './accept-workshop-suggestion';
import { addParkingLotItem } from './add-parking-lot-item';
import { addWorkshopDecision } from './add-workshop-decision';
import { addWorkshopThreat } from './add-workshop-threat';
import { castWorkshopVote } from './cast-workshop-vote';
import { endWorkshop } from './end-workshop';
import { getWorkshop } from './get-workshop';
import { joinWorkshop } from './join-workshop';
import { listWorkshops } from './list-workshops';
import { moveWorkshopStage } from './move-workshop-stage';
import { resolveParkingLotItem } from './resolve-parking-lot-item';
import { revealWorkshopVotes } from './reveal-workshop-votes';
import { startWorkshop } from './start-workshop';

const fail = (p: Promise<unknown>) => p.then(() => null, (e: AppError) => ({ status: e.status, message: e.message }));

/** A diagram: events → ingest → lake, plus an unconnected secrets store. */
async function diagram(w: World) {
  const db = getDb();
  const events = await db.element.create({ data: { modelId: w.model.id, kind: 'data-source', name: 'Clickstream' } });
  const ingest = await db.element.create({ data: { modelId: w.model.id, kind: 'data-ingestion', name: 'Ingestion job' } });
  const lake = await db.element.create({ data: { modelId: w.model.id, kind: 'data-store', name: 'Data lake' } });
  const secrets = await db.element.create({ data: { modelId: w.model.id, kind: 'secrets-store', name: 'Secrets' } });
  const f1 = await db.flow.create({ data: { modelId: w.model.id, sourceId: events.id, targetId: ingest.id, label: 'Events' } });
  const f2 = await db.flow.create({ data: { modelId: w.model.id, sourceId: ingest.id, targetId: lake.id, label: 'Curated' } });
  return { events, ingest, lake, secrets, f1, f2 };
}

/** Promotes the world's spare viewer ("other") to editor: a third voter. */
async function promoteOther(w: World) {
  await getDb().membership.update({ where: { id: w.memberships.other.id }, data: { role: 'EDITOR' } });
  return { userId: w.users.other.id, email: w.users.other.email, name: w.users.other.name };
}

async function start(w: World, mode: 'flow' | 'boundary' = 'flow') {
  return (await startWorkshop(w.actors.editor, { modelId: w.model.id, title: 'Design review', agendaMode: mode, timeboxMinutes: 10 })).id;
}

/** SSE frames of the model's live channel replayed from the start, until `count` changes arrived. */
async function liveChanges(w: World, count: number): Promise<LiveEvent[]> {
  const abort = new AbortController();
  const stream = await openModelStream(w.actors.viewer, { modelId: w.model.id, view: 'workshop', since: 0 }, abort.signal);
  try {
    const frames = await readSseFrames(stream, (f) => f.filter((x) => x.event === 'change').length >= count, { onTimeout: 'return' });
    return frames.filter((f) => f.event === 'change').map((f) => f.data as LiveEvent);
  } finally {
    abort.abort();
    await stream.cancel().catch(() => undefined);
  }
}

describe('starting a workshop', () => {
  it('builds the agenda from the diagram, takes a baseline snapshot and makes the starter facilitator and attendee', async () => {
    const w = await createWorld();
    const d = await diagram(w);
    const id = await start(w);
    const ws = await getWorkshop(w.actors.viewer, id);
    expect(ws.agenda.map((s) => s.title)).toEqual(['Clickstream', 'Ingestion job', 'Data lake', 'Secrets']);
    expect(ws.agenda[1]).toEqual({ key: `element:${d.ingest.id}`, title: 'Ingestion job', elementIds: [d.ingest.id], flowIds: [d.f1.id, d.f2.id] });
    expect(ws).toMatchObject({ status: 'active', currentIndex: 0, timeboxMinutes: 10, facilitator: { id: w.users.editor.id } });
    expect(ws.attendees.map((a) => a.id)).toEqual([w.users.editor.id]);
    const baseline = await getDb().snapshot.findUniqueOrThrow({ where: { id: ws.baselineSnapshotId! } });
    expect(baseline).toMatchObject({ kind: 'baseline', modelId: w.model.id });
    expect(ws.you).toMatchObject({ canVote: false, canFacilitate: false });
    expect((await getWorkshop(w.actors.editor, id)).you).toMatchObject({ canVote: true, canFacilitate: true });
    expect((await getWorkshop(w.actors.owner, id)).you).toMatchObject({ canVote: true, canFacilitate: true });
    const event = await getDb().modelEvent.findFirstOrThrow({ where: { modelId: w.model.id, type: 'workshop.start' } });
    expect(event.data).toEqual({ workshopId: id });
  });

  it('uses the latest existing snapshot as the baseline, and a by-boundary agenda when asked', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    await getDb().workshop.update({ where: { id: x.workshop.id }, data: { status: 'ended' } });
    const b = await getDb().boundary.create({ data: { modelId: w.model.id, kind: 'cloud-account', name: 'AWS' } });
    await getDb().element.update({ where: { id: x.elements.store.id }, data: { boundaryId: b.id } });
    const ws = await getWorkshop(w.actors.owner, await start(w, 'boundary'));
    expect(ws.baselineSnapshotId).toBe(x.snapshot.id);
    expect(await getDb().snapshot.count({ where: { modelId: w.model.id } })).toBe(1);
    expect(ws.agenda.map((s) => [s.title, s.elementIds])).toEqual([['AWS', [x.elements.store.id]], ['Outside any boundary', [x.elements.source.id]]]);
    expect(ws.agenda[0]!.flowIds).toEqual([x.flow.id]);
  });

  it('allows one running workshop per model, even when two start at once', async () => {
    const w = await createWorld();
    await diagram(w);
    const results = await Promise.allSettled([start(w), start(w), startWorkshop(w.actors.owner, { modelId: w.model.id, title: 'Other', agendaMode: 'flow', timeboxMinutes: 5 })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await getDb().workshop.count({ where: { modelId: w.model.id, status: 'active' } })).toBe(1);
    const refused = await fail(start(w));
    expect(refused?.status).toBe(409);
    expect(refused?.message).toMatch(/is still running on this model/);
    // Another model is not affected.
    const other = await getDb().threatModel.create({ data: { workspaceId: w.workspace.id, name: 'Second' } });
    await startWorkshop(w.actors.editor, { modelId: other.id, title: 'Parallel', agendaMode: 'flow', timeboxMinutes: 5 });
  });

  it('gives an empty diagram a single whole-model stage', async () => {
    const w = await createWorld();
    const ws = await getWorkshop(w.actors.editor, await start(w));
    expect(ws.agenda).toEqual([{ key: 'model', title: 'Whole model', elementIds: [], flowIds: [] }]);
  });
});

describe('attendance and stages', () => {
  it('records each attendee once, viewers included, and nobody after the end', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    expect(await joinWorkshop(w.actors.viewer, x.workshop.id)).toEqual({ joined: true });
    expect(await joinWorkshop(w.actors.viewer, x.workshop.id)).toEqual({ joined: false });
    await Promise.all([joinWorkshop(w.actors.owner, x.workshop.id), joinWorkshop(w.actors.owner, x.workshop.id)]);
    expect((await getWorkshop(w.actors.viewer, x.workshop.id)).attendees.map((a) => a.id).sort()).toEqual([w.users.owner.id, w.users.viewer.id].sort());
    expect(await getDb().auditEvent.count({ where: { action: 'workshop.join', entityId: x.workshop.id } })).toBe(2);
    await endWorkshop(w.actors.editor, { workshopId: x.workshop.id });
    expect(await joinWorkshop(w.actors.editor, x.workshop.id)).toEqual({ joined: false });
    expect(await fail(joinWorkshop(w.actors.outsider, x.workshop.id))).toMatchObject({ status: 404 });
    expect(await fail(joinWorkshop(w.actors.viewer, 'no-such-workshop'))).toMatchObject({ status: 404 });
  });

  it('lets the facilitator and owners move everyone between stages and restart the timer', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    const before = await getWorkshop(w.actors.viewer, x.workshop.id);
    await moveWorkshopStage(w.actors.editor, { workshopId: x.workshop.id, index: 1 });
    const moved = await getWorkshop(w.actors.viewer, x.workshop.id);
    expect(moved.currentIndex).toBe(1);
    expect(moved.stageStartedAt.getTime()).toBeGreaterThanOrEqual(before.stageStartedAt.getTime());
    await new Promise((r) => setTimeout(r, 20));
    await moveWorkshopStage(w.actors.owner, { workshopId: x.workshop.id, index: 1 });
    const restarted = await getWorkshop(w.actors.viewer, x.workshop.id);
    expect(restarted.currentIndex).toBe(1);
    expect(restarted.stageStartedAt.getTime()).toBeGreaterThan(moved.stageStartedAt.getTime());
    await moveWorkshopStage(w.actors.editor, { workshopId: x.workshop.id, index: 0 });
    expect(await fail(moveWorkshopStage(w.actors.editor, { workshopId: x.workshop.id, index: 2 }))).toMatchObject({ status: 422 });
    // Another editor is a participant, not the facilitator.
    const other = await promoteOther(w);
    expect(await fail(moveWorkshopStage(other, { workshopId: x.workshop.id, index: 1 }))).toMatchObject({ status: 403, message: 'Only the facilitator or a workspace owner can do this.' });
    const events = await getDb().modelEvent.findMany({ where: { modelId: w.model.id, type: { startsWith: 'workshop.' } }, orderBy: { seq: 'asc' } });
    expect(events.map((e) => [e.type, (e.data as { index: number }).index])).toEqual([['workshop.stage', 1], ['workshop.timer', 1], ['workshop.stage', 0]]);
  });
});

describe('voting', () => {
  it('never shows a hidden vote to anyone else: not in the workshop, the audit log, the live feed or exports', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    const other = await promoteOther(w); // "other" already voted 5/2 in the seeded world
    await castWorkshopVote(w.actors.editor, { workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 1, impact: 4 });
    await castWorkshopVote(w.actors.owner, { workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 3, impact: 3 });

    const asViewer = await getWorkshop(w.actors.viewer, x.workshop.id);
    const round = asViewer.votes.find((v) => v.threatId === w.threat.id)!;
    expect(round.voters.map((v) => v.id).sort()).toEqual([w.users.other.id, w.users.editor.id, w.users.owner.id].sort());
    expect(round.mine).toBeNull();
    expect(round.reveal).toBeNull();
    expect(JSON.stringify(asViewer.votes)).not.toMatch(/likelihood|impact/);
    for (const [actor, mine] of [[w.actors.editor, { likelihood: 1, impact: 4 }], [w.actors.owner, { likelihood: 3, impact: 3 }], [other, { likelihood: 5, impact: 2 }]] as const) {
      const seen = (await getWorkshop(actor, x.workshop.id)).votes;
      expect(seen).toHaveLength(1);
      expect(seen[0]!.mine).toEqual(mine);
      expect(seen[0]!.reveal).toBeNull();
      // Their own vote is the only rating in what they receive.
      expect(JSON.stringify(seen).match(/likelihood/g)).toHaveLength(1);
    }

    const audit = await listAuditEvents(w.actors.owner, { workspaceId: w.workspace.id, limit: 100 });
    const voteAudits = audit.events.filter((e) => e.action.startsWith('workshop.vote'));
    expect(voteAudits).toHaveLength(2);
    expect(JSON.stringify(voteAudits)).not.toMatch(/likelihood|impact/);

    const live = await liveChanges(w, 2);
    expect(live.map((e) => e.type)).toEqual(['workshop.vote', 'workshop.vote']);
    expect(live.map((e) => e.data)).toEqual([{ workshopId: x.workshop.id, threatId: w.threat.id }, { workshopId: x.workshop.id, threatId: w.threat.id }]);
    expect(JSON.stringify(live)).not.toMatch(/likelihood|impact/);

    // Nor in the register or the export (the threat still has its own ratings there).
    expect((await listThreats(w.actors.viewer, w.model.id))[0]).toMatchObject({ likelihood: 3, impact: 3 });
    expect(JSON.stringify(await exportModel(w.actors.viewer, w.model.id))).not.toContain(w.users.other.id);

    // Once revealed, every vote is visible to everyone.
    await revealWorkshopVotes(w.actors.editor, { workshopId: x.workshop.id, threatId: w.threat.id });
    const revealed = (await getWorkshop(w.actors.viewer, x.workshop.id)).votes[0]!.reveal!;
    expect(revealed.votes.map((v) => [v.user.id, v.likelihood, v.impact]).sort()).toEqual(
      [[w.users.other.id, 5, 2], [w.users.editor.id, 1, 4], [w.users.owner.id, 3, 3]].sort(),
    );
  });

  it('lets participants change their vote until the reveal, which applies the medians (even counts round half up)', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w); // other: 5/2
    const threat = await getDb().threat.findUniqueOrThrow({ where: { id: w.threat.id } });
    await castWorkshopVote(w.actors.editor, { workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 1, impact: 1 });
    await castWorkshopVote(w.actors.editor, { workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 2, impact: 5 });
    expect(await getDb().workshopVote.count({ where: { workshopId: x.workshop.id } })).toBe(2);
    // Votes 5 and 2 → 3.5 → 4; impacts 2 and 5 → 3.5 → 4.
    expect(await revealWorkshopVotes(w.actors.editor, { workshopId: x.workshop.id, threatId: w.threat.id })).toEqual({ likelihood: 4, impact: 4, voteCount: 2 });
    const after = await getDb().threat.findUniqueOrThrow({ where: { id: w.threat.id } });
    expect(after).toMatchObject({ likelihood: 4, impact: 4, version: threat.version + 1 });
    const update = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: w.threat.id, action: 'threat.update' } });
    expect(update.before).toEqual({ likelihood: 3, impact: 3 });
    expect(update.after).toEqual({ likelihood: 4, impact: 4, workshopId: x.workshop.id });
    expect(await getDb().workshopReveal.findUniqueOrThrow({ where: { workshopId_threatId: { workshopId: x.workshop.id, threatId: w.threat.id } } })).toMatchObject({ likelihood: 4, impact: 4, voteCount: 2 });
    const ws = await getWorkshop(w.actors.viewer, x.workshop.id);
    expect(ws.decisions.map((d) => d.text)).toEqual(['“Training-data poisoning”: likelihood 3 → 4, impact 3 → 4 (median of 2 votes).']);
    expect(ws.votes[0]!.reveal).toMatchObject({ likelihood: 4, impact: 4, voteCount: 2 });
    const live = await getDb().modelEvent.findFirstOrThrow({ where: { modelId: w.model.id, type: 'workshop.reveal' } });
    expect(live.data).toEqual({ workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 4, impact: 4, voteCount: 2 });
    // Closed now: no more votes, no second reveal.
    expect(await fail(castWorkshopVote(w.actors.owner, { workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 1, impact: 1 }))).toMatchObject({ status: 409 });
    expect(await fail(revealWorkshopVotes(w.actors.owner, { workshopId: x.workshop.id, threatId: w.threat.id }))).toMatchObject({ status: 409 });
  });

  it('refuses viewers’ votes, reveals by participants, reveals without votes and threats of other models', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    const other = await promoteOther(w);
    expect(await fail(castWorkshopVote(w.actors.viewer, { workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 2, impact: 2 }))).toMatchObject({ status: 403 });
    expect(await fail(revealWorkshopVotes(other, { workshopId: x.workshop.id, threatId: w.threat.id }))).toMatchObject({ status: 403 });
    const quiet = await getDb().threat.create({ data: { modelId: w.model.id, title: 'Nobody cares' } });
    expect(await fail(revealWorkshopVotes(w.actors.editor, { workshopId: x.workshop.id, threatId: quiet.id }))).toMatchObject({ status: 409, message: 'Nobody has voted on this threat yet.' });
    const elsewhere = await getDb().threatModel.create({ data: { workspaceId: w.workspace.id, name: 'Elsewhere' } });
    const foreign = await getDb().threat.create({ data: { modelId: elsewhere.id, title: 'Not here' } });
    expect(await fail(castWorkshopVote(w.actors.editor, { workshopId: x.workshop.id, threatId: foreign.id, likelihood: 2, impact: 2 }))).toMatchObject({ status: 404 });
  });

  it('counts a vote cast while the reveal runs either in the median or not at all', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w); // other: 5/2
    const results = await Promise.allSettled([
      revealWorkshopVotes(w.actors.editor, { workshopId: x.workshop.id, threatId: w.threat.id }),
      castWorkshopVote(w.actors.owner, { workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 1, impact: 1 }),
    ]);
    const reveal = await getDb().workshopReveal.findFirstOrThrow({ where: { workshopId: x.workshop.id } });
    const votes = await getDb().workshopVote.count({ where: { workshopId: x.workshop.id } });
    expect(reveal.voteCount).toBe(votes);
    expect(results[0]!.status).toBe('fulfilled');
  });
});

describe('threats, decisions and the parking lot', () => {
  it('adds threats with source "workshop" and records them as decisions; accepted suggestions keep source "rule"', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    const fromCatalogue = await addWorkshopThreat(w.actors.editor, { workshopId: x.workshop.id, target: { type: 'element', id: x.elements.store.id }, catalogueId: 'TL-AI-001' });
    const custom = await addWorkshopThreat(w.actors.owner, { workshopId: x.workshop.id, target: { type: 'flow', id: x.flow.id }, title: 'Replay of old events', likelihood: 2, impact: 4 });
    const accepted = await acceptWorkshopSuggestion(w.actors.editor, { workshopId: x.workshop.id, suggestionId: w.suggestions.open.id });
    const threats = await listThreats(w.actors.viewer, w.model.id);
    expect(threats.find((t) => t.id === fromCatalogue.id)).toMatchObject({ source: 'workshop', catalogueId: 'TL-AI-001', target: { type: 'element', id: x.elements.store.id } });
    expect(threats.find((t) => t.id === custom.id)).toMatchObject({ source: 'workshop', title: 'Replay of old events', likelihood: 2, impact: 4, target: { type: 'flow' } });
    expect(threats.find((t) => t.id === accepted.threatId)).toMatchObject({ source: 'rule', ruleId: 'TEST-RULE' });
    await addWorkshopDecision(w.actors.editor, addWorkshopDecisionSchema.parse({ workshopId: x.workshop.id, text: '  The CDN is out of scope.  ' }));
    const decisions = (await getWorkshop(w.actors.viewer, x.workshop.id)).decisions.map((d) => d.text);
    expect(decisions).toHaveLength(4);
    expect(decisions[0]).toMatch(/^Added threat “.+” on Data lake\.$/);
    expect(decisions[1]).toBe('Added threat “Replay of old events” on Events (Clickstream → Data lake).');
    expect(decisions[2]).toMatch(/^Accepted the suggested threat/);
    expect(decisions[3]).toBe('The CDN is out of scope.');
    const foreignModel = await getDb().threatModel.create({ data: { workspaceId: w.workspace.id, name: 'Elsewhere' } });
    const foreignEl = await getDb().element.create({ data: { modelId: foreignModel.id, kind: 'data-store', name: 'Theirs' } });
    expect(await fail(addWorkshopThreat(w.actors.editor, { workshopId: x.workshop.id, target: { type: 'element', id: foreignEl.id }, title: 'x' }))).toMatchObject({ status: 404 });
    expect(await fail(addWorkshopThreat(w.actors.editor, { workshopId: x.workshop.id, target: { type: 'flow', id: x.elements.store.id }, title: 'x' }))).toMatchObject({ status: 404 });
    expect(await fail(addWorkshopThreat(w.actors.viewer, { workshopId: x.workshop.id, target: { type: 'model' }, title: 'x' }))).toMatchObject({ status: 403 });
  });

  it('parks questions, resolves and reopens them with optimistic concurrency, and keeps open ones for later workshops', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    const { id } = await addParkingLotItem(w.actors.owner, { workshopId: x.workshop.id, text: 'Is the lake encrypted with our key?' });
    expect(await fail(addParkingLotItem(w.actors.viewer, { workshopId: x.workshop.id, text: 'Me too' }))).toMatchObject({ status: 403 });
    expect(await resolveParkingLotItem(w.actors.editor, { itemId: id, resolved: true, version: 1 })).toEqual({ resolved: true, version: 2 });
    expect(await fail(resolveParkingLotItem(w.actors.editor, { itemId: id, resolved: false, version: 1 }))).toMatchObject({ status: 409 });
    expect(await resolveParkingLotItem(w.actors.editor, { itemId: id, resolved: false, version: 2 })).toEqual({ resolved: false, version: 3 });
    await resolveParkingLotItem(w.actors.editor, { itemId: id, resolved: true, version: 3 });
    const parked = (await getWorkshop(w.actors.viewer, x.workshop.id)).parkingLot;
    expect(parked.map((p) => [p.text, p.resolvedAt !== null, p.earlier])).toEqual([['Who owns the lake?', false, false], ['Is the lake encrypted with our key?', true, false]]);
    // The next workshop shows the question still open, flagged as earlier, but not the resolved one.
    await endWorkshop(w.actors.editor, { workshopId: x.workshop.id });
    const next = await getWorkshop(w.actors.viewer, await start(w));
    expect(next.parkingLot.map((p) => [p.text, p.earlier])).toEqual([['Who owns the lake?', true]]);
  });
});

describe('ending a workshop', () => {
  it('snapshots the model with attendance, decisions, open questions and the diff since the baseline', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w); // other: 5/2 on the world's threat
    await joinWorkshop(w.actors.editor, x.workshop.id);
    await joinWorkshop(w.actors.viewer, x.workshop.id);
    await castWorkshopVote(w.actors.owner, { workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 4, impact: 5 });
    await revealWorkshopVotes(w.actors.editor, { workshopId: x.workshop.id, threatId: w.threat.id }); // 5,4 → 5 ; 2,5 → 4
    const added = await addWorkshopThreat(w.actors.editor, { workshopId: x.workshop.id, target: { type: 'element', id: x.elements.source.id }, title: 'Bot traffic skews the events' });
    const hidden = await getDb().threat.create({ data: { modelId: w.model.id, title: 'Left unrevealed' } });
    await castWorkshopVote(w.actors.owner, { workshopId: x.workshop.id, threatId: hidden.id, likelihood: 1, impact: 5 });
    const { snapshotId } = await endWorkshop(w.actors.owner, { workshopId: x.workshop.id });

    const snapshot = await getSnapshot(w.actors.viewer, snapshotId);
    expect(snapshot).toMatchObject({ kind: 'workshop', name: 'Workshop: Design review', workshop: { id: x.workshop.id, title: 'Design review' }, createdBy: 'owner' });
    expect(snapshot.document.threats.find((t) => t.id === w.threat.id)).toMatchObject({ likelihood: 5, impact: 4 });
    const summary = snapshot.summary!;
    expect(summary.attendance).toEqual(['editor', 'viewer']);
    expect(summary.facilitator).toBe('editor');
    expect(summary.decisions.map((d) => d.text)).toEqual([
      '“Training-data poisoning”: likelihood 3 → 5, impact 3 → 4 (median of 2 votes).',
      'Added threat “Bot traffic skews the events” on Clickstream.',
    ]);
    expect(summary.parkingLot.map((p) => [p.text, p.by])).toEqual([['Who owns the lake?', 'editor']]);
    expect(summary.baseline?.snapshotId).toBe(x.snapshot.id);
    expect(summary.diff.threats.changed).toEqual([
      { id: w.threat.id, name: 'Training-data poisoning', fields: [{ field: 'likelihood', before: 3, after: 5 }, { field: 'impact', before: 3, after: 4 }] },
    ]);
    expect(summary.diff.threats.added).toEqual([
      { id: added.id, name: 'Bot traffic skews the events' },
      { id: hidden.id, name: 'Left unrevealed' },
    ]);
    expect(summary.diff.elements).toEqual({ added: [], changed: [], removed: [] });
    // The unrevealed vote stays secret, in the snapshot as everywhere.
    expect(JSON.stringify(snapshot)).not.toContain('"impact":5');

    const ended = await getWorkshop(w.actors.viewer, x.workshop.id);
    expect(ended).toMatchObject({ status: 'ended', snapshotId, you: { canVote: false, canFacilitate: false, canEdit: false } });
    expect(ended.endedAt).not.toBeNull();
    const [listed] = await listWorkshops(w.actors.viewer, w.model.id);
    expect(listed).toMatchObject({ id: x.workshop.id, status: 'ended', snapshotId });
    expect(listed!.summary).toEqual(parseWorkshopSummary(JSON.parse(JSON.stringify(summary))));
    expect((await getDb().modelEvent.findFirstOrThrow({ where: { modelId: w.model.id, type: 'workshop.end' } })).data).toEqual({ workshopId: x.workshop.id, snapshotId });

    // Ended means ended.
    for (const call of [
      () => endWorkshop(w.actors.owner, { workshopId: x.workshop.id }),
      () => castWorkshopVote(w.actors.owner, { workshopId: x.workshop.id, threatId: w.threat.id, likelihood: 1, impact: 1 }),
      () => moveWorkshopStage(w.actors.owner, { workshopId: x.workshop.id, index: 1 }),
      () => addParkingLotItem(w.actors.owner, { workshopId: x.workshop.id, text: 'Late' }),
    ]) {
      expect(await fail(call())).toMatchObject({ status: 409 });
    }
    // The next workshop measures itself against this one's snapshot.
    const next = await getWorkshop(w.actors.editor, await start(w));
    expect(next.baselineSnapshotId).toBe(snapshotId);
  });

  it('is for the facilitator and owners only', async () => {
    const w = await createWorld();
    const x = await addWorkshop(w);
    const other = await promoteOther(w);
    expect(await fail(endWorkshop(other, { workshopId: x.workshop.id }))).toMatchObject({ status: 403 });
    expect(await fail(endWorkshop(w.actors.viewer, { workshopId: x.workshop.id }))).toMatchObject({ status: 403 });
    expect(await getDb().snapshot.count({ where: { modelId: w.model.id, kind: 'workshop' } })).toBe(0);
  });
});
