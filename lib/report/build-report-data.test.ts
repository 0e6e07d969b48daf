import { describe, expect, it } from 'vitest';
import { buildReportData } from './build-report-data';
import { reportSections } from './options';
import { HOSTILE_TITLE, reportTestDocument } from './test-document';
import { cleanLine, cleanText } from './text';

const base = { sections: [...reportSections], includeDismissed: false, author: 'Ana <ana@example.test>', generatedAt: '2026-11-20T12:00:00.000Z' };

describe('buildReportData', () => {
  it('groups threats by stage in diagram order, flows after elements and the model last', () => {
    const doc = reportTestDocument();
    const data = buildReportData(doc, base);
    expect(data.stages.map((s) => s.type)).toEqual(['element', 'element', 'flow', 'model']);
    const [e1] = doc.graph.elements;
    const first = data.stages.find((s) => s.key === `element:${e1!.id}`)!;
    expect(first.threats.map((t) => t.id).sort()).toEqual(['t-crit', 't-high']);
    expect(data.stages.at(-1)).toMatchObject({ key: 'model', name: 'Whole model' });
    expect(data.threatCount).toBe(5);
    // Refs follow print order and are unique.
    const refs = data.stages.flatMap((s) => s.threats.map((t) => t.ref));
    expect(refs).toEqual(['T-001', 'T-002', 'T-003', 'T-004', 'T-005'].slice(0, refs.length));
  });

  it('orders threats within a stage by residual risk and computes residual from verified mitigations only', () => {
    const data = buildReportData(reportTestDocument(), base);
    const threats = data.stages.flatMap((s) => s.threats);
    const crit = threats.find((t) => t.id === 't-crit')!;
    const high = threats.find((t) => t.id === 't-high')!;
    expect(crit.inherent).toMatchObject({ likelihood: 5, impact: 4, score: 20, level: 'critical' });
    expect(crit.residual).toMatchObject({ likelihood: 3, impact: 3, score: 9, level: 'medium' }); // verified: -2/-1
    expect(high.residual).toMatchObject({ likelihood: 3, impact: 4, score: 12 }); // planned: no credit
    const stage = data.stages.find((s) => s.threats.some((t) => t.id === 't-crit'))!;
    expect(stage.threats.map((t) => t.id)).toEqual(['t-high', 't-crit']);
  });

  it('names framework references officially and builds the mapping appendix', () => {
    const data = buildReportData(reportTestDocument(), base);
    const crit = data.stages.flatMap((s) => s.threats).find((t) => t.id === 't-crit')!;
    expect(crit.references).toContainEqual({ framework: 'OWASP Top 10 for LLM Applications', id: 'LLM01:2025', name: 'Prompt Injection' });
    expect(crit.references.find((r) => r.id === 'AML.T0051')?.name).toMatch(/Prompt Injection/);
    const llm = data.frameworks.find((f) => f.framework === 'OWASP Top 10 for LLM Applications')!;
    expect(llm.entries).toEqual([{ id: 'LLM01:2025', name: 'Prompt Injection', threatRefs: [crit.ref] }]);
    expect(data.frameworks.find((f) => f.framework === 'STRIDE')!.entries.map((e) => e.name)).toEqual(['Elevation of privilege', 'Tampering']);
    expect(data.frameworks.map((f) => f.framework)).toContain('OWASP Top 10 for Agentic Applications');
  });

  it('filters by minimum inherent risk, and keeps only mitigations for listed threats', () => {
    const data = buildReportData(reportTestDocument(), { ...base, minRisk: 'high' });
    const ids = data.stages.flatMap((s) => s.threats.map((t) => t.id)).sort();
    expect(ids).toEqual(['t-crit', 't-high', 't-model']);
    expect(data.mitigations.map((m) => m.id).sort()).toEqual(['m-planned', 'm-verified']);
    expect(data.mitigations.find((m) => m.id === 'm-planned')!.threatRefs).toHaveLength(1); // t-med is filtered out
    expect(data.meta.filters[0]).toMatch(/high inherent risk and above \(3 of 5\)/);
    // The summary still describes the whole model.
    expect(data.summary.totals.threats).toBe(5);
  });

  it('summarises counts by risk and status, top open risks and coverage', () => {
    const data = buildReportData(reportTestDocument(), base);
    const critical = data.summary.byRisk.find((r) => r.level === 'critical')!;
    expect(critical.total).toBe(2);
    expect(critical.counts).toMatchObject({ identified: 1, mitigated: 1 });
    expect(data.summary.topOpen.map((t) => t.id)).toEqual(['t-high', 't-crit', 't-med']);
    expect(data.summary.coverage).toEqual({ highOrCritical: 3, covered: 2, ratio: 2 / 3 });
    expect(data.summary.totals).toMatchObject({ open: 3, mitigations: 3, verified: 1, overdue: 1 });
    expect(data.mitigations[0]!.id).toBe('m-planned'); // open work first
    expect(data.mitigations.find((m) => m.id === 'm-planned')!.overdue).toBe(true);
  });

  it('lists dismissed suggestions with reasons only when asked', () => {
    expect(buildReportData(reportTestDocument(), base).dismissed).toBeNull();
    const data = buildReportData(reportTestDocument(), { ...base, includeDismissed: true });
    const doc = reportTestDocument();
    expect(data.dismissed).toHaveLength(doc.suggestions.filter((x) => x.status === 'dismissed').length);
    expect(data.dismissed!.map((d) => d.reason)).toContain('Covered by the platform team');
    expect(data.meta.filters[1]).toMatch(/Dismissed rule suggestions are listed/);
  });

  it('fills the 5×5 matrices, leaving out threats that are not applicable', () => {
    const doc = reportTestDocument();
    doc.threats[3]!.status = 'not-applicable';
    const data = buildReportData(doc, base);
    const sum = (g: number[][]) => g.flat().reduce((a, b) => a + b, 0);
    expect(sum(data.matrix.inherent)).toBe(4);
    expect(data.matrix.inherent[4]![3]).toBe(1); // t-crit: L5 × I4
    expect(data.matrix.residual[2]![2]).toBe(2); // t-crit and t-model: L3 × I3 after verified work
  });

  it('keeps hostile text as text but strips control characters', () => {
    const data = buildReportData(reportTestDocument(), base);
    const high = data.stages.flatMap((s) => s.threats).find((t) => t.id === 't-high')!;
    expect(high.title).toBe(HOSTILE_TITLE);
    expect(high.description).toBe('Line one\nline two');
    expect(cleanLine('a\u0000b\r\nc\u202ed')).toBe('ab cd');
    expect(cleanText('x'.repeat(20), 10)).toHaveLength(10);
  });

  it('computes diagram geometry in absolute, scaled coordinates with badges and crossing flows', () => {
    const doc = reportTestDocument();
    const data = buildReportData(doc, base);
    const d = data.diagram!;
    expect(d.width).toBeLessThanOrEqual(770);
    expect(d.height).toBeLessThanOrEqual(430);
    for (const e of d.elements) {
      expect(e.x).toBeGreaterThanOrEqual(0);
      expect(e.x + e.width).toBeLessThanOrEqual(d.width + 0.001);
      expect(e.y + e.height).toBeLessThanOrEqual(d.height + 0.001);
    }
    // An element sits inside its boundary once positions are absolute.
    const child = doc.graph.elements.find((e) => e.boundaryId)!;
    const eBox = d.elements.find((e) => e.id === child.id)!;
    const bBox = d.boundaries.find((b) => b.id === child.boundaryId)!;
    expect(eBox.x).toBeGreaterThanOrEqual(bBox.x);
    expect(eBox.y + eBox.height).toBeLessThanOrEqual(bBox.y + bBox.height + 0.001);
    expect(d.elements.find((e) => e.id === doc.graph.elements[0]!.id)!.openThreats).toBe(2);
    expect(d.flows.some((f) => f.crossesBoundary)).toBe(true);
    expect(d.boundaries.map((b) => b.depth)).toEqual([...d.boundaries.map((b) => b.depth)].sort((a, b) => a - b));
    expect(buildReportData(doc, { ...base, sections: ['summary'] }).diagram).toBeNull();
  });
});
