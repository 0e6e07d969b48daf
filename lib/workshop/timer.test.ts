import { describe, expect, it } from 'vitest';
import { clockAnnouncement, formatDuration, stageClock } from './timer';

const start = Date.parse('2026-11-27T10:00:00Z');
const min = 60_000;

describe('stage clock', () => {
  it('counts down, turns amber for the last fifth (at least a minute) and red when over', () => {
    expect(stageClock(start, 10, start)).toMatchObject({ state: 'running', label: '10:00', remainingMs: 10 * min });
    expect(stageClock(start, 10, start + 7 * min + 59_000)).toMatchObject({ state: 'running', label: '2:01' });
    expect(stageClock(start, 10, start + 8 * min)).toMatchObject({ state: 'ending', label: '2:00' });
    expect(stageClock(start, 10, start + 10 * min)).toMatchObject({ state: 'over', label: '+0:00' });
    expect(stageClock(start, 10, start + 11 * min + 5_000)).toMatchObject({ state: 'over', label: '+1:05' });
    // Short stages still warn for the last minute.
    expect(stageClock(start, 2, start + 61_000).state).toBe('ending');
    expect(stageClock(start, 2, start + 59_000).state).toBe('running');
  });

  it('formats whole seconds, rounding up', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(400)).toBe('0:01');
    expect(formatDuration(61_000)).toBe('1:01');
    expect(formatDuration(65 * min)).toBe('65:00');
  });

  it('has a sentence for each state', () => {
    expect(clockAnnouncement('running', 1)).toBe('Stage timer started: 1 minute.');
    expect(clockAnnouncement('ending', 5)).toMatch(/nearly out of time/);
    expect(clockAnnouncement('over', 5)).toMatch(/Time is up/);
  });
});
