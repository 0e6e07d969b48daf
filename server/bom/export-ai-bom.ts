import 'server-only';
import { randomUUID } from 'node:crypto';
import { fileStem } from '@/lib/exchange/download';
import { modelToCycloneDx, type CycloneDxBom } from '@/lib/exchange/cyclonedx';
import type { Actor } from '../actor';
import { exportModel } from '../exports/export-model';

/** The model's AI bill of materials (CycloneDX 1.6 JSON) and a file name for it. Viewers may download. */
export async function exportAiBom(actor: Actor | null, modelId: string, now = new Date()): Promise<{ bom: CycloneDxBom; filename: string }> {
  const doc = await exportModel(actor, modelId, now);
  const bom = modelToCycloneDx(doc, { now, serialNumber: `urn:uuid:${randomUUID()}` });
  const name = fileStem(doc.model.name);
  return { bom, filename: `${name}.aibom.cdx.json` };
}
