import { z } from 'zod';
import { saveOpsSchema } from '@/lib/graph/op-schema';
import { idSchema } from '@/lib/validation/common';
import { authedRoute } from '@/server/authed-route';
import { applyCanvasOps } from '@/server/canvas/apply-canvas-ops';
import { getCanvas } from '@/server/canvas/get-canvas';

export const GET = authedRoute(z.object({ modelId: idSchema }), (actor, input) => getCanvas(actor, input.modelId));

export const POST = authedRoute(saveOpsSchema, (actor, input) => applyCanvasOps(actor, input));
