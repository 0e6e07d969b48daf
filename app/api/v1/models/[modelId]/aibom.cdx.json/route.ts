import { modelRefSchema } from '@/lib/domain/model';
import { CYCLONEDX_MEDIA_TYPE } from '@/lib/exchange/cyclonedx';
import { downloadResponse } from '@/lib/exchange/download';
import { authedRoute } from '@/server/authed-route';
import { exportAiBom } from '@/server/bom/export-ai-bom';

/** The model's AI bill of materials as CycloneDX 1.6 JSON (see lib/exchange/cyclonedx.ts). */
export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const { bom, filename } = await exportAiBom(actor, input.modelId);
  return downloadResponse(bom, filename, CYCLONEDX_MEDIA_TYPE);
});
