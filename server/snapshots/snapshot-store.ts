import 'server-only';
import type { ModelDocument } from '@/lib/exchange/model-document';
import { parseWorkshopSummary, type WorkshopSummary } from '@/lib/workshop/summary';
import type { SnapshotListItem } from '@/lib/workshop/types';
import type { Prisma } from '@/prisma/generated/client';
import type { Db, Tx } from '../db';
import { buildModelDocument } from '../exports/build-model-document';

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;

/** Freezes the model as it is in the caller's transaction (no access check: callers did it). */
export async function takeSnapshot(
  tx: Tx,
  input: { modelId: string; name: string; kind: 'workshop' | 'baseline' | 'manual'; createdById: string; now?: Date; document?: ModelDocument; summary?: WorkshopSummary },
): Promise<{ id: string; document: ModelDocument }> {
  const document = input.document ?? (await buildModelDocument(tx, input.modelId, input.now));
  const row = await tx.snapshot.create({
    data: {
      modelId: input.modelId,
      name: input.name,
      kind: input.kind,
      seq: document.model.revision,
      data: json(document),
      ...(input.summary ? { summary: json(input.summary) } : {}),
      createdById: input.createdById,
      ...(input.now ? { createdAt: input.now } : {}),
    },
    select: { id: true },
  });
  return { id: row.id, document };
}

/** The model's latest snapshot, or null. */
export async function latestSnapshot(tx: Db | Tx, modelId: string): Promise<{ id: string; createdAt: Date } | null> {
  return tx.snapshot.findFirst({ where: { modelId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: { id: true, createdAt: true } });
}

/** A stored snapshot's document (written by takeSnapshot, so trusted to be a ModelDocument). */
export async function snapshotDocument(tx: Db | Tx, snapshotId: string): Promise<{ document: ModelDocument; createdAt: Date } | null> {
  const row = await tx.snapshot.findUnique({ where: { id: snapshotId }, select: { data: true, createdAt: true } });
  return row ? { document: row.data as unknown as ModelDocument, createdAt: row.createdAt } : null;
}

/** What lists show of a snapshot (everything but the document). */
export const snapshotListSelect = {
  id: true, name: true, kind: true, seq: true, createdAt: true, summary: true,
  createdBy: { select: { name: true, email: true } },
  workshop: { select: { id: true, title: true } },
} as const;

export function toSnapshotListItem(r: {
  id: string; name: string; kind: string; seq: number; createdAt: Date; summary: unknown;
  createdBy: { name: string | null; email: string } | null; workshop: { id: string; title: string } | null;
}): SnapshotListItem {
  return {
    id: r.id, name: r.name, kind: r.kind, seq: r.seq, createdAt: r.createdAt,
    createdBy: r.createdBy ? (r.createdBy.name ?? r.createdBy.email) : null,
    workshop: r.workshop, summary: parseWorkshopSummary(r.summary),
  };
}
