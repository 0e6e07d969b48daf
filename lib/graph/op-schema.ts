import { z } from 'zod';

// Durable canvas edits. The same schemas validate the client store, the save request and the
// server's apply step; kind-specific property checks happen in lib/graph/check-ops.ts.

const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid id.');
const coord = z.number().finite().min(-1_000_000).max(1_000_000);
const size = z.number().finite().min(40).max(1_000_000);
const kind = z.string().min(1).max(64);
const name = z.string().max(200, 'Names are at most 200 characters.');
const description = z.string().max(5000, 'Descriptions are at most 5,000 characters.');
const properties = z.record(z.string().max(64), z.unknown());
/** A properties patch: a key set to null is removed. */
const propertiesPatch = z.record(z.string().max(64), z.unknown());

export const graphElementSchema = z.object({
  id, kind, name, description, boundaryId: id.nullable(), x: coord, y: coord, properties,
});
export const graphBoundarySchema = z.object({
  id, kind, name, parentId: id.nullable(), x: coord, y: coord, width: size, height: size, properties,
});
export const graphFlowSchema = z.object({
  id, sourceId: id, targetId: id, label: z.string().max(200, 'Labels are at most 200 characters.'), properties,
});

export const opSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('element.add'), element: graphElementSchema }),
  z.object({
    type: z.literal('element.update'),
    id,
    changes: z.object({ name: name.optional(), description: description.optional(), kind: kind.optional(), properties: propertiesPatch.optional() }),
  }),
  z.object({ type: z.literal('element.move'), id, x: coord, y: coord }),
  z.object({ type: z.literal('element.reparent'), id, boundaryId: id.nullable(), x: coord, y: coord }),
  z.object({ type: z.literal('element.remove'), id }),
  z.object({ type: z.literal('boundary.add'), boundary: graphBoundarySchema }),
  z.object({
    type: z.literal('boundary.update'),
    id,
    changes: z.object({ name: name.optional(), kind: kind.optional(), properties: propertiesPatch.optional() }),
  }),
  z.object({ type: z.literal('boundary.move'), id, x: coord, y: coord }),
  z.object({ type: z.literal('boundary.resize'), id, x: coord, y: coord, width: size, height: size }),
  z.object({ type: z.literal('boundary.reparent'), id, parentId: id.nullable(), x: coord, y: coord }),
  z.object({ type: z.literal('boundary.remove'), id }),
  z.object({ type: z.literal('flow.add'), flow: graphFlowSchema }),
  z.object({
    type: z.literal('flow.update'),
    id,
    changes: z.object({ label: z.string().max(200).optional(), properties: propertiesPatch.optional() }),
  }),
  z.object({ type: z.literal('flow.remove'), id }),
]);

export type Op = z.infer<typeof opSchema>;
export type OpType = Op['type'];

export const MAX_OPS_PER_SAVE = 5000;

export const saveOpsSchema = z.object({
  modelId: id,
  /** The model revision the client's unsaved ops were made against. */
  baseRevision: z.number().int().min(0),
  ops: z.array(opSchema).min(1, 'Nothing to save.').max(MAX_OPS_PER_SAVE, `Save at most ${MAX_OPS_PER_SAVE} changes at once.`),
  /** The browser tab sending the batch, so its live feed can recognise the echo. */
  clientId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid client id.').optional(),
  /**
   * Conflicts the user has settled ("keep mine"/merge): changes by others to these fields up to
   * revision `upTo` no longer count as conflicts. Later changes still do.
   */
  resolved: z.object({ upTo: z.number().int().min(0), keys: z.array(z.string().max(200)).max(MAX_OPS_PER_SAVE * 4) }).optional(),
});
export type SaveOpsInput = z.infer<typeof saveOpsSchema>;
