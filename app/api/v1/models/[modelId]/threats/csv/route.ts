import { modelRefSchema } from '@/lib/domain/model';
import { threatsToCsv } from '@/lib/exchange/threats-csv';
import { downloadResponse, fileStem } from '@/lib/exchange/download';
import { authedRoute } from '@/server/authed-route';
import { getModel } from '@/server/models/get-model';
import { listThreats } from '@/server/threats/list-threats';

export const GET = authedRoute(modelRefSchema, async (actor, input) => {
  const model = await getModel(actor, input.modelId);
  const csv = threatsToCsv(await listThreats(actor, input.modelId));
  return downloadResponse(csv, `threats-${fileStem(model.name)}.csv`, 'text/csv; charset=utf-8');
});
