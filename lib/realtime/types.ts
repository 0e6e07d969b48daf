import { z } from 'zod';

// What the live channel of a model sends to browsers (Server-Sent Events, see
// app/api/v1/models/[modelId]/events). Shared by the server and the client.

export interface LiveActor {
  id: string;
  name: string;
}

/** One committed change of a model, numbered per model without gaps. */
export interface LiveEvent {
  seq: number;
  type: string;
  actor: LiveActor | null;
  /** The browser tab that made the change (so it can skip its own echo), when it said. */
  clientId: string | null;
  entityType: string | null;
  entityId: string | null;
  /** canvas.ops only: the diagram revision the change produced. */
  graphRevision: number | null;
  data: unknown;
  at: string;
}

export interface PresenceEntry {
  connectionId: string;
  userId: string;
  name: string;
  view: string;
  editing: { type: string; id: string } | null;
  since: string;
}

export interface LiveHello {
  connectionId: string;
  /** The model's latest event number when the stream opened. */
  seq: number;
}

export const liveViews = ['canvas', 'threats', 'mitigations', 'dashboard', 'report', 'bom', 'workshop', 'overview'] as const;
export type LiveView = (typeof liveViews)[number];

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** A browser tab's id for its own changes (random, chosen by the tab). */
export const clientIdSchema = z.string().regex(idPattern, 'Not a valid client id.');

export const openStreamSchema = z.object({
  modelId: z.string().regex(idPattern, 'Not a valid id.'),
  /** Resume after this event (EventSource sends Last-Event-ID on reconnect, which wins). */
  since: z.coerce.number().int().min(0).optional(),
  view: z.enum(liveViews).default('overview'),
});

export const updatePresenceSchema = z.object({
  modelId: z.string().regex(idPattern, 'Not a valid id.'),
  connectionId: z.string().uuid('Not a valid connection id.'),
  view: z.enum(liveViews).optional(),
  editing: z
    .object({ type: z.enum(['element', 'boundary', 'flow', 'threat', 'mitigation']), id: z.string().regex(idPattern, 'Not a valid id.') })
    .nullable()
    .optional(),
});
