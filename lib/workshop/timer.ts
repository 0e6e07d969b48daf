// The per-stage countdown, computed the same way by every browser from the stored stage start.

export type ClockState = 'running' | 'ending' | 'over';

export interface StageClock {
  /** Milliseconds left; negative once over time. */
  remainingMs: number;
  state: ClockState;
  /** "4:05" while running, "+1:10" once over time. */
  label: string;
}

/** The last fifth of the timebox, and at least the last minute, shows as "ending" (amber). */
export function stageClock(stageStartedAt: number, timeboxMinutes: number, now: number): StageClock {
  const total = timeboxMinutes * 60_000;
  const remainingMs = stageStartedAt + total - now;
  const warnFrom = Math.max(60_000, total / 5);
  const state: ClockState = remainingMs <= 0 ? 'over' : remainingMs <= warnFrom ? 'ending' : 'running';
  return { remainingMs, state, label: remainingMs > 0 ? formatDuration(remainingMs) : `+${formatDuration(-remainingMs)}` };
}

/** m:ss, counting whole seconds up (so a running clock never shows 0:00 before it is over). */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000 - 1e-9));
  const m = Math.floor(seconds / 60);
  return `${m}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Spoken when the clock crosses into a state (never every second). */
export function clockAnnouncement(state: ClockState, timeboxMinutes: number): string {
  if (state === 'over') return 'Time is up for this stage.';
  if (state === 'ending') return 'This stage is nearly out of time.';
  return `Stage timer started: ${timeboxMinutes} minute${timeboxMinutes === 1 ? '' : 's'}.`;
}
