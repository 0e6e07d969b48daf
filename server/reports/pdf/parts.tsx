import 'server-only';
import { Page, Text, View } from '@react-pdf/renderer';
import type { ReactNode } from 'react';
import { packGroups, type Group } from '@/lib/report/pack';
import type { Rating } from '@/lib/report/types';
import { riskColors, s } from './styles';

export type TocId = 'summary' | 'scope' | 'diagram' | 'threats' | 'dismissed' | 'mitigations' | 'matrix' | 'bom' | 'frameworks';

/** Shared by every page while one document renders: records where each section starts. */
export interface RenderContext {
  modelName: string;
  generatedLabel: string;
  mark: (id: TocId, pageNumber: number) => void;
}

export function SectionPage({ id, title, ctx, landscape, continued, children }: { id: TocId; title: string; ctx: RenderContext; landscape?: boolean; continued?: boolean; children: ReactNode }) {
  return (
    <Page size="A4" orientation={landscape ? 'landscape' : 'portrait'} style={s.page}>
      <View fixed style={s.header}>
        <Text style={{ maxWidth: '70%' }}>{ctx.modelName}</Text>
        <Text
          render={({ pageNumber }) => {
            ctx.mark(id, pageNumber);
            return title;
          }}
        />
      </View>
      {continued ? null : <Text style={s.h1}>{title}</Text>}
      {children}
      <Footer ctx={ctx} />
    </Page>
  );
}

export function Footer({ ctx }: { ctx: RenderContext }) {
  return (
    <View fixed style={s.footer}>
      <Text>Threatline threat model report · {ctx.generatedLabel}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

export interface Column<T> {
  header: string;
  flex: number;
  cell: (row: T) => ReactNode;
}

/** A table whose header row repeats on every page it spans (a `fixed` child of the table view). */
export function Table<T>({ columns, rows, keyOf }: { columns: Column<T>[]; rows: readonly T[]; keyOf: (row: T, index: number) => string }) {
  return (
    <View style={s.table}>
      <View fixed style={s.headRow}>
        {columns.map((c) => (
          <Text key={c.header} style={[s.cell, { flex: c.flex }]}>
            {c.header}
          </Text>
        ))}
      </View>
      {rows.map((row, i) => (
        <View key={keyOf(row, i)} wrap={false} style={s.row}>
          {columns.map((c) => {
            const content = c.cell(row);
            // Plain cells are a single Text node: layout cost grows with the node count.
            return typeof content === 'string' || typeof content === 'number' ? (
              <Text key={c.header} style={[s.cell, { flex: c.flex }]}>
                {content}
              </Text>
            ) : (
              <View key={c.header} style={[s.cell, { flex: c.flex }]}>
                {content}
              </View>
            );
          })}
        </View>
      ))}
    </View>
  );
}

export function RiskPill({ rating }: { rating: Rating }) {
  const c = riskColors[rating.level];
  return (
    <Text style={[s.pill, { backgroundColor: c.fill, color: c.text }]}>
      {rating.level[0]!.toUpperCase() + rating.level.slice(1)} {rating.score}
    </Text>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <Text style={[s.p, s.muted]}>{children}</Text>;
}

/** Usable height of a portrait A4 sheet between header and footer, in points. */
const SHEET = 735;

/**
 * A long section as several <Page> elements of about one sheet each (see lib/report/pack.ts):
 * groups get a heading ("… (continued)" on later sheets) and a table with a repeating header.
 */
export function ChunkedSection<T>({ id, title, ctx, intro, groups, columns, rowHeight, keyOf, empty }: {
  id: TocId;
  title: string;
  ctx: RenderContext;
  intro: ReactNode;
  groups: readonly Group<T>[];
  columns: Column<T>[];
  rowHeight: (row: T) => number;
  keyOf: (row: T, index: number) => string;
  empty: string;
}) {
  const sheets = packGroups(groups, rowHeight, { capacity: SHEET, firstSheetOffset: 70, headingHeight: 30, tableHeaderHeight: 18 });
  if (sheets.length === 0) {
    return (
      <SectionPage id={id} title={title} ctx={ctx}>
        {intro}
        <Empty>{empty}</Empty>
      </SectionPage>
    );
  }
  return (
    <>
      {sheets.map((sheet, i) => (
        <SectionPage key={i} id={id} title={title} ctx={ctx} continued={i > 0}>
          {i === 0 ? intro : null}
          {sheet.map((segment) => (
            <View key={`${segment.group.key}:${segment.continued}`}>
              {segment.group.heading !== null && (
                <Text style={s.h3} minPresenceAhead={40}>
                  {segment.group.heading}
                  {segment.continued ? ' (continued)' : ''}
                </Text>
              )}
              <Table columns={columns} rows={segment.rows} keyOf={keyOf} />
            </View>
          ))}
        </SectionPage>
      ))}
    </>
  );
}
