import { modelRefSchema } from '@/lib/domain/model';
import { authedRoute } from '@/server/authed-route';
import { exportModel } from '@/server/exports/export-model';

/** The whole model as a versioned JSON document (see lib/exchange/model-document.ts). */
export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const doc = await exportModel(actor, input.modelId);
  const name = doc.model.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'model';
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.threatline.json"`,
      'cache-control': 'no-store',
    },
  });
});
