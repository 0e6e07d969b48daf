import { modelRefSchema } from '@/lib/domain/model';
import { exportThreatComposer } from '@/lib/interop/threat-composer/export';
import { downloadResponse, fileStem } from '@/lib/exchange/download';
import { authedRoute } from '@/server/authed-route';
import { exportModel } from '@/server/exports/export-model';

/** The model as an AWS Threat Composer file (schema v1; opens in Threat Composer). */
export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const doc = await exportModel(actor, input.modelId);
  return downloadResponse(exportThreatComposer(doc), `${fileStem(doc.model.name)}.tc.json`);
});
