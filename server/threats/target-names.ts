import 'server-only';
import type { Db, Tx } from '../db';

export interface TargetName {
  type: 'element' | 'flow';
  name: string;
  kind: string | null;
}

/** Display names of a model's elements and flows ("Source → Target" for unlabelled flows). */
export async function targetNames(db: Db | Tx, modelId: string): Promise<Map<string, TargetName>> {
  // Sequential: callers may pass a transaction, whose queries share one connection.
  const elements = await db.element.findMany({ where: { modelId }, select: { id: true, name: true, kind: true } });
  const flows = await db.flow.findMany({ where: { modelId }, select: { id: true, label: true, sourceId: true, targetId: true } });
  const names = new Map<string, TargetName>();
  for (const e of elements) names.set(e.id, { type: 'element', name: e.name.trim() || 'Unnamed element', kind: e.kind });
  for (const f of flows) {
    const from = names.get(f.sourceId)?.name ?? '?';
    const to = names.get(f.targetId)?.name ?? '?';
    names.set(f.id, { type: 'flow', name: f.label.trim() ? `${f.label.trim()} (${from} → ${to})` : `${from} → ${to}`, kind: null });
  }
  return names;
}
