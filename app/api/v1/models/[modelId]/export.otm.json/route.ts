import { modelRefSchema } from '@/lib/domain/model';
import { exportOtm } from '@/lib/interop/otm/export';
import { downloadResponse, fileStem } from '@/lib/exchange/download';
import { authedRoute } from '@/server/authed-route';
import { exportModel } from '@/server/exports/export-model';

/** The model as an Open Threat Model (OTM 0.2) document. */
export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const doc = await exportModel(actor, input.modelId);
  return downloadResponse(exportOtm(doc), `${fileStem(doc.model.name)}.otm.json`);
});
