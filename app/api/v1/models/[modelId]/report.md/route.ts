import { markdownReportQuerySchema, modelToMarkdown } from '@/lib/exchange/markdown-report';
import { authedRoute } from '@/server/authed-route';
import { exportModel } from '@/server/exports/export-model';

/** The model as a Markdown report: ?minRisk=high&includeDismissed=true&sections=summary,threats */
export const GET = authedRoute(markdownReportQuerySchema, async (actor, input) => {
  const doc = await exportModel(actor, input.modelId);
  const markdown = modelToMarkdown(doc, { minRisk: input.minRisk, includeDismissed: input.includeDismissed, sections: input.sections });
  const name = doc.model.name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'model';
  return new Response(markdown, {
    headers: {
      'content-type': 'text/markdown; charset=utf-8',
      'content-disposition': `attachment; filename="${name}-report.md"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});
