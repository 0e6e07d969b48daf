import { MAX_IMPORT_BODY_BYTES, previewImportSchema } from '@/lib/interop/import-request';
import { authedRoute } from '@/server/authed-route';
import { previewImport } from '@/server/imports/preview-import';

/** What importing a file would create: body `{ content, filename? }`; 413 past the size limit, 422 if unreadable. Writes nothing. */
export const POST = authedRoute(previewImportSchema, (actor, input) => previewImport(actor, input), { maxBodyBytes: MAX_IMPORT_BODY_BYTES });
