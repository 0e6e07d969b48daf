import { todayIso } from '@/lib/domain/mitigation';
import { mitigationsToCsv } from '@/lib/exchange/mitigations-csv';
import { filterMitigations, trackerFilterSchema } from '@/lib/tracker/filters';
import { idSchema } from '@/lib/validation/common';
import { authedRoute } from '@/server/authed-route';
import { listMitigations } from '@/server/mitigations/list-mitigations';

const schema = trackerFilterSchema.extend({ workspaceId: idSchema });

/** The tracker's rows as CSV, filtered exactly like the view whose URL parameters it receives. */
export const GET = authedRoute(schema, async (actor, { workspaceId, ...filters }) => {
  const rows = filterMitigations(await listMitigations(actor, { workspaceId }), filters, { today: todayIso(), meId: actor.userId });
  return new Response(mitigationsToCsv(rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="mitigations-${todayIso()}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
