import { z } from 'zod';
import { idSchema, versionSchema } from '../validation/common';

export const mitigationStatuses = ['proposed', 'planned', 'in-progress', 'implemented', 'verified', 'rejected'] as const;
export type MitigationStatus = (typeof mitigationStatuses)[number];
export const mitigationStatusSchema = z.enum(mitigationStatuses, { message: 'Choose a known status.' });
export const mitigationStatusLabels: Record<MitigationStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  verified: 'Verified',
  rejected: 'Rejected',
};
/** The forward path; `rejected` sits beside it. */
export const mitigationWorkflow: readonly MitigationStatus[] = ['proposed', 'planned', 'in-progress', 'implemented', 'verified'];
/** Work still to do: counts as open for "overdue" and "my mitigations". */
export const openMitigationStatuses: readonly MitigationStatus[] = ['proposed', 'planned', 'in-progress', 'implemented'];

export const controlTypes = ['preventive', 'detective', 'corrective'] as const;
export type ControlType = (typeof controlTypes)[number];
export const controlTypeSchema = z.enum(controlTypes, { message: 'Choose preventive, detective or corrective.' });
export const controlTypeLabels: Record<ControlType, string> = { preventive: 'Preventive', detective: 'Detective', corrective: 'Corrective' };

/**
 * Allowed status moves: one step forward along the workflow, any number of steps back (to
 * correct a mistake), to `rejected` from anything but `verified`, and from `rejected` back to
 * `proposed`. Returns a message when the move is not allowed.
 */
export function transitionProblem(from: MitigationStatus, to: MitigationStatus): string | null {
  if (from === to) return null;
  if (to === 'rejected') return from === 'verified' ? 'A verified mitigation cannot be rejected; move it back first.' : null;
  if (from === 'rejected') return to === 'proposed' ? null : 'A rejected mitigation goes back to Proposed first.';
  const a = mitigationWorkflow.indexOf(from);
  const b = mitigationWorkflow.indexOf(to);
  if (b > a + 1) return `Move from ${mitigationStatusLabels[from]} to ${mitigationStatusLabels[mitigationWorkflow[a + 1]!]} first.`;
  return null;
}

/** Statuses a mitigation in `from` may move to (for menus). */
export function allowedNextStatuses(from: MitigationStatus): MitigationStatus[] {
  return mitigationStatuses.filter((to) => to !== from && transitionProblem(from, to) === null);
}

const text = (label: string, max: number) => z.string().max(max, `${label} must be at most ${max} characters.`).transform((s) => s.trim());
const urlSchema = z
  .string()
  .trim()
  .max(2000, 'Links must be at most 2,000 characters.')
  .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), 'Use a full http(s) link.');

/** A calendar date as YYYY-MM-DD (time zones never move a due date). */
export const dueDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-31.')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'That date does not exist.');

const editable = {
  title: text('Title', 200).pipe(z.string().min(1, 'Title is required.')),
  description: text('Description', 10_000),
  controlType: controlTypeSchema,
  status: mitigationStatusSchema,
  rejectionReason: text('Reason', 2000),
  ownerId: idSchema.nullable(),
  dueDate: dueDateSchema.nullable(),
  ticketUrl: z.union([z.literal(''), urlSchema]).nullable(),
  evidence: text('Evidence', 10_000),
  evidenceLinks: z.array(urlSchema).max(20, 'At most 20 links.'),
};

export const createMitigationSchema = z
  .object({
    modelId: idSchema,
    catalogueId: z.string().max(40).optional(),
    title: editable.title.optional(),
    description: editable.description.optional(),
    controlType: editable.controlType.optional(),
    ownerId: editable.ownerId.optional(),
    dueDate: editable.dueDate.optional(),
    /** Threats this mitigation addresses (same model). */
    threatIds: z.array(idSchema).max(500).default([]),
  })
  .refine((v) => v.catalogueId || v.title, { message: 'Give the mitigation a title or pick one from the catalogue.', path: ['title'] });

/** Labels of the editable fields, for conflict messages. */
export const mitigationFieldLabels = {
  title: 'Title', description: 'Description', controlType: 'Control type', status: 'Status', rejectionReason: 'Reason for rejecting',
  ownerId: 'Owner', dueDate: 'Due date', ticketUrl: 'Ticket URL', evidence: 'Evidence', evidenceLinks: 'Evidence links',
} as const satisfies Record<keyof typeof editable, string>;
export type MitigationField = keyof typeof mitigationFieldLabels;
/** Free-text fields two people's versions of can be merged by hand. */
export const mergeableMitigationFields: readonly MitigationField[] = ['title', 'description', 'evidence'];

/**
 * The values of the changed fields as the editor last saw them (for a field-level merge when the
 * version is stale). Loosely typed: they are compared with what is saved, never written.
 */
export const mitigationBaseSchema = z
  .object({
    title: z.string().max(10_000),
    description: z.string().max(20_000),
    controlType: z.string().max(40),
    status: z.string().max(40),
    rejectionReason: z.string().max(10_000).nullable(),
    ownerId: idSchema.nullable(),
    dueDate: z.string().max(40).nullable(),
    ticketUrl: z.string().max(4000).nullable(),
    evidence: z.string().max(20_000),
    evidenceLinks: z.array(z.string().max(4000)).max(100),
  })
  .partial();

export const updateMitigationSchema = z.object({
  mitigationId: idSchema,
  version: versionSchema,
  /** Optional: without it a stale version is refused outright (older clients). */
  base: mitigationBaseSchema.optional(),
  changes: z
    .object(editable)
    .partial()
    .refine((c) => Object.keys(c).length > 0, 'Nothing to change.')
    .refine((c) => c.status !== 'rejected' || (c.rejectionReason?.length ?? 0) >= 3, {
      message: 'Say why it is rejected (at least 3 characters).',
      path: ['rejectionReason'],
    }),
});

export const bulkUpdateMitigationsSchema = z.object({
  workspaceId: idSchema,
  mitigationIds: z.array(idSchema).min(1, 'Select at least one mitigation.').max(5000),
  changes: z
    .object({ status: mitigationStatusSchema, ownerId: idSchema.nullable(), rejectionReason: editable.rejectionReason })
    .partial()
    .refine((c) => c.status !== undefined || c.ownerId !== undefined, 'Nothing to change.')
    .refine((c) => c.status !== 'rejected' || (c.rejectionReason?.length ?? 0) >= 3, {
      message: 'Say why they are rejected (at least 3 characters).',
      path: ['rejectionReason'],
    }),
});

const reduction = z.number().int().min(0, 'Between 0 and 4.').max(4, 'Between 0 and 4.');
export const linkMitigationSchema = z.object({
  threatId: idSchema,
  mitigationId: idSchema,
  likelihoodReduction: reduction.default(0),
  impactReduction: reduction.default(0),
});
export const unlinkMitigationSchema = z.object({ threatId: idSchema, mitigationId: idSchema });
export const deleteMitigationsSchema = z.object({ workspaceId: idSchema, mitigationIds: z.array(idSchema).min(1).max(5000) });

/** Default effect of a new link: preventive controls make it less likely, corrective ones less harmful. */
export function defaultReduction(controlType: ControlType): { likelihoodReduction: number; impactReduction: number } {
  if (controlType === 'preventive') return { likelihoodReduction: 1, impactReduction: 0 };
  if (controlType === 'corrective') return { likelihoodReduction: 0, impactReduction: 1 };
  return { likelihoodReduction: 0, impactReduction: 1 };
}

/** Work not yet done by its due date (implemented work awaits verification, so it is not overdue). */
export function isOverdue(status: string, dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today && (status === 'proposed' || status === 'planned' || status === 'in-progress');
}

/** Today's date in UTC as YYYY-MM-DD (due dates are calendar dates). */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
