import 'server-only';
import type { EditConflictDetails, FieldEditConflict } from '@/lib/domain/field-merge';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from '../db';
import { ConflictError } from '../errors';

export interface FieldAuthor {
  by: { id: string; name: string } | null;
  at: string;
}

export interface AuthorSource {
  entityType: 'threat' | 'mitigation';
  entityId: string;
  /** Bulk edits are audited once for many rows: their action, scope and the key listing the ids. */
  bulk: { action: string; entityType: string; entityId: string; idsKey: string };
}

/** Field names an audit event says it changed (single edits: `after`'s keys; bulk edits: `after.changes`'). */
function changedFields(action: string, after: Prisma.JsonValue, bulkAction: string): string[] {
  if (!after || typeof after !== 'object' || Array.isArray(after)) return [];
  if (action === bulkAction) {
    const changes = (after as Record<string, unknown>).changes;
    return changes && typeof changes === 'object' ? Object.keys(changes) : [];
  }
  return Object.keys(after);
}

/**
 * Who last changed each of `fields` of one threat or mitigation, read from the audit trail (the
 * newest event naming the field; else the newest event about the entity). Only asked when an edit
 * conflicts, so a short scan of recent events is enough.
 */
export async function fieldAuthors(tx: Tx, source: AuthorSource, fields: readonly string[]): Promise<Map<string, FieldAuthor | null>> {
  const events = await tx.auditEvent.findMany({
    where: {
      OR: [
        { entityType: source.entityType, entityId: source.entityId },
        { entityType: source.bulk.entityType, entityId: source.bulk.entityId, action: source.bulk.action, after: { path: [source.bulk.idsKey], array_contains: [source.entityId] } },
      ],
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 50,
    select: { action: true, after: true, createdAt: true, actor: { select: { id: true, name: true, email: true } } },
  });
  const author = (e: (typeof events)[number]): FieldAuthor => ({
    by: e.actor ? { id: e.actor.id, name: e.actor.name || e.actor.email } : null,
    at: e.createdAt.toISOString(),
  });
  const out = new Map<string, FieldAuthor | null>();
  for (const field of fields) {
    const e = events.find((ev) => changedFields(ev.action, ev.after, source.bulk.action).includes(field)) ?? events[0];
    out.set(field, e ? author(e) : null);
  }
  return out;
}

/**
 * The 409 for an edit whose fields someone else changed meanwhile: each field with both values and
 * who changed it, plus the current version to resubmit with ("keep mine").
 */
export async function editConflict(
  tx: Tx,
  source: AuthorSource,
  e: {
    what: string;
    fields: readonly string[];
    version: number;
    current: Readonly<Record<string, unknown>>;
    changes: Readonly<Record<string, unknown>>;
    labels: Readonly<Record<string, string>>;
    mergeable: readonly string[];
  },
): Promise<ConflictError> {
  const authors = await fieldAuthors(tx, source, e.fields);
  const conflicts: FieldEditConflict[] = e.fields.map((field) => ({
    field,
    label: e.labels[field] ?? field,
    theirs: e.current[field] ?? null,
    mine: e.changes[field] ?? null,
    by: authors.get(field)?.by ?? null,
    at: authors.get(field)?.at ?? null,
    mergeable: e.mergeable.includes(field),
  }));
  const names = [...new Set(conflicts.map((c) => c.by?.name ?? 'Someone else'))].join(', ');
  const list = conflicts.map((c) => c.label.toLowerCase()).join(', ');
  const details: EditConflictDetails = { version: e.version, conflicts };
  return new ConflictError(`${names} changed the ${list} of ${e.what} while you were editing. Choose which version to keep.`, { ...details });
}
