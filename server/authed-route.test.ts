import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { assertSameOrigin, authedRoute, MAX_BODY } from './authed-route';

// The body-size cases need a signed-in actor; the origin check runs before the session is read.
vi.mock('./session', () => ({ getActor: async () => ({ userId: 'u1', email: 'u1@example.test', name: null }) }));

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

describe('authedRoute body limit', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    new Request('http://localhost:3000/api/v1/x', { method: 'POST', body, headers: { host: 'localhost:3000', origin: 'http://localhost:3000', ...headers } });
  const ctx = { params: Promise.resolve({}) };

  it('refuses bodies over the default limit with 413, and a route may raise its own', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(MAX_BODY) });
    const handler = authedRoute(z.object({ text: z.string() }), async (_a, input) => ({ length: input.text.length }));
    const res = await handler(post(big), ctx);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: expect.objectContaining({ code: 'too_large', message: expect.stringContaining('MB') }) });
    const roomy = authedRoute(z.object({ text: z.string() }), async (_a, input) => ({ length: input.text.length }), { maxBodyBytes: 2 * MAX_BODY });
    expect((await roomy(post(big), ctx)).status).toBe(200);
  });

  it('refuses on the declared Content-Length before reading, and counts bytes, not characters', async () => {
    const small = authedRoute(z.object({ text: z.string() }), async () => ({ ok: true }), { maxBodyBytes: 100 });
    expect((await small(post('{}', { 'content-length': '5000' }), ctx)).status).toBe(413);
    // 40 three-byte characters: 40 characters, 120+ bytes.
    expect((await small(post(JSON.stringify({ text: '€'.repeat(40) })), ctx)).status).toBe(413);
    expect((await small(post(JSON.stringify({ text: 'ok' })), ctx)).status).toBe(200);
  });

  it('answers a body the client aborted with 400 and logs nothing as unexpected', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"text":'));
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const aborted = new Request('http://localhost:3000/api/v1/x', {
      method: 'POST', body, duplex: 'half', headers: { host: 'localhost:3000', origin: 'http://localhost:3000' },
    } as RequestInit);
    const handler = authedRoute(z.object({ text: z.string() }), async () => ({ ok: true }));
    const res = await handler(aborted, ctx);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: expect.objectContaining({ code: 'aborted' }) });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
