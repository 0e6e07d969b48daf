import { z } from 'zod';
import { riskLevels, type RiskLevel } from '../domain/risk';
import { idSchema } from '../validation/common';

/** Report sections in the order they appear in the PDF. */
export const reportSections = ['cover', 'summary', 'scope', 'diagram', 'threats', 'mitigations', 'matrix', 'bom', 'frameworks'] as const;
export type ReportSection = (typeof reportSections)[number];

export const reportSectionLabels: Record<ReportSection, string> = {
  cover: 'Cover page and contents',
  summary: 'Executive summary',
  scope: 'Scope',
  diagram: 'Pipeline diagram',
  threats: 'Threats',
  mitigations: 'Mitigation plan',
  matrix: 'Risk matrix',
  bom: 'AI bill of materials',
  frameworks: 'Framework mapping',
};

/** What a user chooses in the Report tab; the same schema validates the REST body. */
export const reportOptionsSchema = z.object({
  sections: z
    .array(z.enum(reportSections, { message: 'Choose a known section.' }))
    .min(1, 'Choose at least one section.')
    .max(reportSections.length * 2)
    // Canonical order, no duplicates, whatever order the caller sent.
    .transform((s) => reportSections.filter((k) => s.includes(k))),
  minRisk: z.enum(riskLevels, { message: 'Choose low, medium, high or critical.' }).optional(),
  includeDismissed: z.boolean().default(false),
  /** Report on a snapshot (e.g. the one a workshop took) instead of the model as it is now. */
  snapshotId: idSchema.optional(),
});
export type ReportChoice = z.input<typeof reportOptionsSchema>;

export interface ReportOptions {
  sections: readonly ReportSection[];
  /** Threats whose inherent risk is below this level are left out of the register, plan and appendix. */
  minRisk?: RiskLevel;
  includeDismissed: boolean;
  author: string;
  /** ISO timestamp. */
  generatedAt: string;
  /** Set when the report is of a snapshot rather than the current model. */
  snapshot?: { id: string; name: string; takenAt: string };
}

export const startReportSchema = reportOptionsSchema.extend({ modelId: idSchema });
export const reportJobRefSchema = z.object({ modelId: idSchema, jobId: z.uuid({ message: 'Not a report id.' }) });
