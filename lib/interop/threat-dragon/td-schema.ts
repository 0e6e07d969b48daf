import { z } from 'zod';

// The part of a Threat Dragon v2 file the importer reads, checked before anything is converted so
// a malformed or hostile file is refused as a whole with the path of the first problem. Lenient
// where Threat Dragon itself is (most data fields are optional), strict about types and sizes.

const MAX_TEXT = 100_000;
const str = z.string().max(MAX_TEXT);
const num = z.number().finite().min(-10_000_000).max(10_000_000);
const point = z.object({ x: num, y: num });

export const tdThreatSchema = z.object({
  id: str.optional(),
  threatId: str.optional(),
  number: z.number().optional(),
  title: str.optional(),
  type: str.optional(),
  modelType: str.optional(),
  status: str.optional(),
  severity: str.optional(),
  score: z.union([str, z.number()]).optional(),
  description: str.optional(),
  mitigation: str.optional(),
  // Written by Threatline's exporter so a round trip keeps our own values.
  threatline: z.unknown().optional(),
});
export type TdThreat = z.infer<typeof tdThreatSchema>;

export const tdCellDataSchema = z.looseObject({
  type: str.optional(),
  name: str.optional(),
  description: str.optional(),
  outOfScope: z.boolean().optional(),
  reasonOutOfScope: str.optional(),
  protocol: str.optional(),
  threats: z.array(tdThreatSchema).max(5000).optional(),
  threatline: z.unknown().optional(),
});
export type TdCellData = z.infer<typeof tdCellDataSchema>;

const end = z.object({ cell: str.optional(), x: num.optional(), y: num.optional() });

export const tdCellSchema = z.object({
  id: z.union([z.string().min(1).max(200), z.number()]),
  shape: z.string().max(100),
  position: point.optional(),
  size: z.object({ width: num, height: num }).optional(),
  attrs: z.record(z.string(), z.unknown()).optional(),
  labels: z.array(z.unknown()).max(50).optional(),
  source: end.optional(),
  target: end.optional(),
  vertices: z.array(point).max(1000).optional(),
  data: tdCellDataSchema.optional(),
});
export type TdCell = z.infer<typeof tdCellSchema>;

export const tdDiagramSchema = z.object({
  id: z.union([z.number(), z.string().max(100)]).optional(),
  title: str.optional(),
  description: str.optional(),
  diagramType: str.optional(),
  version: str.optional(),
  cells: z.array(tdCellSchema).max(20_000).optional(),
});
export type TdDiagram = z.infer<typeof tdDiagramSchema>;

export const tdModelSchema = z.object({
  version: z.string().max(20),
  summary: z.object({
    title: str,
    owner: str.optional(),
    description: str.optional(),
    id: z.union([z.number(), z.string().max(200)]).optional(),
  }),
  detail: z.object({
    contributors: z.array(z.object({ name: str.optional() })).max(1000).optional(),
    diagrams: z.array(tdDiagramSchema).max(200),
    reviewer: str.optional(),
  }),
});
export type TdModel = z.infer<typeof tdModelSchema>;
