import { importModelSchema, MAX_IMPORT_BYTES } from '@/lib/exchange/check-document';
import { authedRoute } from '@/server/authed-route';
import { importModel } from '@/server/exports/import-model';

/** Creates a new model from a JSON export: body `{ document, name? }`; 413 past 20 MB, 422 if invalid. */
export const POST = authedRoute(importModelSchema, (actor, input) => importModel(actor, input), {
  // The document plus room for the envelope (`name`).
  maxBodyBytes: MAX_IMPORT_BYTES + 64 * 1024,
});
