import 'server-only';
import { UnauthenticatedError } from './errors';

/** The signed-in user on whose behalf a data-access function runs; null when anonymous. */
export interface Actor {
  userId: string;
  email: string;
  name: string | null;
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
