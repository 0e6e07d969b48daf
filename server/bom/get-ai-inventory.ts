import 'server-only';
import { aiInventory, type InventoryRow } from '@/lib/exchange/ai-inventory';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { loadGraph } from '../canvas/load-graph';
import { getDb } from '../db';

/** The AI inventory of a model's diagram (the AI BoM tab); reads only the graph. */
export async function getAiInventory(actor: Actor | null, modelId: string): Promise<InventoryRow[]> {
  return getDb().$transaction(async (tx) => {
    await requireModelRole(tx, actor, modelId, 'VIEWER');
    const graph = await loadGraph(tx, modelId);
    return aiInventory({ graph: { elements: Object.values(graph.elements), flows: Object.values(graph.flows), boundaries: Object.values(graph.boundaries) } });
  });
}
