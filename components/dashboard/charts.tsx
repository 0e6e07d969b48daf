'use client';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { mitigationStatusColours, threatStatusColours } from './chart-data';

// Recharts figures. Each sits inside a ChartCard that hides it from assistive technology and
// carries the same numbers as text, so the charts need no keyboard layer of their own.
const quiet = { accessibilityLayer: false, tabIndex: -1 } as const;
const axis = { fontSize: 12, fill: '#475569' };

export function RiskStatusChart({ rows, statuses }: { rows: Record<string, string | number>[]; statuses: readonly { key: string; label: string }[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -16 }} {...quiet}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={axis} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {statuses.map((s) => <Bar key={s.key} dataKey={s.key} name={s.label} stackId="status" fill={threatStatusColours[s.key] ?? '#64748b'} isAnimationActive={false} />)}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function OpenClosedChart({ rows }: { rows: { name: string; open: number; closed: number }[] }) {
  const height = Math.max(160, rows.length * 30 + 50);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 8, bottom: 0, left: 8 }} {...quiet}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={axis} />
        <YAxis type="category" dataKey="name" width={150} tick={{ ...axis, fontSize: 11 }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="open" name="Open" stackId="s" fill="#ea580c" isAnimationActive={false} />
        <Bar dataKey="closed" name="Closed" stackId="s" fill="#94a3b8" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

export function BurndownChart({ points }: { points: { date: string; openRisk: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <AreaChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -16 }} {...quiet}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="date" tick={axis} minTickGap={24} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Area type="stepAfter" dataKey="openRisk" name="Open risk" stroke="#4f46e5" fill="#c7d2fe" isAnimationActive={false} />
      </AreaChart>
    </ResponsiveContainer>
  );
}

export function MitigationStatusChart({ rows }: { rows: { key: string; label: string; count: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -16 }} {...quiet}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ ...axis, fontSize: 11 }} interval={0} />
        <YAxis allowDecimals={false} tick={axis} />
        <Tooltip />
        <Bar dataKey="count" name="Mitigations" isAnimationActive={false}>
          {rows.map((r) => <Cell key={r.key} fill={mitigationStatusColours[r.key] ?? '#64748b'} />)}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
