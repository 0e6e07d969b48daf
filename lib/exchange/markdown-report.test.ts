import { describe, expect, it } from 'vitest';
import { mdBlock, mdInline, mermaidLabel } from './markdown-escape';
import { markdownReportQuerySchema, modelToMarkdown } from './markdown-report';
import { sampleDocument } from './test-document';

const HOSTILE = 'Evil | `rm -rf` [x](javascript:alert(1)) <script>alert(1)</script> "quote" ]]> end';

describe('markdown escaping', () => {
  it('neutralises HTML and inline Markdown', () => {
    const s = mdInline(HOSTILE);
    expect(s).not.toMatch(/<|>/);
    expect(s).toContain('&lt;script&gt;');
    expect(s).toContain('\\|');
    expect(s).toContain('\\`rm -rf\\`');
    expect(s).toContain('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(mdInline('a\nb')).toBe('a b');
  });

  it('stops user text from starting block structures', () => {
    expect(mdBlock('# Heading\n- item\n1. first\n> quote\n---')).toBe('\\# Heading\n\\- item\n1\\. first\n&gt; quote\n\\---');
  });

  it('makes Mermaid labels inert', () => {
    const label = mermaidLabel('a"] --> x[b | `c` <d> end%%');
    expect(label).not.toMatch(/["[\]|`<>%]/);
    expect(label).toBe('a#34;#93; --#62; x#91;b #124; #96;c#96; #60;d#62; end#37;#37;');
  });
});

describe('modelToMarkdown', () => {
  it('has every section of the report, in order', () => {
    const md = modelToMarkdown(sampleDocument());
    const headings = md.split('\n').filter((l) => /^## /.test(l));
    expect(headings).toEqual(['## Executive summary', '## Scope', '## Pipeline', '## Threats', '## Mitigation plan', '## Risk matrix', '## Appendix: framework mapping']);
    expect(md).toMatch(/^# Threat model: Support chatbot\n/);
    expect(md).toContain('| Workspace | Acme |');
    expect(md).toContain('| Revision | 12 |');
    expect(md).toContain('```mermaid\nflowchart LR\n');
    expect(md).toMatch(/subgraph b1\["/);
    // The verified mitigation lowers threat-a from 4×4 to 2×3.
    expect(md).toContain('- Residual risk: Medium (2 × 3 = 6, from verified mitigations)');
    expect(md).toMatch(/1 of 2 high or critical threats \(50%\) have a verified mitigation/);
    expect(md).toContain('| Filter retrieved content | Verified | Bo | 2026-12-01 | https://tickets.example/SEC-1 |');
    expect(md).toMatch(/\| MITRE ATLAS \| AML\.T\d{4}/);
    expect(md).toMatch(/\| STRIDE \| [STRIDE] \| (Spoofing|Tampering|Repudiation|Information disclosure|Denial of service|Elevation of privilege) \|/);
  });

  it('escapes hostile names everywhere they appear', () => {
    const doc = sampleDocument();
    doc.model.name = HOSTILE;
    doc.model.description = `${HOSTILE}\n# not a heading`;
    doc.graph.elements[0]!.name = HOSTILE;
    doc.graph.boundaries[0]!.name = HOSTILE;
    doc.graph.flows[0]!.label = HOSTILE;
    doc.threats[0]!.title = HOSTILE;
    doc.mitigations[0]!.title = HOSTILE;
    doc.mitigations[0]!.owner = { email: 'x@example.test', name: HOSTILE };
    const md = modelToMarkdown(doc);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/[^\\]`rm/);
    expect(md).not.toContain('\n# not a heading');
    const mermaid = md.split('```mermaid\n')[1]!.split('\n```')[0]!;
    expect(mermaid).not.toMatch(/<script|`/);
    for (const line of mermaid.split('\n').slice(1)) {
      // Each line is a node, a subgraph, an edge or `end`: quoted labels hold no quote, bracket or pipe.
      const labels = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      for (const l of labels) expect(l).not.toMatch(/[[\]|`<>"]/);
    }
    // Every table row still has the same number of cells as its header.
    const plan = md.split('## Mitigation plan')[1]!.split('\n## ')[0]!;
    const rows = plan.split('\n').filter((l) => l.startsWith('|'));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    expect(new Set(rows.map(cells)).size).toBe(1);
  });

  it('filters by risk, includes dismissed items on request and picks sections', () => {
    const doc = sampleDocument();
    doc.threats[1]!.likelihood = 1;
    doc.threats[1]!.impact = 2;
    const all = modelToMarkdown(doc);
    const high = modelToMarkdown(doc, { minRisk: 'high' });
    expect(all).toContain(`#### ${doc.threats[1]!.title}`);
    expect(high).not.toContain(`#### ${doc.threats[1]!.title}`);
    expect(high).toContain('Threats with an inherent risk of high or above.');
    expect(all).not.toContain('### Dismissed suggestions');
    expect(modelToMarkdown(doc, { includeDismissed: true })).toMatch(/### Dismissed suggestions[\s\S]*Handled by the platform team/);
    const some = modelToMarkdown(doc, { sections: ['matrix'] });
    expect(some.split('\n').filter((l) => /^## /.test(l))).toEqual(['## Risk matrix']);
  });

  it('parses the route query', () => {
    expect(markdownReportQuerySchema.parse({ modelId: 'abc', minRisk: 'high', includeDismissed: 'true', sections: 'summary, threats' }))
      .toEqual({ modelId: 'abc', minRisk: 'high', includeDismissed: true, sections: ['summary', 'threats'] });
    expect(markdownReportQuerySchema.safeParse({ modelId: 'abc', sections: 'summary,secrets' }).success).toBe(false);
    expect(markdownReportQuerySchema.safeParse({ modelId: 'abc', minRisk: 'extreme' }).success).toBe(false);
  });
});
