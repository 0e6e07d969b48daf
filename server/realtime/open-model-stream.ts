import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { LiveEvent, LiveHello, PresenceEntry, openStreamSchema } from '@/lib/realtime/types';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { AppError } from '../errors';
import { liveHub, readPresence } from './hub';
import { addPresence, removePresence, touchPresence } from './presence-store';

import { MAX_CATCH_UP } from './limits';

export { MAX_CATCH_UP };
const HEARTBEAT_MS = 10_000;
/** Access is checked again this often, so a removed member stops receiving changes. */
const RECHECK_EVERY = 3;
/** A client this far behind on reading is cut off; it reconnects and catches up from its last id. */
const MAX_BUFFERED = 8 * 1024 * 1024;

const encoder = new TextEncoder();
const frame = (event: string, data: unknown, id?: number) => encoder.encode(`${id === undefined ? '' : `id: ${id}\n`}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

// Heartbeats of all streams of this instance, one query per beat.
const open = new Map<string, { beat: () => Promise<void> }>();
let beatTimer: ReturnType<typeof setInterval> | null = null;
function startHeartbeat(): void {
  if (beatTimer) return;
  beatTimer = setInterval(() => {
    void touchPresence([...open.keys()]).catch((e: Error) => console.error('[live] presence heartbeat failed:', e.message));
    for (const s of open.values()) void s.beat();
  }, HEARTBEAT_MS);
  beatTimer.unref();
}

/**
 * Opens the live channel of a model for a reader: Server-Sent Events carrying every committed
 * change after `since` (or the Last-Event-ID the browser resends on reconnect) in order, then
 * each new one; the presence list whenever it changes; a heartbeat. Registers the connection's
 * presence for everyone else, and removes it when the stream ends.
 */
export async function openModelStream(
  actor: Actor | null,
  input: z.output<typeof openStreamSchema> & { lastEventId?: number | null },
  signal: AbortSignal,
): Promise<ReadableStream<Uint8Array>> {
  const access = await requireModelRole(getDb(), actor, input.modelId, 'VIEWER');
  const model = await getDb().threatModel.findUniqueOrThrow({ where: { id: input.modelId }, select: { eventSeq: true } });
  const requested = input.lastEventId ?? input.since ?? model.eventSeq;
  const tooOld = requested > model.eventSeq || model.eventSeq - requested > MAX_CATCH_UP;
  const start = tooOld ? model.eventSeq : requested;
  const hub = liveHub();
  const connectionId = randomUUID();
  if (signal.aborted) throw new AppError(499, 'closed', 'The client went away.');
  await addPresence({ connectionId, modelId: input.modelId, userId: access.actor.userId, instanceId: hub.instanceId, view: input.view });

  let cleanup: () => void = () => undefined;
  return new ReadableStream<Uint8Array>(
    {
      async start(controller) {
        let closed = false;
        let beats = 0;
        const send = (chunk: Uint8Array) => {
          if (closed) return;
          if ((controller.desiredSize ?? 0) < -MAX_BUFFERED) {
            cleanup();
            try {
              controller.close();
            } catch {
              // already closed
            }
            return;
          }
          controller.enqueue(chunk);
        };
        const unsubscribe = hub.subscribe(input.modelId, {
          cursor: start,
          onEvents: (events: LiveEvent[]) => {
            for (const e of events) send(frame('change', e, e.seq));
          },
          onPresence: (list: PresenceEntry[]) => send(frame('presence', list)),
          onReset: (seq: number) => send(frame('reset', { seq }, seq)),
        });
        cleanup = () => {
          if (closed) return;
          closed = true;
          unsubscribe();
          open.delete(connectionId);
          signal.removeEventListener('abort', cleanup);
          void removePresence(connectionId, input.modelId).catch(() => undefined);
        };
        signal.addEventListener('abort', cleanup);
        open.set(connectionId, {
          beat: async () => {
            send(encoder.encode(': ping\n\n'));
            if (++beats % RECHECK_EVERY !== 0) return;
            try {
              await requireModelRole(getDb(), actor, input.modelId, 'VIEWER');
            } catch (e) {
              // Only a refusal revokes. A failed check (e.g. the database busy or unreachable) is
              // tried again at the next recheck: closing would drop every viewer at once.
              if (!(e instanceof AppError) || ![401, 403, 404].includes(e.status)) {
                console.error('[live] access recheck failed; keeping the stream:', (e as Error).message);
                return;
              }
              send(frame('revoked', { message: 'You no longer have access to this model.' }));
              cleanup();
              controller.close();
            }
          },
        });
        startHeartbeat();
        // The browser waits this long before reconnecting after a drop.
        controller.enqueue(encoder.encode('retry: 2000\n\n'));
        const hello: LiveHello = { connectionId, seq: model.eventSeq };
        controller.enqueue(frame('hello', hello));
        if (tooOld) controller.enqueue(frame('reset', { seq: model.eventSeq }, model.eventSeq));
        controller.enqueue(frame('presence', await readPresence(input.modelId)));
      },
      cancel() {
        cleanup();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
  );
}
