// Threat Dragon 1.x files (JointJS): each diagram keeps its cells under `diagramJson`, the cell's
// shape is its `type` (tm.Process, tm.Store, tm.Actor, tm.Flow, tm.Boundary), its facts sit on the
// cell itself rather than under `data`, and flows point at `{ id }`. Threat Dragon 2 still opens
// them; here they are rewritten into the v2 layout and then read like any v2 file.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** JointJS drawing keys; everything else on a v1 cell is a fact about the element. */
const drawingKeys = new Set(['type', 'size', 'position', 'id', 'z', 'attrs', 'source', 'target', 'vertices', 'labels', 'smooth', 'angle', 'ports', 'markup', 'router', 'connector']);

export function isV1(json: unknown): boolean {
  if (!isObject(json) || !isObject(json.detail) || !Array.isArray(json.detail.diagrams)) return false;
  return json.detail.diagrams.some((d) => isObject(d) && isObject(d.diagramJson) && !('cells' in d));
}

function end(v: unknown): unknown {
  if (!isObject(v)) return v;
  if (typeof v.id === 'string') return { cell: v.id };
  return { x: v.x, y: v.y };
}

function cell(c: unknown): unknown {
  if (!isObject(c)) return c;
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) if (!drawingKeys.has(k)) data[k] = v;
  data.type = c.type;
  const out: Record<string, unknown> = { id: c.id, shape: c.type, data };
  for (const k of ['position', 'size', 'attrs', 'labels', 'vertices'] as const) if (c[k] !== undefined) out[k] = c[k];
  if (c.source !== undefined) out.source = end(c.source);
  if (c.target !== undefined) out.target = end(c.target);
  return out;
}

/** The v1 model in the v2 layout (version "2.0"), for the v2 reader; other input is returned as is. */
export function upgradeV1(json: Record<string, unknown>): Record<string, unknown> {
  const detail = json.detail as Record<string, unknown> & { diagrams: unknown[] };
  const diagrams = detail.diagrams.map((d) => {
    if (!isObject(d) || !isObject(d.diagramJson)) return d;
    const { diagramJson, ...rest } = d;
    const cells = Array.isArray(diagramJson.cells) ? diagramJson.cells.map(cell) : diagramJson.cells;
    return { ...rest, cells };
  });
  return { ...json, version: '2.0', detail: { ...detail, diagrams } };
}
