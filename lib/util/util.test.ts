import { describe, expect, it } from 'vitest';
import { plural, relativeTime } from './format';
import { safeRedirectPath } from './safe-redirect';

describe('safeRedirectPath', () => {
  it.each([
    ['/w/demo', '/w/demo'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/ok\nSet-Cookie: x', '/'],
    [undefined, '/'],
  ])('%j -> %j', (input, expected) => {
    expect(safeRedirectPath(input)).toBe(expected);
  });
});

describe('format', () => {
  const now = new Date('2026-01-10T12:00:00Z');
  it('describes times relative to now', () => {
    expect(relativeTime('2026-01-10T11:59:30Z', now)).toBe('just now');
    expect(relativeTime('2026-01-10T09:00:00Z', now)).toBe('3 hours ago');
    expect(relativeTime('2026-01-09T12:00:00Z', now)).toBe('yesterday');
  });
  it('pluralises', () => {
    expect(plural(1, 'threat')).toBe('1 threat');
    expect(plural(2, 'threat')).toBe('2 threats');
  });
});
