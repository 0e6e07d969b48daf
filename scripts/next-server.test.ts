import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { forwardedFor } from './next-server.mjs';

describe('forwardedFor', () => {
  it('drops whatever the client claims when no proxy is trusted', () => {
    expect(forwardedFor('6.6.6.6', '203.0.113.9', 0)).toBe('203.0.113.9');
    expect(forwardedFor(undefined, '203.0.113.9', 0)).toBe('203.0.113.9');
  });
  it('keeps the entries added by trusted proxies', () => {
    expect(forwardedFor('6.6.6.6, 198.51.100.4', '10.0.0.2', 1)).toBe('198.51.100.4, 10.0.0.2');
  });
});
