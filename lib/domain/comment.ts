import { z } from 'zod';
import { idSchema } from '../validation/common';

// Comments on threats: a discussion thread per threat (workshops show them next to the votes).

export const COMMENT_MAX = 5000;

export const addCommentSchema = z.object({
  threatId: idSchema,
  body: z
    .string({ message: 'Write a comment.' })
    .transform((s) => s.replace(/\r\n/g, '\n').trim())
    .pipe(z.string().min(1, 'Write a comment.').max(COMMENT_MAX, `Comments are at most ${COMMENT_MAX.toLocaleString('en')} characters.`)),
});

export const deleteCommentSchema = z.object({ commentId: idSchema });

/** A model's comments, or one threat's. */
export const listCommentsSchema = z.object({ modelId: idSchema, threatId: idSchema.optional() });
