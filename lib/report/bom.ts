import { aiInventory, inventoryFactLabels, type InventoryFacts } from '../exchange/ai-inventory';
import type { ModelDocument } from '../exchange/model-document';
import { cleanLine } from './text';
import type { BomRow } from './types';

/** The AI inventory (the same rows as the CycloneDX export and the AI BoM tab) for the appendix. */
export function bomRows(doc: ModelDocument): BomRow[] {
  return aiInventory(doc).map((row) => ({
    name: cleanLine(row.name, 200),
    kind: cleanLine(row.kindLabel, 80),
    type: row.type,
    facts: (Object.keys(inventoryFactLabels) as (keyof InventoryFacts)[]).flatMap((key) => {
      const value = row.facts[key];
      return value ? [{ label: inventoryFactLabels[key], value: cleanLine(value, 300) }] : [];
    }),
    missing: [...row.missing],
  }));
}
