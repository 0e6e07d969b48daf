import { z } from 'zod';
import { descriptionSchema, idSchema, nameSchema, versionSchema } from '../validation/common';

export const modelNameSchema = nameSchema('Model name', 120);

export const createModelSchema = z.object({
  workspaceId: idSchema,
  name: modelNameSchema,
  description: descriptionSchema.default(''),
  /** Start from one of lib/templates instead of an empty diagram. */
  templateId: z.string().max(64).regex(/^[a-z0-9-]+$/, 'Unknown template.').optional(),
});

export const updateModelSchema = z
  .object({
    modelId: idSchema,
    version: versionSchema,
    name: modelNameSchema.optional(),
    description: descriptionSchema.optional(),
  })
  .refine((v) => v.name !== undefined || v.description !== undefined, {
    message: 'Nothing to change.',
    path: ['name'],
  });

export const duplicateModelSchema = z.object({ modelId: idSchema, name: modelNameSchema.optional() });

export const deleteModelSchema = z.object({
  modelId: idSchema,
  // The user types the model's name to confirm; checked on the server against the current name.
  confirmName: z.string().max(200),
});

export const modelRefSchema = z.object({ modelId: idSchema });
