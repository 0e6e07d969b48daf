import { openStreamSchema } from '@/lib/realtime/types';
import { authedRoute } from '@/server/authed-route';
import { openModelStream } from '@/server/realtime/open-model-stream';

// The live channel of a model (Server-Sent Events). Never cached, never compressed or buffered
// by proxies: each event must reach the browser as soon as it is written.
export const dynamic = 'force-dynamic';

export const GET = authedRoute(openStreamSchema, async (actor, input, req) => {
  const header = req.headers.get('last-event-id');
  const lastEventId = header && /^\d{1,12}$/.test(header) ? Number(header) : null;
  const stream = await openModelStream(actor, { ...input, lastEventId }, req.signal);
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-store, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    },
  });
});
