import { checkHealth } from '@/server/health';

// Public liveness/readiness probe (listed in server/public-routes.ts).
export async function GET() {
  const ok = await checkHealth();
  return Response.json({ status: ok ? 'ok' : 'unavailable' }, { status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
