import 'server-only';
import { Circle, G, Line, Polygon, Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { DiagramData } from '@/lib/report/diagram';
import { Empty, SectionPage, type RenderContext } from './parts';
import { s } from './styles';

const CROSSING = '#dc2626';

/** Fits a one-line label into `width` points at `size` (DejaVu Sans averages ~0.56 em per glyph). */
function fit(text: string, width: number, size: number): string {
  const max = Math.max(1, Math.floor(width / (size * 0.58)));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

function arrowHead(x1: number, y1: number, x2: number, y2: number, size: number): string {
  const angle = Math.atan2(y2 - y1, x2 - x1);
  const p = (a: number) => `${(x2 - size * Math.cos(angle + a)).toFixed(2)},${(y2 - size * Math.sin(angle + a)).toFixed(2)}`;
  return `${x2.toFixed(2)},${y2.toFixed(2)} ${p(0.45)} ${p(-0.45)}`;
}

export function PipelineDiagram({ d }: { d: DiagramData }) {
  const k = d.scale;
  const label = Math.max(2.5, Math.min(9, 11 * k));
  const small = Math.max(2, label * 0.75);
  const stroke = Math.max(0.3, Math.min(1.2, 1.4 * k));
  const badge = Math.max(2.5, Math.min(8, 9 * k));
  return (
    <Svg width={d.width} height={d.height} viewBox={`0 0 ${d.width} ${d.height}`}>
      {d.boundaries.map((b) => (
        <G key={b.id}>
          <Rect x={b.x} y={b.y} width={b.width} height={b.height} fill={b.fill} stroke={b.stroke} strokeWidth={stroke} strokeDasharray={`${4 * stroke},${2 * stroke}`} rx={4 * k} />
          <Text x={b.x + 6 * k} y={b.y + 6 * k + label} fill={b.text} style={{ fontSize: label, fontFamily: 'DejaVu Sans', fontWeight: 'bold' }}>
            {fit(`${b.name} (${b.kindLabel})`, b.width - 12 * k, label)}
          </Text>
        </G>
      ))}
      {d.flows.map((f) => {
        const color = f.crossesBoundary ? CROSSING : '#475569';
        return (
          <G key={f.id}>
            <Line x1={f.x1} y1={f.y1} x2={f.x2} y2={f.y2} stroke={color} strokeWidth={stroke} strokeDasharray={f.crossesBoundary ? `${3 * stroke},${2 * stroke}` : undefined} />
            <Polygon points={arrowHead(f.x1, f.y1, f.x2, f.y2, Math.max(2, 7 * k))} fill={color} />
          </G>
        );
      })}
      {d.elements.map((e) => (
        <G key={e.id}>
          <Rect x={e.x} y={e.y} width={e.width} height={e.height} fill={e.fill} stroke={e.stroke} strokeWidth={stroke} rx={6 * k} />
          <Text x={e.x + 8 * k} y={e.y + e.height / 2} fill={e.text} style={{ fontSize: label, fontFamily: 'DejaVu Sans', fontWeight: 'bold' }}>
            {fit(e.name, e.width - 16 * k, label)}
          </Text>
          <Text x={e.x + 8 * k} y={e.y + e.height / 2 + small * 1.4} fill={e.text} style={{ fontSize: small, fontFamily: 'DejaVu Sans' }}>
            {fit(e.kindLabel, e.width - 16 * k, small)}
          </Text>
          {e.openThreats > 0 && (
            <G>
              <Circle cx={e.x + e.width - 2 * k} cy={e.y + 2 * k} r={badge} fill={CROSSING} />
              <Text x={e.x + e.width - 2 * k - badge * (e.openThreats > 9 ? 0.62 : 0.34)} y={e.y + 2 * k + badge * 0.36} fill="#ffffff" style={{ fontSize: badge, fontFamily: 'DejaVu Sans', fontWeight: 'bold' }}>
                {e.openThreats > 99 ? '99+' : String(e.openThreats)}
              </Text>
            </G>
          )}
        </G>
      ))}
    </Svg>
  );
}

export function DiagramSection({ d, ctx }: { d: DiagramData | null; ctx: RenderContext }) {
  return (
    <SectionPage id="diagram" title="Pipeline diagram" ctx={ctx} landscape>
      {!d || d.elements.length + d.boundaries.length === 0 ? (
        <Empty>The diagram is empty.</Empty>
      ) : (
        <View wrap={false}>
          <PipelineDiagram d={d} />
          <View style={{ flexDirection: 'row', gap: 16, marginTop: 6 }}>
            <Text style={[s.small, s.muted]}>Red badge: open threats on the stage.</Text>
            <Text style={[s.small, { color: CROSSING }]}>Dashed red arrow: flow crossing a trust boundary.</Text>
            <Text style={[s.small, s.muted]}>Dashed outline: trust boundary.</Text>
          </View>
        </View>
      )}
    </SectionPage>
  );
}
