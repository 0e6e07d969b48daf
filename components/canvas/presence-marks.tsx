'use client';
import { Avatar } from '@/components/live/live-status';
import { useLive } from '@/components/live/live-provider';

/** Avatars of the other people working on this element/boundary/flow right now. */
export function PresenceMarks({ id, className }: { id: string; className?: string }) {
  const live = useLive();
  if (!live) return null;
  const here = live.presence.filter((p) => p.editing?.id === id && p.userId !== live.me);
  if (!here.length) return null;
  const names = [...new Set(here.map((p) => p.name))];
  return (
    <span className={className} role="img" aria-label={`Being edited by ${names.join(', ')}`} data-editing-by={names.join(', ')}>
      <span className="flex -space-x-1">
        {here.slice(0, 3).map((p) => (
          <Avatar key={p.connectionId} name={p.name} userId={p.userId} size="sm" ring />
        ))}
      </span>
    </span>
  );
}
