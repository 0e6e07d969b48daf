import { boundaryKindDefs, isBoundaryKind, parseBoundaryProperties, type BoundaryKind } from '../../domain/boundary-kinds';
import { elementKindDefs, isElementKind, parseElementProperties, type ElementKind } from '../../domain/element-kinds';
import { FLOW_LABEL_MAX, parseFlowProperties } from '../../domain/flow';
import type { GraphBoundary, GraphElement, GraphFlow, Properties } from '../../graph/types';
import { boundaryKindByName, kindByName, type GenericShape } from '../kind-by-name';
import { center, crossesPolyline, smallestContaining, type Point, type Rect } from './geometry';
import { multiLine, oneLine, type NoteCollector } from './notes';
import type { TdCell, TdDiagram, TdThreat } from './td-schema';

type Role = GenericShape | 'flow' | 'box' | 'curve' | 'text';

// Current shape names, the misspelt curve older Threat Dragon versions wrote (and still read),
// and the v1 `tm.*` type names, which some converters put in `shape`.
const roleByName: Record<string, Role> = {
  actor: 'actor', process: 'process', store: 'store', flow: 'flow',
  'trust-boundary-box': 'box', 'trust-boundary-curve': 'curve', 'trust-broundary-curve': 'curve', 'td-text-block': 'text',
  'tm.Actor': 'actor', 'tm.Process': 'process', 'tm.Store': 'store', 'tm.Flow': 'flow',
  'tm.BoundaryBox': 'box', 'tm.Boundary': 'curve', 'tm.Text': 'text',
};
const roleOf = (cell: TdCell): Role | undefined =>
  (Object.hasOwn(roleByName, cell.shape) ? roleByName[cell.shape] : undefined) ??
  (cell.data?.type && Object.hasOwn(roleByName, cell.data.type) ? roleByName[cell.data.type] : undefined);

const shapeLabel: Record<Role, string> = {
  actor: 'actor', process: 'process', store: 'store', flow: 'data flow', box: 'trust boundary box', curve: 'trust boundary curve', text: 'text block',
};
const defaultSize: Record<GenericShape, { width: number; height: number }> = {
  process: { width: 100, height: 100 }, store: { width: 160, height: 80 }, actor: { width: 160, height: 80 },
};

/** Facts Threat Dragon records as true/false flags, with the words used for them in notes. */
const flagWords: Record<string, string> = {
  isWebApplication: 'web application', privilegeLevel: 'privilege level', handlesCardPayment: 'handles card payments', handlesGoodsOrServices: 'handles goods or services',
  providesAuthentication: 'provides authentication', isALog: 'holds logs', storesCredentials: 'stores credentials or PII',
  isSigned: 'signed', storesInventory: 'stores inventory', isEncrypted: 'encrypted',
};
/** Data fields that are structure, not facts about the element. */
const structural = new Set(['type', 'name', 'description', 'outOfScope', 'reasonOutOfScope', 'threats', 'threatline', 'isTrustBoundary', 'hasOpenThreats', 'protocol', 'isBidirectional', 'isPublicNetwork']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const clamp = (n: number) => Math.max(-1_000_000, Math.min(1_000_000, Math.round(n)));

function textAt(attrs: unknown, ...path: string[]): string | undefined {
  let v: unknown = attrs;
  for (const k of path) v = isObject(v) ? v[k] : undefined;
  return typeof v === 'string' ? v : undefined;
}

export function cellName(cell: TdCell): string {
  const label = cell.labels?.[0];
  return (
    cell.data?.name ||
    textAt(cell.attrs, 'text', 'text') ||
    textAt(cell.attrs, 'label', 'text') ||
    textAt(label, 'attrs', 'label', 'text') ||
    textAt(label, 'attrs', 'labelText', 'text') ||
    textAt(label, 'attrs', 'text', 'text') ||
    ''
  );
}

/** A threat list found on a cell, with what it will be attached to. */
export interface CellThreats {
  target: { type: 'element' | 'flow'; id: string } | { type: 'model'; id: null };
  subject: string;
  path: string;
  threats: TdThreat[];
}

export interface BuiltGraph {
  elements: GraphElement[];
  boundaries: GraphBoundary[];
  flows: GraphFlow[];
  cellThreats: CellThreats[];
}

interface Box {
  id: string;
  rect: Rect;
  name: string;
}

/** A Threatline kind and properties the exporter wrote, if they are still valid here. */
function hint(data: TdCell['data'], check: (kind: string, props: unknown) => boolean): { kind: string; properties: Properties } | null {
  const t = data?.threatline;
  if (!isObject(t) || !isObject(t.properties)) return null;
  const kind = typeof t.kind === 'string' ? t.kind : ''; // flows have none
  return check(kind, t.properties) ? { kind, properties: t.properties } : null;
}


export function buildDiagram(diagram: TdDiagram, di: number, dy: number, nextId: (p: string) => string, notes: NoteCollector): BuiltGraph {
  const out: BuiltGraph = { elements: [], boundaries: [], flows: [], cellThreats: [] };
  const cells = diagram.cells ?? [];
  const where = (ci: number) => `detail.diagrams[${di}].cells[${ci}]`;
  const boxes: (Box & { ci: number; cell: TdCell })[] = [];
  const nodes: { ci: number; cell: TdCell; role: GenericShape; rect: Rect }[] = [];
  const edges: { ci: number; cell: TdCell }[] = [];
  const curves: { ci: number; cell: TdCell; line: Point[] }[] = [];
  const shift = (p: Point): Point => ({ x: p.x, y: p.y + dy });

  cells.forEach((cell, ci) => {
    const role = roleOf(cell);
    const name = oneLine(cellName(cell), 200);
    if (!role) {
      notes.drop(`Cell “${name || String(cell.id)}” (shape “${cell.shape.slice(0, 60)}”)`, 'Not a Threat Dragon shape Threatline knows; left out.', where(ci));
      return;
    }
    if (role === 'flow') return void edges.push({ ci, cell });
    if (role === 'text') {
      notes.drop(`Text block “${oneLine(cellName(cell), 120)}”`, 'Free text on the diagram has no place on the Threatline canvas; copy it into the model description if it matters.', where(ci));
      return;
    }
    if (role === 'curve') {
      const pts = [cell.source, ...(cell.vertices ?? []), cell.target].filter((p): p is Point => typeof p?.x === 'number' && typeof p.y === 'number').map(shift);
      curves.push({ ci, cell, line: pts });
      return;
    }
    const pos = cell.position ?? { x: 0, y: 0 };
    const size = cell.size ?? (role === 'box' ? { width: 200, height: 200 } : defaultSize[role]);
    const rect = { ...shift(pos), width: Math.max(1, size.width), height: Math.max(1, size.height) };
    if (role === 'box') boxes.push({ id: nextId('b'), rect, name, ci, cell });
    else nodes.push({ ci, cell, role, rect });
  });

  // Boundaries: nested by geometry (a box inside a larger box is its child).
  const absOf = new Map<string, Point>();
  const sortedBoxes = [...boxes].sort((a, b) => b.rect.width * b.rect.height - a.rect.width * a.rect.height);
  for (const box of sortedBoxes) {
    const parent = smallestContaining(sortedBoxes, box.rect, box);
    const h = hint(box.cell.data, (k, p) => isBoundaryKind(k) && parseBoundaryProperties(k, p).success);
    let kind: BoundaryKind = 'network';
    if (h) kind = h.kind as BoundaryKind;
    else {
      const found = boundaryKindByName(box.name);
      if (found) kind = found;
      notes.group(`bkind:${kind}:${found ? 'name' : 'default'}`, 'approximations', (n) => `${n} trust boundary box${n === 1 ? '' : 'es'} → ${boundaryKindDefs[kind].label}`,
        found ? `Typed as ${boundaryKindDefs[kind].label} because of the name:` : `Threat Dragon boxes have no kind; typed as ${boundaryKindDefs[kind].label} (change it in the inspector):`, box.name || 'unnamed');
    }
    const width = Math.max(40, box.rect.width);
    const height = Math.max(40, box.rect.height);
    if (width !== box.rect.width || height !== box.rect.height) notes.approx(`Trust boundary “${box.name}”`, 'Enlarged to the 40 px minimum size.', where(box.ci));
    const px = parent ? parent.rect.x : 0;
    const py = parent ? parent.rect.y : 0;
    absOf.set(box.id, { x: box.rect.x, y: box.rect.y });
    out.boundaries.push({
      id: box.id, kind, name: box.name || 'Trust boundary', parentId: parent?.id ?? null,
      x: clamp(box.rect.x - px), y: clamp(box.rect.y - py), width: clamp(width), height: clamp(height),
      properties: h?.properties ?? {},
    });
    if (box.cell.data?.description?.trim()) notes.drop(`Trust boundary “${box.name}”`, `Its description has no field on a boundary: “${oneLine(box.cell.data.description, 300)}”.`, where(box.ci));
    if (box.cell.data?.threats?.length) out.cellThreats.push({ target: { type: 'model', id: null }, subject: `trust boundary “${box.name}”`, path: where(box.ci), threats: box.cell.data.threats });
  }

  // Elements.
  const elementOf = new Map<string, { id: string; rect: Rect; name: string }>();
  for (const { ci, cell, role, rect } of nodes) {
    const data = cell.data ?? {};
    const rawName = oneLine(cellName(cell), 200);
    const name = rawName || `Unnamed ${shapeLabel[role]}`;
    const h = hint(data, (k, p) => isElementKind(k) && parseElementProperties(k, p).success);
    let kind: ElementKind;
    if (h) kind = h.kind as ElementKind;
    else {
      const guess = kindByName(role, rawName);
      kind = guess.kind;
      const label = elementKindDefs[kind].label;
      if (guess.because) notes.approx(`Element “${name}” (Threat Dragon ${role})`, `Mapped to ${label}: the name mentions ${guess.because}.`, where(ci));
      else notes.group(`generic:${kind}`, 'approximations', (n) => `${n} Threat Dragon ${role}${n === 1 ? '' : 'es'} → ${label}`,
        `The name does not say which AI stage it is, so it was imported as the generic kind ${label}; select several on the canvas and use “Change kind” to re-type them:`, name);
    }
    const schemaKeys = new Set(elementKindDefs[kind].fields.map((f) => f.key));
    const properties: Properties = h ? { ...h.properties } : {};
    let description = multiLine(data.description, 5000);
    if (!h) {
      const facts: string[] = [];
      for (const [key, value] of Object.entries(data)) {
        if (structural.has(key) || value === false || value === '' || value === null || typeof value === 'object') continue;
        if (key === 'isEncrypted' && value === true && schemaKeys.has('encryptionAtRest')) {
          properties.encryptionAtRest = 'yes';
          continue;
        }
        const words = flagWords[key];
        facts.push(words && value === true ? words : `${words ?? oneLine(key, 40)}: ${oneLine(String(value), 200)}`);
      }
      if (facts.length) {
        const text = `Threat Dragon: ${facts.join('; ')}.`;
        if (schemaKeys.has('notes')) properties.notes = text.slice(0, 5000);
        else description = (description ? `${description}\n\n${text}` : text).slice(0, 5000);
        notes.approx(`Element “${name}”`, `Threat Dragon properties without a Threatline field were kept in its ${schemaKeys.has('notes') ? 'notes' : 'description'}: ${facts.join('; ')}.`, where(ci));
      }
      if (data.outOfScope) {
        const reason = oneLine(data.reasonOutOfScope, 500);
        description = (description ? `${description}\n\n` : '') + `Out of scope${reason ? `: ${reason}` : ''}.`;
        properties.tags = ['out-of-scope'];
        notes.approx(`Element “${name}”`, `Marked out of scope in Threat Dragon: tagged “out-of-scope” and the reason added to its description${reason ? ` (${reason})` : ''}.`, where(ci));
      }
      if ((data.description?.length ?? 0) > 5000) notes.approx(`Element “${name}”`, 'Description shortened to 5,000 characters.', where(ci));
    }
    const parent = smallestContaining(boxes, center(rect));
    const origin = parent ? absOf.get(parent.id)! : { x: 0, y: 0 };
    const id = nextId('e');
    elementOf.set(String(cell.id), { id, rect, name });
    out.elements.push({ id, kind, name, description: description.slice(0, 5000), boundaryId: parent?.id ?? null, x: clamp(rect.x - origin.x), y: clamp(rect.y - origin.y), properties });
    if (data.threats?.length) out.cellThreats.push({ target: { type: 'element', id }, subject: `element “${name}”`, path: where(ci), threats: data.threats });
  }

  // Flows.
  const flowEnds = new Map<string, [Point, Point, string]>();
  for (const { ci, cell } of edges) {
    const data = cell.data ?? {};
    const label = oneLine(cellName(cell), FLOW_LABEL_MAX);
    const subject = `Flow “${label || 'unlabelled'}”`;
    const from = cell.source?.cell !== undefined ? elementOf.get(cell.source.cell) : undefined;
    const to = cell.target?.cell !== undefined ? elementOf.get(cell.target.cell) : undefined;
    if (!from || !to || from === to) {
      const why = !from || !to ? 'one of its ends is not attached to a process, store or actor' : 'it starts and ends on the same element';
      notes.drop(subject, `Left out: ${why}.${data.threats?.length ? ' Its threats are kept as model-wide threats.' : ''}`, where(ci));
      if (data.threats?.length) out.cellThreats.push({ target: { type: 'model', id: null }, subject: `flow “${label}”`, path: where(ci), threats: data.threats });
      continue;
    }
    const id = nextId('f');
    const h = hint(data, (_k, p) => parseFlowProperties(p).success);
    const properties: Properties = h ? { ...h.properties } : {};
    if (!h) {
      const protocol = oneLine(data.protocol, 100);
      if (protocol) properties.protocol = protocol;
      if (data.isEncrypted === true) {
        properties.encryption = 'tls';
        notes.group('flow:tls', 'approximations', (n) => `${n} encrypted flow${n === 1 ? '' : 's'}`, 'Threat Dragon says only “encrypted”; recorded as Encryption in transit: TLS for', label || 'unlabelled');
      }
      if (data.isPublicNetwork === true) notes.group('flow:public', 'unmapped', (n) => `${n} flow${n === 1 ? '' : 's'} over a public network`, 'Flows have no “public network” field; put the elements on the internet side in an Internet boundary. Flows:', label || 'unlabelled');
      if (data.isBidirectional === true) notes.group('flow:bidi', 'approximations', (n) => `${n} bidirectional flow${n === 1 ? '' : 's'}`, 'Threatline flows have one direction; each was drawn from its Threat Dragon source to its target only (add the reverse flow if data goes back):', label || 'unlabelled');
      if (data.description?.trim()) notes.drop(subject, `Flows have no description here; it was: “${oneLine(data.description, 500)}”.`, where(ci));
      if (data.outOfScope) notes.drop(subject, `Marked out of scope in Threat Dragon${data.reasonOutOfScope ? ` (${oneLine(data.reasonOutOfScope, 300)})` : ''}; flows cannot be marked out of scope here.`, where(ci));
    }
    out.flows.push({ id, sourceId: from.id, targetId: to.id, label, properties });
    flowEnds.set(id, [center(from.rect), center(to.rect), label || `${from.name} → ${to.name}`]);
    if (data.threats?.length) out.cellThreats.push({ target: { type: 'flow', id }, subject: `flow “${label || `${from.name} → ${to.name}`}”`, path: where(ci), threats: data.threats });
  }

  // Curves are lines, not areas: they cannot contain anything, so they are reported with the flows they cut.
  for (const { ci, cell, line } of curves) {
    const name = oneLine(cellName(cell), 200);
    const crossed = [...flowEnds.values()].filter(([a, b]) => crossesPolyline(a, b, line)).map(([, , l]) => `“${l}”`);
    notes.approx(
      `Trust boundary curve${name ? ` “${name}”` : ''}`,
      `Threatline boundaries are areas that contain elements, so this line was not drawn. ${crossed.length ? `It crosses ${crossed.length} flow${crossed.length === 1 ? '' : 's'}: ${crossed.slice(0, 40).join(', ')}${crossed.length > 40 ? '…' : ''}.` : 'It crosses no flow.'} Draw a boundary around the elements on one side to keep the zone.`,
      where(ci),
    );
    if (cell.data?.threats?.length) out.cellThreats.push({ target: { type: 'model', id: null }, subject: `trust boundary curve “${name}”`, path: where(ci), threats: cell.data.threats });
  }
  return out;
}

/** Vertical extent of a diagram's drawing, for stacking several diagrams. */
export function verticalExtent(diagram: TdDiagram): { top: number; bottom: number } | null {
  let top = Infinity;
  let bottom = -Infinity;
  for (const c of diagram.cells ?? []) {
    const ys: number[] = [];
    if (c.position) ys.push(c.position.y, c.position.y + (c.size?.height ?? 100));
    for (const p of [c.source, c.target, ...(c.vertices ?? [])]) if (typeof p?.y === 'number') ys.push(p.y);
    for (const y of ys) {
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return top === Infinity ? null : { top, bottom };
}
