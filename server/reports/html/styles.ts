import 'server-only';
import type { RiskLevel } from '@/lib/domain/risk';

export const riskColors: Record<RiskLevel, { fill: string; text: string }> = {
  low: { fill: '#dcfce7', text: '#14532d' },
  medium: { fill: '#fef9c3', text: '#713f12' },
  high: { fill: '#ffedd5', text: '#7c2d12' },
  critical: { fill: '#fee2e2', text: '#7f1d1d' },
};

export const CROSSING = '#dc2626';
export const MUTED = '#64748b';

/** Body text: DejaVu Sans, then the CJK fallbacks served with it (see print/fonts.ts). */
export const FONT_STACK = "'DejaVu Sans', 'Noto Sans SC', 'Noto Sans KR', sans-serif";

/**
 * Page margins in points. The header and footer live in the margins (@page margin boxes, see
 * print/page-css.ts); "Page N of M" is stamped into the bottom margin after merging.
 */
export const MARGIN = { top: 48, right: 36, bottom: 44, left: 36 };

// The report's stylesheet: the house style of the former react-pdf report (9 pt DejaVu Sans,
// slate greys, pale risk fills), written for Chromium's print layout. Served to the page as a
// file through the print route; it contains no user text.
export const reportCss = `
/* Only ever printed: skipping the screen layout of a large report saves a third of Chromium's work. */
@media screen { body { display: none; } }
html { font-family: ${FONT_STACK}; font-size: 9pt; line-height: 1.3; color: #0f172a; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1 { font-size: 18pt; font-weight: bold; margin: 0 0 10pt; line-height: 1.15; }
h2 { font-size: 12pt; font-weight: bold; margin: 12pt 0 6pt; break-after: avoid; }
h3 { font-size: 10pt; font-weight: bold; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; }
h1, h2, h3, p, td, th, li, .wrap { overflow-wrap: anywhere; }
.pre { white-space: pre-wrap; }
.muted { color: ${MUTED}; }
.small { font-size: 7.5pt; }
.bold { font-weight: bold; }
.mono { font-family: 'DejaVu Sans Mono', ${FONT_STACK}; font-size: 7.5pt; }
.overdue { color: #b91c1c; font-weight: bold; }
a { color: #1d4ed8; text-decoration: none; }
table.grid { width: 100%; table-layout: fixed; border-collapse: collapse; border: 0.5pt solid #cbd5e1; margin: 0 0 8pt; }
table.grid thead { display: table-header-group; }
table.grid th { background: #f1f5f9; font-size: 7.5pt; font-weight: bold; text-align: left; vertical-align: bottom; padding: 3pt; border-bottom: 0.5pt solid #cbd5e1; }
table.grid th.group { background: #ffffff; font-size: 10pt; padding: 5pt 3pt 4pt; border-bottom: 0.5pt solid #cbd5e1; }
table.grid td { padding: 3pt; vertical-align: top; border-bottom: 0.5pt solid #e2e8f0; }
table.grid tr { break-inside: avoid; }
.cell-line { display: block; margin-top: 1pt; }
.pill { display: inline-block; white-space: nowrap; border-radius: 3pt; padding: 1pt 2pt; font-size: 7.5pt; }
.ref { white-space: nowrap; font-size: 7.5pt; }
.stats { display: flex; gap: 8pt; margin: 0 0 10pt; }
.stat { flex: 1 1 0; border: 0.5pt solid #cbd5e1; border-radius: 4pt; padding: 6pt; }
.stat-value { font-size: 16pt; font-weight: bold; }
.cover-head { margin: 90pt 0 30pt; }
.cover-kicker { color: ${MUTED}; font-size: 11pt; margin-bottom: 6pt; }
.cover-title { font-size: 24pt; font-weight: bold; margin: 0 0 14pt; line-height: 1.15; overflow-wrap: anywhere; }
.contents { width: 100%; border-collapse: collapse; }
.contents td { padding: 3pt 0; border-bottom: 0.5pt solid #e2e8f0; }
.contents td.page { width: 40pt; text-align: right; }
.contents a { color: inherit; }
.legend { display: flex; gap: 16pt; margin-top: 6pt; }
.diagram { break-inside: avoid; }
.diagram svg { display: block; }
.matrices { display: flex; gap: 16pt; }
.matrix { flex: 1 1 0; break-inside: avoid; }
.matrix table { border-collapse: collapse; }
.matrix td { width: 34pt; height: 28pt; text-align: center; vertical-align: middle; border: 0.5pt solid #ffffff; padding: 0; }
.matrix td.label { width: 62pt; text-align: left; font-size: 7.5pt; border: none; }
.matrix td.impact { height: auto; font-size: 6pt; border: none; vertical-align: top; }
`;
