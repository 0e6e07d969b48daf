import 'server-only';
import type { ModelDocument } from '@/lib/exchange/model-document';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { buildModelDocument } from './build-model-document';

/** The whole model as a ModelDocument (the JSON export, and the input of every report). */
export async function exportModel(actor: Actor | null, modelId: string, now = new Date()): Promise<ModelDocument> {
  return getDb().$transaction(async (tx) => {
    await requireModelRole(tx, actor, modelId, 'VIEWER');
    return buildModelDocument(tx, modelId, now);
  }, { timeout: 60_000 });
}
