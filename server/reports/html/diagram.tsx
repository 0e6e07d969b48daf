import 'server-only';
import type { DiagramData } from '@/lib/report/diagram';
import { Empty, Section } from './parts';
import { CROSSING, FONT_STACK } from './styles';

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

const n = (v: number) => Number(v.toFixed(2));

/** The pipeline as vector graphics: one SVG user unit is one point (lib/report/diagram.ts geometry). */
export function PipelineDiagram({ d }: { d: DiagramData }) {
  const k = d.scale;
  const label = Math.max(2.5, Math.min(9, 11 * k));
  const small = Math.max(2, label * 0.75);
  const stroke = Math.max(0.3, Math.min(1.2, 1.4 * k));
  const badge = Math.max(2.5, Math.min(8, 9 * k));
  // Chromium's PDF output draws every dash as its own segment: on a large, scaled-down diagram
  // dashes of a point or less made a one-page PDF of over 1 MB. Dashes stay at least 3 pt long.
  const dash = (on: number, off: number) => `${n(Math.max(3, on * stroke))},${n(Math.max(2, off * stroke))}`;
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={`${n(d.width)}pt`} height={`${n(d.height)}pt`} viewBox={`0 0 ${n(d.width)} ${n(d.height)}`} fontFamily={FONT_STACK} role="img" aria-label="Pipeline diagram">
      {d.boundaries.map((b) => (
        <g key={b.id}>
          <rect x={n(b.x)} y={n(b.y)} width={n(b.width)} height={n(b.height)} fill={b.fill} stroke={b.stroke} strokeWidth={n(stroke)} strokeDasharray={dash(4, 2)} rx={n(4 * k)} />
          <text x={n(b.x + 6 * k)} y={n(b.y + 6 * k + label)} fill={b.text} fontSize={n(label)} fontWeight="bold">
            {fit(`${b.name} (${b.kindLabel})`, b.width - 12 * k, label)}
          </text>
        </g>
      ))}
      {d.flows.map((f) => {
        const color = f.crossesBoundary ? CROSSING : '#475569';
        return (
          <g key={f.id}>
            <line x1={n(f.x1)} y1={n(f.y1)} x2={n(f.x2)} y2={n(f.y2)} stroke={color} strokeWidth={n(stroke)} strokeDasharray={f.crossesBoundary ? dash(3, 2) : undefined} />
            <polygon points={arrowHead(f.x1, f.y1, f.x2, f.y2, Math.max(2, 7 * k))} fill={color} />
          </g>
        );
      })}
      {d.elements.map((e) => (
        <g key={e.id}>
          <rect x={n(e.x)} y={n(e.y)} width={n(e.width)} height={n(e.height)} fill={e.fill} stroke={e.stroke} strokeWidth={n(stroke)} rx={n(6 * k)} />
          <text x={n(e.x + 8 * k)} y={n(e.y + e.height / 2)} fill={e.text} fontSize={n(label)} fontWeight="bold">
            {fit(e.name, e.width - 16 * k, label)}
          </text>
          <text x={n(e.x + 8 * k)} y={n(e.y + e.height / 2 + small * 1.4)} fill={e.text} fontSize={n(small)}>
            {fit(e.kindLabel, e.width - 16 * k, small)}
          </text>
          {e.openThreats > 0 && (
            <g>
              <circle cx={n(e.x + e.width - 2 * k)} cy={n(e.y + 2 * k)} r={n(badge)} fill={CROSSING} />
              <text x={n(e.x + e.width - 2 * k)} y={n(e.y + 2 * k + badge * 0.36)} fill="#ffffff" fontSize={n(badge)} fontWeight="bold" textAnchor="middle">
                {e.openThreats > 99 ? '99+' : String(e.openThreats)}
              </text>
            </g>
          )}
        </g>
      ))}
    </svg>
  );
}

export function Diagram({ d }: { d: DiagramData | null }) {
  return (
    <Section title="Pipeline diagram">
      {!d || d.elements.length + d.boundaries.length === 0 ? (
        <Empty>The diagram is empty.</Empty>
      ) : (
        <div className="diagram">
          <PipelineDiagram d={d} />
          <div className="legend">
            <span className="small muted">Red badge: open threats on the stage.</span>
            <span className="small" style={{ color: CROSSING }}>
              Dashed red arrow: flow crossing a trust boundary.
            </span>
            <span className="small muted">Dashed outline: trust boundary.</span>
          </div>
        </div>
      )}
    </Section>
  );
}
