'use client';
import { useEffect, useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';
import { clockAnnouncement, stageClock, type ClockState } from '@/lib/workshop/timer';

const tones: Record<ClockState, string> = {
  running: 'border-slate-200 bg-white text-slate-900',
  ending: 'border-amber-300 bg-amber-50 text-amber-950',
  over: 'border-red-300 bg-red-50 text-red-900',
};
const stateLabels: Record<ClockState, string> = { running: 'On time', ending: 'Nearly out of time', over: 'Over time' };

/**
 * The stage countdown, from the stored stage start (corrected for this browser's clock against
 * the server's). The digits tick silently; screen readers hear only when the state changes.
 */
export function StageTimer({ stageStartedAt, timeboxMinutes, serverNow }: { stageStartedAt: string; timeboxMinutes: number; serverNow: string }) {
  const start = Date.parse(stageStartedAt);
  // The first render uses the server's clock, so the server and the browser render the same digits.
  const [now, setNow] = useState(() => Date.parse(serverNow));
  const [announcement, setAnnouncement] = useState('');
  const seen = useRef<{ start: number; state: ClockState } | null>(null);
  useEffect(() => {
    const skew = Date.parse(serverNow) - Date.now();
    const tick = () => {
      const t = Date.now() + skew;
      setNow(t);
      const state = stageClock(start, timeboxMinutes, t).state;
      const prev = seen.current;
      seen.current = { start, state };
      if (prev && prev.start !== start) setAnnouncement(clockAnnouncement('running', timeboxMinutes));
      else if (prev && prev.state !== state) setAnnouncement(clockAnnouncement(state, timeboxMinutes));
    };
    const first = setTimeout(tick, 0);
    const every = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [start, timeboxMinutes, serverNow]);
  const clock = stageClock(start, timeboxMinutes, now);
  const spoken = clock.state === 'over' ? `over by ${clock.label.slice(1)}` : `${clock.label} left`;

  return (
    <div className={cn('flex items-center gap-3 rounded-md border px-3 py-2', tones[clock.state])} data-clock-state={clock.state}>
      <div>
        <p className="text-xs font-medium uppercase tracking-wide opacity-80">{clock.state === 'over' ? 'Over by' : 'Time left'}</p>
        <p role="timer" aria-label={`Stage timer: ${spoken} of ${timeboxMinutes} minutes`} className="font-mono text-2xl font-semibold tabular-nums">
          {clock.label}
        </p>
      </div>
      <span className="text-xs font-medium">{stateLabels[clock.state]}</span>
      <span role="status" aria-live="polite" className="sr-only">{announcement}</span>
    </div>
  );
}
