import 'server-only';

/**
 * The client address for rate limiting. Next's own server appends the socket address to
 * X-Forwarded-For, so the right-most entry is trustworthy; with TRUST_PROXY_HOPS=n (n reverse
 * proxies in front) we step n entries further left. Anything further left is client-supplied.
 */
export function clientIp(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  const hops = Number.parseInt(process.env.TRUST_PROXY_HOPS ?? '0', 10) || 0;
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  return parts[Math.max(0, parts.length - 1 - hops)] ?? 'unknown';
}
