/** Ids for new entities: a UUID without dashes matches the op schema's /^[A-Za-z0-9_-]+$/ and ≤64 chars. */
export function newId(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
