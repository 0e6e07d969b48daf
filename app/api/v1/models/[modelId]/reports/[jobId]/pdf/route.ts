import { reportJobRefSchema } from '@/lib/report/options';
import { authedRoute } from '@/server/authed-route';
import { getReportPdf } from '@/server/reports/get-report-pdf';

export const GET = authedRoute(reportJobRefSchema, async (actor, input) => {
  const { pdf, filename } = await getReportPdf(actor, input.modelId, input.jobId);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${filename}"`,
      'content-length': String(pdf.byteLength),
      'cache-control': 'no-store',
    },
  });
});
