import { modelRefSchema } from '@/lib/domain/model';
import { CYCLONEDX_MEDIA_TYPE } from '@/lib/exchange/cyclonedx';
import { authedRoute } from '@/server/authed-route';
import { exportAiBom } from '@/server/bom/export-ai-bom';

/** The model's AI bill of materials as CycloneDX 1.6 JSON (see lib/exchange/cyclonedx.ts). */
export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const { bom, filename } = await exportAiBom(actor, input.modelId);
  return new Response(`${JSON.stringify(bom, null, 2)}\n`, {
    headers: {
      'content-type': CYCLONEDX_MEDIA_TYPE,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
});
