import { modelRefSchema } from '@/lib/domain/model';
import { downloadResponse, fileStem } from '@/lib/exchange/download';
import { authedRoute } from '@/server/authed-route';
import { exportModel } from '@/server/exports/export-model';

/** The whole model as a versioned JSON document (see lib/exchange/model-document.ts). */
export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const doc = await exportModel(actor, input.modelId);
  return downloadResponse(doc, `${fileStem(doc.model.name)}.threatline.json`);
});
