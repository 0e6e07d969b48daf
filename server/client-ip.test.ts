import { afterEach, describe, expect, it } from 'vitest';
import { clientIp } from './client-ip';

describe('clientIp', () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY_HOPS;
  });

  it('takes the address our own server appended, not what the client claims', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9');
    expect(clientIp({ 'x-forwarded-for': '203.0.113.9' })).toBe('203.0.113.9');
    expect(clientIp({})).toBe('unknown');
  });

  it('steps over trusted proxies', () => {
    process.env.TRUST_PROXY_HOPS = '1';
    expect(clientIp(new Headers({ 'x-forwarded-for': '6.6.6.6, 198.51.100.4, 10.0.0.2' }))).toBe('198.51.100.4');
  });
});
