import { modelRefSchema } from '@/lib/domain/model';
import { threatsToCsv } from '@/lib/exchange/threats-csv';
import { authedRoute } from '@/server/authed-route';
import { getModel } from '@/server/models/get-model';
import { listThreats } from '@/server/threats/list-threats';

export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const model = await getModel(actor, input.modelId);
  const csv = threatsToCsv(await listThreats(actor, input.modelId));
  const name = model.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'model';
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="threats-${name}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
