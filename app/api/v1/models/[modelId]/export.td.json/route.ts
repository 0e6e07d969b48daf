import { modelRefSchema } from '@/lib/domain/model';
import { exportThreatDragon } from '@/lib/interop/threat-dragon/export';
import { downloadResponse, fileStem } from '@/lib/exchange/download';
import { authedRoute } from '@/server/authed-route';
import { exportModel } from '@/server/exports/export-model';

/** The model as an OWASP Threat Dragon v2 file (opens in Threat Dragon). */
export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const doc = await exportModel(actor, input.modelId);
  return downloadResponse(exportThreatDragon(doc), `${fileStem(doc.model.name)}.td.json`);
});
