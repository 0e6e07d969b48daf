import { updatePresenceSchema } from '@/lib/realtime/types';
import { authedRoute } from '@/server/authed-route';
import { updatePresence } from '@/server/realtime/update-presence';

export const POST = authedRoute(updatePresenceSchema, (actor, input) => updatePresence(actor, input));
