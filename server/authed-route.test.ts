import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertSameOrigin, authedRoute } from './authed-route';

const req = (method: string, headers: Record<string, string>) => new Request('http://localhost:3000/api/v1/x', { method, headers });

describe('authedRoute same-origin check', () => {
  it('allows reads from anywhere and same-origin mutations', () => {
    expect(() => assertSameOrigin(req('GET', { origin: 'https://evil.example' }))).not.toThrow();
    expect(() => assertSameOrigin(req('POST', { origin: 'http://localhost:3000', host: 'localhost:3000' }))).not.toThrow();
    expect(() => assertSameOrigin(req('POST', { 'sec-fetch-site': 'same-origin', host: 'localhost:3000' }))).not.toThrow();
  });

  it.each([
    [{ origin: 'https://evil.example', host: 'localhost:3000' }],
    [{ 'sec-fetch-site': 'cross-site', host: 'localhost:3000' }],
    [{ 'sec-fetch-site': 'same-site', origin: 'http://sub.localhost:3000', host: 'localhost:3000' }],
  ])('refuses a cross-site mutation %j', (headers) => {
    expect(() => assertSameOrigin(req('DELETE', headers))).toThrow('Cross-site request refused.');
  });

  it('answers a forged cross-site POST with 403 before looking at the session', async () => {
    const handler = authedRoute(z.object({}), async () => ({ done: true }));
    const res = await handler(req('POST', { origin: 'https://evil.example', host: 'localhost:3000' }), { params: Promise.resolve({}) });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: expect.objectContaining({ code: 'forbidden' }) });
  });
});
