import { z } from 'zod';
import { idSchema } from '@/lib/validation/common';
import { authedRoute } from '@/server/authed-route';
import { listAuditEvents } from '@/server/audit/list-audit-events';

const querySchema = z.object({
  workspaceId: idSchema,
  cursor: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const GET = authedRoute(querySchema, (actor, input) => listAuditEvents(actor, input));
