'use client';
import { cn } from '@/components/ui/cn';
import { useLive } from './live-provider';
import { Avatar, people } from './live-status';

function listNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The others editing one threat or mitigation now (for hooks that need the names). */
export function useEditors(type: 'threat' | 'mitigation', id: string) {
  const live = useLive();
  if (!live) return [];
  return people(live.presence.filter((p) => p.userId !== live.me && p.editing?.type === type && p.editing.id === id));
}

/**
 * Small avatars of the others editing this row right now. Fixed size and nothing when nobody
 * edits, so rows never change height; outside a live model it renders nothing.
 */
export function EditingAvatars({ type, id, className }: { type: 'threat' | 'mitigation'; id: string; className?: string }) {
  const editors = useEditors(type, id);
  if (editors.length === 0) return null;
  // Worded like the canvas's presence marks.
  const names = editors.map((p) => p.name);
  const label = `Being edited by ${names.join(', ')}`;
  return (
    <span role="img" aria-label={label} title={label} className={cn('inline-flex shrink-0 -space-x-1', className)} data-editing-by={names.join(', ')}>
      {editors.slice(0, 3).map((p) => <Avatar key={p.userId} name={p.name} userId={p.userId} size="sm" ring />)}
    </span>
  );
}

/** "Ana is also editing this threat." with avatars, for detail dialogs. */
export function EditingNotice({ type, id }: { type: 'threat' | 'mitigation'; id: string }) {
  const editors = useEditors(type, id);
  if (editors.length === 0) return null;
  return (
    <p className="flex items-center gap-2 text-xs text-slate-600">
      <EditingAvatars type={type} id={id} />
      <span>{listNames(editors.map((p) => p.name))} {editors.length === 1 ? 'is' : 'are'} also editing this {type}.</span>
    </p>
  );
}
