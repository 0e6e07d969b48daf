import { z } from 'zod';
import { ratingSchema } from '../domain/risk';
import { threatTargetSchema } from '../domain/threat';
import { idSchema, nameSchema, versionSchema } from '../validation/common';
import { agendaModes } from './agenda';

// Inputs of the workshop actions, shared by the forms and the server.

export const MAX_TIMEBOX_MINUTES = 240;

export const startWorkshopSchema = z.object({
  modelId: idSchema,
  title: nameSchema('Title', 120),
  agendaMode: z.enum(agendaModes, { message: 'Choose how to build the agenda.' }),
  timeboxMinutes: z
    .number({ message: 'Give the minutes per stage.' })
    .int('Whole minutes, please.')
    .min(1, 'At least 1 minute per stage.')
    .max(MAX_TIMEBOX_MINUTES, `At most ${MAX_TIMEBOX_MINUTES} minutes per stage.`),
});

export const workshopRefSchema = z.object({ workshopId: idSchema });

/** Go to a stage (next, previous, jump); the current stage again restarts its timer. */
export const moveStageSchema = z.object({ workshopId: idSchema, index: z.number().int().min(0).max(100_000) });

export const castVoteSchema = z.object({ workshopId: idSchema, threatId: idSchema, likelihood: ratingSchema, impact: ratingSchema });

export const revealVotesSchema = z.object({ workshopId: idSchema, threatId: idSchema });

const text = (label: string, max: number) =>
  z
    .string({ message: `${label} is required.` })
    .transform((s) => s.replace(/\r\n/g, '\n').trim())
    .pipe(z.string().min(1, `${label} is required.`).max(max, `${label} must be at most ${max} characters.`));

export const addWorkshopThreatSchema = z
  .object({
    workshopId: idSchema,
    target: threatTargetSchema,
    catalogueId: z.string().max(40).optional(),
    title: z.string().max(200, 'Title must be at most 200 characters.').transform((s) => s.trim()).optional(),
    description: z.string().max(10_000).transform((s) => s.trim()).optional(),
    likelihood: ratingSchema.optional(),
    impact: ratingSchema.optional(),
  })
  .refine((v) => v.catalogueId || v.title, { message: 'Give the threat a title or pick one from the catalogue.', path: ['title'] });

export const acceptWorkshopSuggestionSchema = z.object({ workshopId: idSchema, suggestionId: idSchema });

export const addParkingLotItemSchema = z.object({ workshopId: idSchema, text: text('Question', 1000) });

export const resolveParkingLotItemSchema = z.object({ itemId: idSchema, resolved: z.boolean(), version: versionSchema });

export const addWorkshopDecisionSchema = z.object({ workshopId: idSchema, text: text('Decision', 2000) });

/** The agenda as stored on the workshop row (parsed back tolerantly). */
export const agendaSchema = z.array(
  z.object({ key: z.string(), title: z.string(), elementIds: z.array(z.string()), flowIds: z.array(z.string()) }),
);
