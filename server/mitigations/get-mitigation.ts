import 'server-only';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { NotFoundError } from '../errors';
import { listMitigations, type MitigationRow } from './list-mitigations';
import type { TimelineEntry } from '@/lib/dto/mitigations';

export type { TimelineEntry };

/** One mitigation with its timeline of status, owner and due-date changes (owner ids resolved to names). */
export async function getMitigation(actor: Actor | null, mitigationId: string): Promise<MitigationRow & { timeline: TimelineEntry[] }> {
  const db = getDb();
  const found = await db.mitigation.findUnique({ where: { id: mitigationId }, select: { modelId: true } });
  if (!found) throw new NotFoundError('Mitigation');
  const access = await requireModelRole(db, actor, found.modelId, 'VIEWER');
  const [rows, history, members] = await Promise.all([
    listMitigations(actor, { workspaceId: access.workspaceId, modelId: found.modelId }),
    db.mitigationStatusChange.findMany({
      where: { mitigationId },
      select: { id: true, field: true, fromValue: true, toValue: true, createdAt: true, actor: { select: { name: true, email: true } } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    db.membership.findMany({ where: { workspaceId: access.workspaceId }, select: { user: { select: { id: true, name: true, email: true } } } }),
  ]);
  const row = rows.find((r) => r.id === mitigationId);
  if (!row) throw new NotFoundError('Mitigation');
  const names = new Map(members.map((m) => [m.user.id, m.user.name ?? m.user.email]));
  const who = (field: string, v: string | null) => (field === 'owner' && v ? (names.get(v) ?? 'a former member') : v);
  return {
    ...row,
    timeline: history.map((h) => ({
      id: h.id,
      field: h.field,
      from: who(h.field, h.fromValue),
      to: who(h.field, h.toValue),
      actor: h.actor?.name ?? h.actor?.email ?? null,
      at: h.createdAt,
    })),
  };
}
