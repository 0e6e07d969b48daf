import 'server-only';
import type { PreviewImportInput } from '@/lib/interop/import-request';
import type { ImportFormat, ImportReport } from '@/lib/interop/types';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { memberLookup } from '../exports/insert-model-contents';
import { convertUploadOffThread } from './convert-off-thread';
import { ownerNotes } from './owner-notes';

export interface ImportPreview {
  format: ImportFormat;
  /** The model name the file suggests. */
  name: string;
  report: ImportReport;
}

/**
 * What importing this file would create (EDITOR of the workspace): detects the format, converts
 * and validates it exactly as the import does, and writes nothing.
 */
export async function previewImport(actor: Actor | null, input: PreviewImportInput): Promise<ImportPreview> {
  const db = getDb();
  // Access first: an outsider learns nothing about the file's validity.
  await requireWorkspaceRole(db, actor, input.workspaceId, 'EDITOR');
  const { format, document, report } = await convertUploadOffThread(input.content);
  const userId = await memberLookup(db, input.workspaceId);
  return { format, name: document.model.name, report: { ...report, unmapped: [...report.unmapped, ...ownerNotes(document, userId)] } };
}
