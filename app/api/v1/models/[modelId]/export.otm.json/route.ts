import { modelRefSchema } from '@/lib/domain/model';
import { exportOtm } from '@/lib/interop/otm/export';
import { authedRoute } from '@/server/authed-route';
import { exportModel } from '@/server/exports/export-model';

/** The model as an Open Threat Model (OTM 0.2) document. */
export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const doc = await exportModel(actor, input.modelId);
  const name = doc.model.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'model';
  return new Response(`${JSON.stringify(exportOtm(doc), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8', 'content-disposition': `attachment; filename="${name}.otm.json"`, 'cache-control': 'no-store' },
  });
});
