import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '../exchange/check-document';
import { modelNameSchema } from '../domain/model';
import { idSchema } from '../validation/common';

// Requests of the import pipeline (preview, start, poll). The file travels as text in a JSON
// body; its size is checked in bytes by the server (413), not here, so the message is clear.

/** Largest file an import reads (the same limit as a Threatline JSON import). */
export const MAX_IMPORT_FILE_BYTES = MAX_IMPORT_BYTES;
/** Body limit of the import routes: the file as a JSON string (escaping may double it) plus the envelope. */
export const MAX_IMPORT_BODY_BYTES = 2 * MAX_IMPORT_FILE_BYTES + 64 * 1024;

export const previewImportSchema = z.object({
  workspaceId: idSchema,
  content: z.string({ message: 'The file content is required.' }),
  filename: z.string().max(255).optional(),
});
export type PreviewImportInput = z.output<typeof previewImportSchema>;

export const startImportSchema = previewImportSchema.extend({
  name: modelNameSchema.optional(),
  /** Merge into this model (same workspace, editor role) instead of creating a new one. */
  mergeIntoModelId: idSchema.optional(),
});
export type StartImportInput = z.output<typeof startImportSchema>;

export const importJobRefSchema = z.object({ workspaceId: idSchema, jobId: z.uuid({ message: 'Not an import id.' }) });

export type ImportJobState = 'parsing' | 'converting' | 'validating' | 'writing' | 'done' | 'failed';
export const importStages: readonly ImportJobState[] = ['parsing', 'converting', 'validating', 'writing', 'done'];
