'use client';
import { cn } from '@/components/ui/cn';
import type { PresenceEntry } from '@/lib/realtime/types';
import { useLive, type LiveStatus } from './live-provider';

const labels: Record<LiveStatus, { text: string; tone: string; title: string }> = {
  connecting: { text: 'Connecting…', tone: 'bg-slate-100 text-slate-700', title: 'Opening the live connection.' },
  live: { text: 'Live', tone: 'bg-emerald-100 text-emerald-800', title: "You see others' changes as they happen." },
  reconnecting: { text: 'Reconnecting…', tone: 'bg-amber-100 text-amber-900', title: 'The live connection dropped; missed changes will be replayed when it is back.' },
  offline: { text: 'Offline', tone: 'bg-red-100 text-red-800', title: 'You are offline; missed changes will be replayed when you are back online.' },
  revoked: { text: 'No access', tone: 'bg-red-100 text-red-800', title: 'You no longer have access to this model.' },
};

export function initials(name: string): string {
  const parts = name.replace(/@.*/, '').split(/[\s._-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}

/** A stable colour per user id. */
export function userColor(id: string): string {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 360;
  return `hsl(${h} 65% 42%)`;
}

export function Avatar({ name, userId, size = 'md', ring }: { name: string; userId: string; size?: 'sm' | 'md'; ring?: boolean }) {
  return (
    <span
      title={name}
      aria-hidden
      className={cn('inline-flex items-center justify-center rounded-full font-semibold text-white', size === 'sm' ? 'h-5 w-5 text-[9px]' : 'h-7 w-7 text-[11px]', ring && 'ring-2 ring-white')}
      style={{ backgroundColor: userColor(userId) }}
    >
      {initials(name)}
    </span>
  );
}

/** One entry per person (a person may have several tabs open). */
export function people(presence: readonly PresenceEntry[]): PresenceEntry[] {
  const seen = new Map<string, PresenceEntry>();
  for (const p of presence) {
    const prev = seen.get(p.userId);
    if (!prev || (!prev.editing && p.editing)) seen.set(p.userId, p);
  }
  return [...seen.values()];
}

const viewNames: Record<string, string> = { canvas: 'canvas', threats: 'threats', mitigations: 'mitigations', dashboard: 'dashboard', report: 'report', bom: 'AI BoM', workshop: 'workshop', overview: 'overview' };

/** Connection state and who else has the model open. */
export function LiveBar() {
  const live = useLive();
  if (!live) return null;
  const l = labels[live.status];
  const everyone = people(live.presence);
  const others = everyone.filter((p) => p.userId !== live.me);
  return (
    <div className="flex items-center gap-3 text-xs">
      <span role="status" aria-live="polite" title={l.title} className={cn('inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 font-medium', l.tone)} data-live-status={live.status}>
        <span aria-hidden className={cn('h-1.5 w-1.5 rounded-full', live.status === 'live' ? 'bg-emerald-600' : live.status === 'connecting' ? 'bg-slate-500' : 'bg-current')} />
        {l.text}
      </span>
      <div className="flex items-center" aria-label={others.length ? `Also here: ${others.map((p) => p.name).join(', ')}` : 'Nobody else has this model open'} role="group">
        <ul className="flex -space-x-1.5" aria-hidden={false}>
          {others.slice(0, 8).map((p) => (
            <li key={p.userId} className="list-none" title={`${p.name} — ${viewNames[p.view] ?? p.view}${p.editing ? ' (editing)' : ''}`} data-presence-user={p.name}>
              <Avatar name={p.name} userId={p.userId} ring />
              <span className="sr-only">{`${p.name} on ${viewNames[p.view] ?? p.view}${p.editing ? ', editing' : ''}`}</span>
            </li>
          ))}
        </ul>
        {others.length > 8 ? <span className="ml-2 text-slate-600">+{others.length - 8}</span> : null}
        {others.length === 0 ? <span className="text-slate-500">Only you</span> : null}
      </div>
    </div>
  );
}
