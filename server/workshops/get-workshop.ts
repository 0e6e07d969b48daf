import 'server-only';
import { roleAtLeast } from '@/lib/domain/roles';
import type { AgendaMode } from '@/lib/workshop/agenda';
import { agendaSchema } from '@/lib/workshop/schemas';
import type { VoteRound, WorkshopDetail, WorkshopPerson, WorkshopStatus } from '@/lib/workshop/types';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { requireWorkshop } from './workshop-access';

export type { WorkshopDetail };

const person = (u: { id: string; name: string | null; email: string }): WorkshopPerson => ({ id: u.id, name: u.name ?? u.email });
const userSelect = { select: { id: true, name: true, email: true } } as const;

/**
 * A workshop as the asking user may see it. Vote values are only read from the database for the
 * asking user's own votes and for revealed rounds, so nobody else's hidden vote can leak.
 */
export async function getWorkshop(actor: Actor | null, workshopId: string): Promise<WorkshopDetail> {
  const db = getDb();
  const { access } = await requireWorkshop(db, actor, workshopId, 'VIEWER');
  const me = access.actor.userId;
  const w = await db.workshop.findUniqueOrThrow({
    where: { id: workshopId },
    select: {
      id: true, modelId: true, title: true, status: true, agendaMode: true, agenda: true, currentIndex: true, stageStartedAt: true, timeboxMinutes: true,
      startedAt: true, endedAt: true, snapshotId: true, baselineSnapshotId: true, facilitatorId: true, facilitator: userSelect,
      attendees: { orderBy: [{ joinedAt: 'asc' }, { userId: 'asc' }], select: { joinedAt: true, user: userSelect } },
      reveals: { select: { threatId: true, likelihood: true, impact: true, voteCount: true, revealedAt: true } },
      decisions: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { id: true, text: true, createdAt: true, author: userSelect } },
    },
  });
  const revealed = new Map(w.reveals.map((r) => [r.threatId, r]));
  const [voters, mine, open] = await Promise.all([
    // Who voted, without what.
    db.workshopVote.findMany({ where: { workshopId }, orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }], select: { threatId: true, user: userSelect } }),
    db.workshopVote.findMany({ where: { workshopId, userId: me }, select: { threatId: true, likelihood: true, impact: true } }),
    db.workshopVote.findMany({
      where: { workshopId, threatId: { in: [...revealed.keys()] } },
      orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
      select: { threatId: true, likelihood: true, impact: true, user: userSelect },
    }),
  ]);
  const rounds = new Map<string, VoteRound>();
  const round = (threatId: string) => {
    let r = rounds.get(threatId);
    if (!r) rounds.set(threatId, (r = { threatId, voters: [], mine: null, reveal: null }));
    return r;
  };
  for (const v of voters) round(v.threatId).voters.push(person(v.user));
  for (const v of mine) round(v.threatId).mine = { likelihood: v.likelihood, impact: v.impact };
  for (const [threatId, r] of revealed) round(threatId).reveal = { likelihood: r.likelihood, impact: r.impact, voteCount: r.voteCount, revealedAt: r.revealedAt, votes: [] };
  for (const v of open) round(v.threatId).reveal!.votes.push({ user: person(v.user), likelihood: v.likelihood, impact: v.impact });

  const parking = await db.parkingLotItem.findMany({
    where: { modelId: w.modelId, OR: [{ workshopId }, { resolvedAt: null }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, text: true, createdAt: true, resolvedAt: true, version: true, workshopId: true, author: userSelect },
  });
  const active = w.status === 'active';
  const canEdit = active && roleAtLeast(access.role, 'EDITOR');
  return {
    id: w.id,
    modelId: w.modelId,
    title: w.title,
    status: w.status as WorkshopStatus,
    agendaMode: w.agendaMode as AgendaMode,
    agenda: agendaSchema.safeParse(w.agenda).data ?? [],
    currentIndex: w.currentIndex,
    stageStartedAt: w.stageStartedAt,
    timeboxMinutes: w.timeboxMinutes,
    facilitator: w.facilitator ? person(w.facilitator) : null,
    startedAt: w.startedAt,
    endedAt: w.endedAt,
    snapshotId: w.snapshotId,
    baselineSnapshotId: w.baselineSnapshotId,
    attendees: w.attendees.map((a) => ({ ...person(a.user), joinedAt: a.joinedAt })),
    votes: [...rounds.values()],
    parkingLot: parking.map((p) => ({
      id: p.id, text: p.text, author: p.author ? person(p.author).name : null, createdAt: p.createdAt, resolvedAt: p.resolvedAt, version: p.version, earlier: p.workshopId !== workshopId,
    })),
    decisions: w.decisions.map((d) => ({ id: d.id, text: d.text, author: d.author ? person(d.author).name : null, createdAt: d.createdAt })),
    you: { id: me, canEdit, canVote: canEdit, canFacilitate: canEdit && (w.facilitatorId === me || access.role === 'OWNER') },
    serverNow: new Date(),
  };
}
