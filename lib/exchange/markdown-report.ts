import { z } from 'zod';
import { referenceName, referenceFrameworks, threatById, type ReferenceFramework } from '../catalogue';
import { mitigationStatusLabels, type MitigationStatus } from '../domain/mitigation';
import { residualRating } from '../domain/residual';
import { impactLabels, likelihoodLabels, riskLevel, riskLevelLabels, riskLevels, riskRank, riskScore, type RiskLevel } from '../domain/risk';
import { openThreatStatuses, strideLabels, threatStatuses, threatStatusLabels, type ThreatStatus } from '../domain/threat';
import { idSchema } from '../validation/common';
import { mdBlock, mdCell, mdInline } from './markdown-escape';
import { mermaidFlowchart } from './markdown-mermaid';
import type { DocumentThreat, ModelDocument } from './model-document';

export const markdownSections = ['summary', 'scope', 'pipeline', 'threats', 'mitigations', 'matrix', 'appendix'] as const;
export type MarkdownSection = (typeof markdownSections)[number];

export interface MarkdownReportOptions {
  /** Leave out threats whose inherent risk is below this level (the summary still counts all). */
  minRisk?: RiskLevel;
  /** Also list not-applicable threats and dismissed rule suggestions (with their reasons). */
  includeDismissed?: boolean;
  /** Sections to include, in the report's order; the title block is always there. */
  sections?: readonly string[];
}

const flag = z.enum(['true', 'false', '1', '0', '']).transform((v) => v === 'true' || v === '1');

/** Query of GET /api/v1/models/{modelId}/report.md. */
export const markdownReportQuerySchema = z.object({
  modelId: idSchema,
  minRisk: z.enum(riskLevels, { message: 'Use low, medium, high or critical.' }).optional(),
  includeDismissed: flag.optional(),
  sections: z
    .string()
    .max(200)
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
    .refine((list) => list.every((s) => (markdownSections as readonly string[]).includes(s)), `Sections are: ${markdownSections.join(', ')}.`)
    .optional(),
});

const frameworkLabels: Record<ReferenceFramework, string> = {
  atlas: 'MITRE ATLAS',
  owaspLlm: 'OWASP Top 10 for LLM Applications',
  owaspAgentic: 'OWASP Top 10 for Agentic Applications',
  owaspMl: 'OWASP Machine Learning Security Top 10',
  nist: 'NIST AI 100-2',
  k8s: 'Kubernetes',
  supplyChain: 'Supply chain',
};

interface Row {
  threat: DocumentThreat;
  inherent: { likelihood: number; impact: number; score: number; level: RiskLevel };
  residual: { likelihood: number; impact: number; score: number; level: RiskLevel };
  verified: boolean;
}

const rated = (likelihood: number, impact: number) => ({ likelihood, impact, score: riskScore(likelihood, impact), level: riskLevel(likelihood, impact) });
const statusLabel = (s: string) => threatStatusLabels[s as ThreatStatus] ?? s;
const owner = (p: { email: string; name: string | null } | null) => (p ? p.name || p.email : 'Unassigned');
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** The model as a Markdown report (same outline as the PDF report); pure and deterministic. */
export function modelToMarkdown(doc: ModelDocument, options: MarkdownReportOptions = {}): string {
  const wanted = new Set(options.sections?.length ? options.sections : markdownSections);
  const rows = rateThreats(doc);
  const shown = rows
    .filter((r) => !options.minRisk || riskRank[r.inherent.level] >= riskRank[options.minRisk])
    .filter((r) => options.includeDismissed || r.threat.status !== 'not-applicable');
  const out: string[] = [titleBlock(doc)];
  if (wanted.has('summary')) out.push(summary(rows));
  if (wanted.has('scope')) out.push(scope(doc, rows));
  if (wanted.has('pipeline')) out.push(`## Pipeline\n\n\`\`\`mermaid\n${mermaidFlowchart(doc.graph)}\n\`\`\``);
  if (wanted.has('threats')) out.push(threatSection(doc, shown, options));
  if (wanted.has('mitigations')) out.push(mitigationPlan(doc, shown));
  if (wanted.has('matrix')) out.push(matrix(shown));
  if (wanted.has('appendix')) out.push(appendix(shown));
  return `${out.join('\n\n')}\n`;
}

function rateThreats(doc: ModelDocument): Row[] {
  return doc.threats.map((threat) => {
    const links = doc.mitigations.flatMap((m) => m.links.filter((l) => l.threatId === threat.id).map((l) => ({ ...l, status: m.status })));
    const residual = residualRating(threat.likelihood, threat.impact, links);
    return {
      threat,
      inherent: rated(threat.likelihood, threat.impact),
      residual: rated(residual.likelihood, residual.impact),
      verified: links.some((l) => l.status === 'verified'),
    };
  });
}

function titleBlock(doc: ModelDocument): string {
  return [
    `# Threat model: ${mdInline(doc.model.name) || 'Untitled'}`,
    table(['Field', 'Value'], [
      ['Model', mdCell(doc.model.name)],
      ['Workspace', mdCell(doc.model.workspace.name)],
      ['Revision', String(doc.model.revision)],
      ['Generated', mdCell(doc.exportedAt)],
      ['Catalogue / rules', mdCell(`${doc.generator.catalogueVersion} / ${doc.generator.rulesVersion}`)],
    ]),
  ].join('\n\n');
}

const byRisk = (a: Row, b: Row) => b.residual.score - a.residual.score || b.inherent.score - a.inherent.score || (a.threat.title < b.threat.title ? -1 : 1);

function summary(rows: Row[]): string {
  const open = (r: Row) => (openThreatStatuses as readonly string[]).includes(r.threat.status);
  const levels = [...riskLevels].reverse();
  const riskTable = table(['Risk', 'Threats', 'Open', 'Residual (open)'], levels.map((l) => [
    riskLevelLabels[l],
    String(rows.filter((r) => r.inherent.level === l).length),
    String(rows.filter((r) => r.inherent.level === l && open(r)).length),
    String(rows.filter((r) => r.residual.level === l && open(r)).length),
  ]));
  const statusTable = table(['Status', 'Threats'], threatStatuses.map((s) => [threatStatusLabels[s], String(rows.filter((r) => r.threat.status === s).length)]));
  const top = rows.filter(open).sort(byRisk).slice(0, 5);
  const severe = rows.filter((r) => riskRank[r.inherent.level] >= riskRank.high);
  const covered = severe.filter((r) => r.verified).length;
  const coverage = severe.length
    ? `${covered} of ${severe.length} high or critical threats (${Math.round((covered / severe.length) * 100)}%) have a verified mitigation.`
    : 'There are no high or critical threats.';
  return [
    '## Executive summary',
    `${rows.length} threats in total. ${coverage}`,
    '### Threats by risk',
    riskTable,
    '### Threats by status',
    statusTable,
    '### Top open risks',
    top.length
      ? top.map((r, i) => `${i + 1}. **${mdInline(r.threat.title)}**: ${riskLevelLabels[r.residual.level]} residual risk (${r.residual.score}), ${statusLabel(r.threat.status).toLowerCase()}, owner ${mdInline(owner(r.threat.owner))}`).join('\n')
      : 'No open threats.',
  ].join('\n\n');
}

function scope(doc: ModelDocument, rows: Row[]): string {
  const decided = rows.filter((r) => ['accepted', 'transferred', 'not-applicable'].includes(r.threat.status));
  return [
    '## Scope',
    doc.model.description.trim() ? mdBlock(doc.model.description) : '_No description._',
    '### Assumptions and accepted risks',
    decided.length
      ? decided.map((r) => `- **${mdInline(r.threat.title)}** (${statusLabel(r.threat.status)}): ${mdInline(r.threat.rationale) || 'no rationale given'}`).join('\n')
      : 'No threats are accepted, transferred or marked not applicable.',
  ].join('\n\n');
}

function references(t: DocumentThreat): string[] {
  const out: string[] = [];
  for (const [key, ids] of Object.entries(t.references)) {
    const fw = (referenceFrameworks as readonly string[]).includes(key) ? (key as ReferenceFramework) : null;
    for (const id of ids) {
      const name = fw ? referenceName(fw, id) : undefined;
      out.push(`${mdInline(fw ? frameworkLabels[fw] : key)} ${mdInline(id)}${name ? ` (${mdInline(name)})` : ''}`);
    }
  }
  return out;
}

function threatSection(doc: ModelDocument, rows: Row[], options: MarkdownReportOptions): string {
  const elementName = new Map(doc.graph.elements.map((e) => [e.id, e.name || e.kind]));
  const groups: { title: string; rows: Row[] }[] = [
    ...doc.graph.elements.map((e) => ({ title: `Stage: ${e.name || e.kind}`, rows: rows.filter((r) => r.threat.target.type === 'element' && r.threat.target.id === e.id) })),
    ...doc.graph.flows.map((f) => ({
      title: `Flow: ${elementName.get(f.sourceId) ?? '?'} → ${elementName.get(f.targetId) ?? '?'}${f.label ? ` (${f.label})` : ''}`,
      rows: rows.filter((r) => r.threat.target.type === 'flow' && r.threat.target.id === f.id),
    })),
    { title: 'Whole model', rows: rows.filter((r) => r.threat.target.type === 'model') },
  ].filter((g) => g.rows.length);
  const parts = ['## Threats'];
  if (options.minRisk) parts.push(`Threats with an inherent risk of ${riskLevelLabels[options.minRisk].toLowerCase()} or above.`);
  if (!groups.length) parts.push('No threats.');
  for (const g of groups) {
    parts.push(`### ${mdInline(g.title)}`);
    for (const r of [...g.rows].sort(byRisk)) {
      const t = r.threat;
      const refs = references(t);
      parts.push(
        [
          `#### ${mdInline(t.title)}`,
          '',
          `- Inherent risk: ${riskLevelLabels[r.inherent.level]} (likelihood ${t.likelihood} × impact ${t.impact} = ${r.inherent.score})`,
          `- Residual risk: ${riskLevelLabels[r.residual.level]} (${r.residual.likelihood} × ${r.residual.impact} = ${r.residual.score}, from verified mitigations)`,
          `- Status: ${mdInline(statusLabel(t.status))}`,
          `- Owner: ${mdInline(owner(t.owner))}`,
          ...(t.category ? [`- Category: ${mdInline(t.category)}`] : []),
          ...(t.stride.length ? [`- STRIDE: ${t.stride.map((s) => strideLabels[s as keyof typeof strideLabels] ?? mdInline(s)).join(', ')}`] : []),
          ...(refs.length ? [`- References: ${refs.join('; ')}`] : []),
          ...(t.description.trim() ? ['', mdBlock(t.description)] : []),
          ...(t.rationale.trim() ? ['', `Rationale: ${mdInline(t.rationale)}`] : []),
        ].join('\n'),
      );
    }
  }
  if (options.includeDismissed) {
    const dismissed = doc.suggestions.filter((s) => s.status === 'dismissed');
    parts.push('### Dismissed suggestions');
    parts.push(dismissed.length
      ? table(['Rule', 'Threat', 'Reason'], dismissed.map((s) => [mdCell(s.ruleId), mdCell(threatById(s.threatId)?.title ?? s.threatId), mdCell(s.dismissReason)]))
      : 'No suggestions were dismissed.');
  }
  return parts.join('\n\n');
}

function mitigationPlan(doc: ModelDocument, rows: Row[]): string {
  const included = new Set(rows.map((r) => r.threat.id));
  const titles = new Map(doc.threats.map((t) => [t.id, t.title]));
  const mitigations = doc.mitigations.filter((m) => m.links.length === 0 || m.links.some((l) => included.has(l.threatId)));
  if (!mitigations.length) return '## Mitigation plan\n\nNo mitigations.';
  return [
    '## Mitigation plan',
    table(['Mitigation', 'Status', 'Owner', 'Due', 'Ticket', 'Threats'], mitigations.map((m) => [
      mdCell(m.title),
      mdCell(mitigationStatusLabels[m.status as MitigationStatus] ?? m.status),
      mdCell(owner(m.owner)),
      mdCell(m.dueDate),
      mdCell(m.ticketUrl),
      mdCell(m.links.map((l) => titles.get(l.threatId) ?? l.threatId).join('; ')),
    ])),
  ].join('\n\n');
}

function matrix(rows: Row[]): string {
  const grid = (pick: (r: Row) => { likelihood: number; impact: number }) =>
    table(['Impact \\ Likelihood', ...likelihoodLabels.map((l, i) => `${i + 1} ${l}`)], [5, 4, 3, 2, 1].map((impact) => [
      `${impact} ${impactLabels[impact - 1]}`,
      ...[1, 2, 3, 4, 5].map((likelihood) => {
        const n = rows.filter((r) => pick(r).likelihood === likelihood && pick(r).impact === impact).length;
        return n ? `**${n}** (${riskLevelLabels[riskLevel(likelihood, impact)]})` : '·';
      }),
    ]));
  return ['## Risk matrix', '### Inherent risk', grid((r) => r.inherent), '### Residual risk', grid((r) => r.residual)].join('\n\n');
}

function appendix(rows: Row[]): string {
  const cited = new Map<string, { framework: string; id: string; name: string; threats: Set<string> }>();
  const cite = (framework: string, id: string, name: string, title: string) => {
    const key = `${framework}\u0000${id}`;
    const entry = cited.get(key) ?? { framework, id, name, threats: new Set<string>() };
    entry.threats.add(title);
    cited.set(key, entry);
  };
  for (const { threat: t } of rows) {
    for (const [key, ids] of Object.entries(t.references)) {
      const fw = (referenceFrameworks as readonly string[]).includes(key) ? (key as ReferenceFramework) : null;
      for (const id of ids) cite(fw ? frameworkLabels[fw] : key, id, (fw && referenceName(fw, id)) || '', t.title);
    }
    for (const s of t.stride) cite('STRIDE', s, strideLabels[s as keyof typeof strideLabels] ?? '', t.title);
  }
  const entries = [...cited.values()].sort((a, b) => (a.framework === b.framework ? (a.id < b.id ? -1 : 1) : a.framework < b.framework ? -1 : 1));
  return [
    '## Appendix: framework mapping',
    entries.length
      ? table(['Framework', 'Id', 'Name', 'Threats'], entries.map((e) => [mdCell(e.framework), mdCell(e.id), mdCell(e.name), String(e.threats.size)]))
      : 'No framework references.',
  ].join('\n\n');
}
