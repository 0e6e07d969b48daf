import 'server-only';
import { StyleSheet } from '@react-pdf/renderer';
import type { RiskLevel } from '@/lib/domain/risk';

export const riskColors: Record<RiskLevel, { fill: string; text: string }> = {
  low: { fill: '#dcfce7', text: '#14532d' },
  medium: { fill: '#fef9c3', text: '#713f12' },
  high: { fill: '#ffedd5', text: '#7c2d12' },
  critical: { fill: '#fee2e2', text: '#7f1d1d' },
};

export const s = StyleSheet.create({
  page: { fontFamily: 'DejaVu Sans', fontSize: 9, color: '#0f172a', paddingTop: 48, paddingBottom: 44, paddingHorizontal: 36 },
  header: { position: 'absolute', top: 18, left: 36, right: 36, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: '#64748b', borderBottomWidth: 0.5, borderBottomColor: '#cbd5e1', paddingBottom: 4 },
  footer: { position: 'absolute', bottom: 18, left: 36, right: 36, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: '#64748b' },
  h1: { fontSize: 18, fontWeight: 'bold', marginBottom: 10 },
  h2: { fontSize: 12, fontWeight: 'bold', marginTop: 12, marginBottom: 6 },
  h3: { fontSize: 10, fontWeight: 'bold', marginTop: 10, marginBottom: 4 },
  p: { marginBottom: 6 },
  muted: { color: '#64748b' },
  small: { fontSize: 7.5 },
  bold: { fontWeight: 'bold' },
  mono: { fontFamily: 'DejaVu Sans Mono', fontSize: 7.5 },
  table: { borderWidth: 0.5, borderColor: '#cbd5e1', marginBottom: 8 },
  headRow: { flexDirection: 'row', backgroundColor: '#f1f5f9', borderBottomWidth: 0.5, borderBottomColor: '#cbd5e1', fontWeight: 'bold', fontSize: 8 },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#e2e8f0' },
  cell: { paddingVertical: 3, paddingHorizontal: 4 },
  pill: { borderRadius: 3, paddingHorizontal: 3, paddingVertical: 1, fontSize: 7.5 },
  statGrid: { flexDirection: 'row', gap: 8, marginBottom: 10 },
  stat: { flexGrow: 1, flexBasis: 0, borderWidth: 0.5, borderColor: '#cbd5e1', borderRadius: 4, padding: 6 },
  statValue: { fontSize: 16, fontWeight: 'bold' },
});
