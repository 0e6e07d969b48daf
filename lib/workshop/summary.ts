import { z } from 'zod';
import { diffCollections, type ModelDiff } from './diff';

// What a workshop snapshot records besides the model itself (Snapshot.summary), parsed back with
// this schema so an old or damaged row degrades to "no summary" instead of breaking a page.

const value = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const entry = z.object({ id: z.string(), name: z.string() });
const collection = z.object({
  added: z.array(entry),
  changed: z.array(entry.extend({ fields: z.array(z.object({ field: z.string(), before: value.optional(), after: value.optional() })) })),
  removed: z.array(entry),
});

export const modelDiffSchema = z.object(Object.fromEntries(diffCollections.map((c) => [c, collection])) as Record<(typeof diffCollections)[number], typeof collection>);

export const workshopSummarySchema = z.object({
  workshopId: z.string(),
  title: z.string(),
  facilitator: z.string().nullable(),
  startedAt: z.string(),
  endedAt: z.string(),
  /** Names of everyone who opened the workshop while it ran. */
  attendance: z.array(z.string()),
  decisions: z.array(z.object({ text: z.string(), by: z.string().nullable(), at: z.string() })),
  /** Parking-lot questions still open when the workshop ended (this one's and earlier ones'). */
  parkingLot: z.array(z.object({ id: z.string(), text: z.string(), by: z.string().nullable(), at: z.string() })),
  /** The snapshot the diff is measured against (null: none, everything counts as added). */
  baseline: z.object({ snapshotId: z.string(), createdAt: z.string() }).nullable(),
  diff: modelDiffSchema,
});

export type WorkshopSummary = Omit<z.infer<typeof workshopSummarySchema>, 'diff'> & { diff: ModelDiff };

export function parseWorkshopSummary(raw: unknown): WorkshopSummary | null {
  const parsed = workshopSummarySchema.safeParse(raw);
  return parsed.success ? (parsed.data as WorkshopSummary) : null;
}
