import { markdownReportQuerySchema, modelToMarkdown } from '@/lib/exchange/markdown-report';
import { downloadResponse, fileStem } from '@/lib/exchange/download';
import { authedRoute } from '@/server/authed-route';
import { exportModel } from '@/server/exports/export-model';

/** The model as a Markdown report: ?minRisk=high&includeDismissed=true&sections=summary,threats */
export const GET = authedRoute(markdownReportQuerySchema, async (actor, input) => {
  const doc = await exportModel(actor, input.modelId);
  const markdown = modelToMarkdown(doc, { minRisk: input.minRisk, includeDismissed: input.includeDismissed, sections: input.sections });
  return downloadResponse(markdown, `${fileStem(doc.model.name)}-report.md`, 'text/markdown; charset=utf-8');
});
