import 'server-only';
import { Text, View } from '@react-pdf/renderer';
import { impactLabels, likelihoodLabels, riskLevel } from '@/lib/domain/risk';
import type { ReportData } from '@/lib/report/types';
import { SectionPage, type RenderContext } from './parts';
import { riskColors, s } from './styles';

function Grid({ title, cells }: { title: string; cells: number[][] }) {
  return (
    <View style={{ flex: 1 }} wrap={false}>
      <Text style={s.h3}>{title}</Text>
      {[5, 4, 3, 2, 1].map((l) => (
        <View key={l} style={{ flexDirection: 'row' }}>
          <Text style={[s.small, { width: 62, paddingTop: 8 }]}>{likelihoodLabels[l - 1]}</Text>
          {[1, 2, 3, 4, 5].map((i) => {
            const c = riskColors[riskLevel(l, i)];
            const n = cells[l - 1]![i - 1]!;
            return (
              <View key={i} style={{ width: 34, height: 28, backgroundColor: c.fill, borderWidth: 0.5, borderColor: '#ffffff', alignItems: 'center', justifyContent: 'center' }}>
                <Text style={{ color: c.text, fontWeight: n ? 'bold' : 'normal' }}>{n || ''}</Text>
              </View>
            );
          })}
        </View>
      ))}
      <View style={{ flexDirection: 'row', marginLeft: 62 }}>
        {impactLabels.map((label) => (
          <Text key={label} style={[s.small, { width: 34, fontSize: 6, textAlign: 'center' }]}>{label}</Text>
        ))}
      </View>
      <Text style={[s.small, s.muted, { marginLeft: 62, marginTop: 2 }]}>Impact →  (rows: likelihood)</Text>
    </View>
  );
}

export function MatrixSection({ data, ctx }: { data: ReportData; ctx: RenderContext }) {
  return (
    <SectionPage id="matrix" title="Risk matrix" ctx={ctx}>
      <Text style={[s.p, s.muted]}>Number of listed threats in each likelihood × impact cell, before and after verified mitigations (threats marked not applicable are left out).</Text>
      <View style={{ flexDirection: 'row', gap: 16 }}>
        <Grid title="Inherent risk" cells={data.matrix.inherent} />
        <Grid title="Residual risk" cells={data.matrix.residual} />
      </View>
    </SectionPage>
  );
}
