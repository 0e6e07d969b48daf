import { parseBoundaryProperties, type BoundaryKind } from '../../domain/boundary-kinds';
import { elementKindDefs, parseElementProperties, type ElementKind } from '../../domain/element-kinds';
import { flowPropertiesSchema } from '../../domain/flow';
import type { GraphBoundary, GraphElement } from '../../graph/types';
import { DocumentBuilder, multiLine, oneLine, type ImportOptions } from '../shared/builder';
import { isRecord, parseOrThrow } from '../shared/guard';
import { autoLayout } from '../shared/layout';
import { ImportFormatError, type ImportResult } from '../types';
import { boundaryAttrSchema, elementAttrSchema, flowAttrSchema, mitigationAttrSchema, readAttr, threatAttrSchema } from './attributes';
import { boundaryKindFor, elementKindFor, mitigationStatusFromOtm, ratingFromOtm, reductionFromOtm, strideFromCategory, threatStatusFromOtm } from './mapping';
import { otmSchema, type OtmFile, type OtmThreatInstance } from './schema';

// Open Threat Model → Threatline. Trust zones become boundaries (nested by `parent`), components
// elements, dataflows flows. OTM separates threat definitions from their instances on components
// and dataflows: each instance becomes one of our threats (a threat belongs to one target); a
// definition nobody instantiates becomes a model-wide threat. Files we exported carry our exact
// values under `attributes.threatline` and come back unchanged.

export function isOtm(json: unknown): boolean {
  return isRecord(json) && typeof json.otmVersion === 'string' && isRecord(json.project);
}

type Bag = Record<string, unknown> | null | undefined;
const coord = (n: number) => Math.max(-1_000_000, Math.min(1_000_000, n));
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === null || v === undefined ? '' : JSON.stringify(v));

/** Free-form key/value pairs (`properties`, foreign `attributes`) as lines; empty values left out. */
function bagLines(...bags: Bag[]): string[] {
  const lines: string[] = [];
  for (const bag of bags) {
    for (const [k, v] of Object.entries(bag ?? {})) {
      if (k === 'threatline' || k.toLowerCase() === 'name') continue;
      const value = text(v);
      if (value && value !== '{}' && value !== '[]') lines.push(`${oneLine(k, 100)}: ${oneLine(value, 500)}`);
    }
  }
  return lines;
}

const cleanTags = (tags: (string | null)[] | null | undefined) => [...new Set((tags ?? []).filter((t): t is string => typeof t === 'string').map((t) => oneLine(t, 40)).filter(Boolean))].slice(0, 30);

function position(reps: { position?: { x: number; y: number } | null }[] | null | undefined) {
  return (reps ?? []).find((r) => r.position)?.position ?? null;
}

export function importOtm(json: unknown, options: ImportOptions = {}): ImportResult {
  const file = parseOrThrow(otmSchema, json, 'Open Threat Model');
  const b = new DocumentBuilder('otm', options);
  const placed = new Set<string>();
  const zones = file.trustZones ?? [];
  const components = file.components ?? [];
  const zoneIds = new Map<string, string | null>(); // OTM id → boundary id (null: our "outside" zone)
  const componentById = new Map(components.map((c) => [c.id, c]));
  const seen = new Set<string>();
  for (const [what, list] of [['trustZones', zones], ['components', components], ['dataflows', file.dataflows ?? []], ['threats', file.threats ?? []], ['mitigations', file.mitigations ?? []]] as const) {
    for (const [i, item] of list.entries()) {
      const key = `${what}:${item.id}`;
      if (seen.has(key)) throw new ImportFormatError(`This is not a valid Open Threat Model file: the id “${oneLine(item.id, 60)}” is used twice.`, `${what}[${i}].id`);
      seen.add(key);
    }
  }

  // Trust zones → boundaries.
  let trustRatings = 0;
  for (const [i, z] of zones.entries()) {
    const ours = readAttr(z.attributes, boundaryAttrSchema);
    if (ours?.outside) {
      zoneIds.set(z.id, null);
      continue;
    }
    const guess = boundaryKindFor(ours?.kind ?? z.type ?? '', z.name);
    const kind: BoundaryKind = guess.kind;
    const name = oneLine(z.name, 200) || `Trust zone ${i + 1}`;
    if (!guess.exact) b.approx(`Trust zone “${name}”`, `Mapped to boundary kind “${kind}”: ${guess.reason}.`, `trustZones[${i}]`);
    let properties: Record<string, unknown> = {};
    if (ours?.properties) {
      const parsed = parseBoundaryProperties(kind, ours.properties);
      if (parsed.success) properties = ours.properties;
      else b.skip(`Trust zone “${name}”`, 'Its Threatline properties are not valid for its kind and were left out.', `trustZones[${i}].attributes`);
    } else {
      trustRatings++;
      const extra = [z.description ? `description: ${oneLine(z.description, 500)}` : '', ...bagLines(z.properties, z.attributes)].filter(Boolean);
      if (extra.length) b.skip(`Trust zone “${name}”`, `Boundaries have no description or free-form properties; not kept: ${extra.join('; ')}.`, `trustZones[${i}]`);
    }
    const rep = (z.representations ?? []).find((r) => r.position || r.size);
    const boundary: GraphBoundary = {
      id: b.newId('b'), kind, name, parentId: null,
      x: coord(rep?.position?.x ?? 0), y: coord(rep?.position?.y ?? 0),
      width: Math.max(40, Math.min(1_000_000, rep?.size?.width ?? 40)), height: Math.max(40, Math.min(1_000_000, rep?.size?.height ?? 40)),
      properties,
    };
    if (rep?.position && rep.size) placed.add(boundary.id);
    b.boundaries.push(boundary);
    zoneIds.set(z.id, boundary.id);
  }
  if (trustRatings) b.approx(`Trust ratings (${trustRatings} zones)`, 'OTM trust ratings are not kept: a boundary’s kind says how far it is trusted.');
  // Nesting, once every zone has an id; a parent that is missing or makes a loop is dropped.
  const boundaryById = new Map(b.boundaries.map((x) => [x.id, x]));
  const boundaryOf = (otmId: string) => boundaryById.get(zoneIds.get(otmId) ?? '');
  for (const [i, z] of zones.entries()) {
    const boundary = boundaryOf(z.id);
    if (!boundary || !z.parent) continue;
    let parentId: string | null | undefined = z.parent.trustZone ? zoneIds.get(z.parent.trustZone) : undefined;
    if (z.parent.component) {
      const c = componentById.get(z.parent.component);
      parentId = c?.parent.trustZone ? zoneIds.get(c.parent.trustZone) : undefined;
      b.approx(`Trust zone “${boundary.name}”`, 'Nested in a component: placed in that component’s boundary instead.', `trustZones[${i}].parent`);
    }
    if (parentId === undefined) {
      b.skip(`Trust zone “${boundary.name}”`, 'Its parent is not in the file: placed at the top level.', `trustZones[${i}].parent`);
      continue;
    }
    let loop = false;
    for (let p = parentId, n = 0; p && n <= zones.length && !loop; p = boundaryById.get(p)?.parentId ?? null, n++) if (p === boundary.id) loop = true;
    if (loop) b.skip(`Trust zone “${boundary.name}”`, 'Its parent chain loops back to it: placed at the top level.', `trustZones[${i}].parent`);
    else boundary.parentId = parentId;
  }

  // Components → elements.
  const elementIds = new Map<string, GraphElement>();
  for (const [i, c] of components.entries()) {
    const ours = readAttr(c.attributes, elementAttrSchema);
    const guess = elementKindFor(ours?.kind ?? c.type, c.name);
    const kind: ElementKind = guess.kind;
    const name = oneLine(c.name, 200) || `Component ${i + 1}`;
    if (!guess.exact) b.approx(`Component “${name}” (${oneLine(c.type, 60)})`, `Mapped to ${elementKindDefs[kind].label}: ${guess.reason}.`, `components[${i}]`);
    let boundaryId: string | null = null;
    if (c.parent.trustZone !== undefined) {
      const id = zoneIds.get(c.parent.trustZone);
      if (id === undefined) b.skip(`Component “${name}”`, `Its trust zone “${oneLine(c.parent.trustZone, 60)}” is not in the file: placed outside any boundary.`, `components[${i}].parent`);
      boundaryId = id ?? null;
    } else if (c.parent.component !== undefined) {
      const parent = componentById.get(c.parent.component);
      boundaryId = parent?.parent.trustZone ? (zoneIds.get(parent.parent.trustZone) ?? null) : null;
      b.approx(`Component “${name}”`, `Nested in component “${oneLine(parent?.name ?? c.parent.component, 60)}”: elements do not nest, so it sits beside it in the same boundary.`, `components[${i}].parent`);
    }
    let properties: Record<string, unknown> = {};
    let description = multiLine(c.description ?? '', 5000);
    if (ours) {
      const parsed = parseElementProperties(kind, ours.properties);
      if (parsed.success) properties = ours.properties;
      else b.skip(`Component “${name}”`, 'Its Threatline properties are not valid for its kind and were left out.', `components[${i}].attributes`);
    } else {
      const tags = cleanTags(c.tags);
      if (tags.length) properties.tags = tags;
      const facts = [`OTM type: ${oneLine(c.type, 200)}`, ...bagLines(c.properties, c.attributes)].join('\n');
      if ('notes' in elementKindDefs[kind].propertiesSchema.shape) properties.notes = multiLine(facts, 5000);
      else description = multiLine([description, facts].filter(Boolean).join('\n\n'), 5000);
      if (c.assets && (c.assets.processed?.length || c.assets.stored?.length)) {
        b.skip(`Component “${name}”`, `Asset references are not kept (processed: ${c.assets.processed?.length ?? 0}, stored: ${c.assets.stored?.length ?? 0}).`, `components[${i}].assets`);
      }
    }
    const pos = position(c.representations);
    const element: GraphElement = { id: b.newId('e'), kind, name, description, boundaryId, x: coord(pos?.x ?? 0), y: coord(pos?.y ?? 0), properties };
    if (pos) placed.add(element.id);
    b.elements.push(element);
    elementIds.set(c.id, element);
  }

  // Dataflows → flows (a bidirectional one becomes two).
  const flowTargets = new Map<string, string[]>(); // OTM dataflow id → our flow ids
  for (const [i, f] of (file.dataflows ?? []).entries()) {
    const label = oneLine(f.name, 120);
    const from = elementIds.get(f.source);
    const to = elementIds.get(f.destination);
    if (!from || !to || from === to) {
      const why = !from || !to ? `its ${!from ? 'source' : 'destination'} is not a component in the file` : 'it starts and ends at the same component';
      b.skip(`Dataflow “${label || f.id}”`, `Not imported: ${why}.${f.threats?.length ? ` Its ${f.threats.length} threat(s) are imported as model-wide threats.` : ''}`, `dataflows[${i}]`);
      flowTargets.set(f.id, []);
      continue;
    }
    const ours = readAttr(f.attributes, flowAttrSchema);
    const properties = ours && flowPropertiesSchema.safeParse(ours.properties).success ? ours.properties : {};
    if (!ours) {
      const extra = [f.description ? `description: ${oneLine(f.description, 500)}` : '', ...bagLines(f.properties, f.attributes), ...(f.tags?.length ? [`tags: ${cleanTags(f.tags).join(', ')}`] : [])].filter(Boolean);
      if (extra.length) b.skip(`Dataflow “${label || f.id}”`, `Flows have no description or free-form properties; not kept: ${extra.join('; ')}.`, `dataflows[${i}]`);
    }
    const ids = [b.newId('f')];
    b.flows.push({ id: ids[0]!, sourceId: from.id, targetId: to.id, label, properties });
    if (f.bidirectional) {
      ids.push(b.newId('f'));
      b.flows.push({ id: ids[1]!, sourceId: to.id, targetId: from.id, label, properties: { ...properties } });
      b.approx(`Dataflow “${label || f.id}”`, 'Bidirectional: imported as two flows, one each way (threats on it apply to both).', `dataflows[${i}]`);
    }
    flowTargets.set(f.id, ids);
  }

  importThreats(b, file, elementIds, flowTargets);
  autoLayout(b.boundaries, b.elements, placed);

  const project = file.project;
  const projectExtra = [
    project.owner ? `Owner: ${project.owner}${project.ownerContact ? ` (${project.ownerContact})` : ''}` : '',
    project.tags?.length ? `Tags: ${cleanTags(project.tags).join(', ')}` : '',
    ...bagLines(project.attributes),
  ].filter(Boolean);
  for (const [i, a] of (file.assets ?? []).entries()) b.skip(`Asset “${oneLine(a.name, 80)}”`, 'Threatline has no asset register; flows carry a data classification instead.', `assets[${i}]`);
  const version = file.otmVersion;
  if (!/^0\.[12](\.\d+)?$/.test(version)) b.approx('OTM version', `The file says OTM ${oneLine(version, 20)}; it was read as OTM 0.2.`);
  return b.build(
    { name: project.name, description: [project.description ?? '', projectExtra.join('\n')].filter(Boolean).join('\n\n') },
    `OTM ${oneLine(version, 20)}`,
  );
}

/** Definitions and instances → our threats; mitigations and their links. */
function importThreats(b: DocumentBuilder, file: OtmFile, elementIds: Map<string, GraphElement>, flowTargets: Map<string, string[]>) {
  const definitions = new Map((file.threats ?? []).map((t, i) => [t.id, { t, i }]));
  const mitigationDefs = new Map((file.mitigations ?? []).map((m, i) => [m.id, { m, i }]));
  const threatsOfDef = new Map<string, string[]>();
  const mitigationOf = new Map<string, ReturnType<DocumentBuilder['mitigation']>>();
  const mitigationStates = new Map<string, Set<string>>();
  const instanceLinks: { threatId: string; defId: string; ref: string }[] = [];
  let unratedLikelihood = 0;
  let foreignThreats = 0;

  const create = (defId: string, target: { type: 'element' | 'flow' | 'model'; id: string | null }, instance: OtmThreatInstance | null, where: string) => {
    const def = definitions.get(defId);
    if (!def) {
      b.skip(`Threat instance at ${where}`, `Refers to threat “${oneLine(defId, 60)}”, which is not defined in the file.`, where);
      return;
    }
    const { t } = def;
    const ours = readAttr(t.attributes, threatAttrSchema);
    const stride = new Set<string>();
    const otherCategories: string[] = [];
    for (const c of t.categories ?? []) {
      if (!c) continue;
      const letter = strideFromCategory(c);
      if (letter) stride.add(letter);
      else otherCategories.push(oneLine(c, 80));
    }
    const title = ours?.title ?? oneLine(t.name, 200);
    const description = [
      t.description ?? '',
      !ours && t.name.length > 200 ? `Full name: ${t.name}` : '',
      otherCategories.length > 1 ? `Categories: ${otherCategories.join(', ')}` : '',
      t.cwes?.length ? `CWE: ${t.cwes.filter(Boolean).join(', ')}` : '',
      !ours && t.tags?.length ? `Tags: ${cleanTags(t.tags).join(', ')}` : '',
      t.risk.likelihoodComment ? `Likelihood: ${t.risk.likelihoodComment}` : '',
      t.risk.impactComment ? `Impact: ${t.risk.impactComment}` : '',
      ...(!ours ? bagLines(t.attributes) : []),
    ].filter(Boolean).join('\n\n');
    if (!ours) foreignThreats++;
    if (!ours && (t.risk.likelihood === null || t.risk.likelihood === undefined)) unratedLikelihood++;
    const state = instance?.state;
    const status = state !== undefined ? threatStatusFromOtm(state) : (ours?.status ?? 'identified');
    if (!status && state !== undefined) b.approx(`Threat “${title}”`, `Unknown state “${oneLine(state, 40)}”: imported as Identified.`, where);
    const threat = b.threat({
      title: title || `Threat ${oneLine(defId, 60)}`,
      description: multiLine(description, 10_000),
      category: otherCategories[0] ?? '',
      stride: [...stride],
      likelihood: ratingFromOtm(t.risk.likelihood ?? 60),
      impact: ratingFromOtm(t.risk.impact),
      ...(ours ?? {}),
      status: status ?? 'identified',
      target,
    });
    if (ours?.statusHistory === undefined && status && status !== 'identified') threat.statusHistory = [{ from: null, to: status, at: b.now, actor: null }];
    const ofDef = threatsOfDef.get(defId);
    if (ofDef) ofDef.push(threat.id);
    else threatsOfDef.set(defId, [threat.id]);
    for (const [k, ref] of (instance?.mitigations ?? []).entries()) {
      if (!ref?.mitigation) {
        b.skip(`Threat “${title}”`, 'A mitigation reference without an id was left out.', `${where}.mitigations[${k}]`);
        continue;
      }
      instanceLinks.push({ threatId: threat.id, defId, ref: ref.mitigation });
      if (ref.state) mitigationStates.set(ref.mitigation, new Set([...(mitigationStates.get(ref.mitigation) ?? []), ref.state]));
    }
  };

  for (const [i, c] of (file.components ?? []).entries()) {
    const el = elementIds.get(c.id)!;
    for (const [k, inst] of (c.threats ?? []).entries()) create(inst.threat, { type: 'element', id: el.id }, inst, `components[${i}].threats[${k}]`);
  }
  for (const [i, f] of (file.dataflows ?? []).entries()) {
    const flows = flowTargets.get(f.id) ?? [];
    for (const [k, inst] of (f.threats ?? []).entries()) {
      if (!flows.length) create(inst.threat, { type: 'model', id: null }, inst, `dataflows[${i}].threats[${k}]`);
      for (const id of flows) create(inst.threat, { type: 'flow', id }, inst, `dataflows[${i}].threats[${k}]`);
    }
  }
  let modelWide = 0;
  for (const [id, { t }] of definitions) {
    if (threatsOfDef.has(id)) continue;
    create(id, { type: 'model', id: null }, null, `threats[${definitions.get(id)!.i}]`);
    if (readAttr(t.attributes, threatAttrSchema) === null) modelWide++;
  }
  if (modelWide) b.approx(`Threats not placed on any component or dataflow (${modelWide})`, 'Imported as model-wide threats.');
  if (unratedLikelihood) b.approx(`Threats without likelihood (${unratedLikelihood})`, 'OTM allows a null likelihood: set to 3 (Possible).');
  if (foreignThreats) b.approx(`Threat ratings (${foreignThreats})`, 'OTM likelihood and impact 0–100 mapped to 1–5: 0–20 → 1, 21–40 → 2, 41–60 → 3, 61–80 → 4, 81–100 → 5.');

  // Mitigations: one per definition; status from the instances' states; links from the instances.
  let foreign = 0;
  for (const [id, { m, i }] of mitigationDefs) {
    const ours = readAttr(m.attributes, mitigationAttrSchema);
    const title = oneLine(ours?.title ?? m.name, 200) || `Mitigation ${oneLine(id, 60)}`;
    const states = [...(mitigationStates.get(id) ?? [])];
    const mapped = states.map((s) => mitigationStatusFromOtm(s));
    const status = ours?.status ?? mapped.find((s) => s) ?? 'proposed';
    if (!ours && states.length && mapped.some((s) => !s)) b.approx(`Mitigation “${title}”`, `Unknown state “${oneLine(states.find((_, k) => !mapped[k])!, 40)}”: imported as ${status === 'proposed' ? 'Proposed' : status}.`, `mitigations[${i}]`);
    if (!ours && new Set(mapped.filter(Boolean)).size > 1) b.approx(`Mitigation “${title}”`, `Its instances have different states (${states.join(', ')}); Threatline keeps one status per mitigation: ${status}.`, `mitigations[${i}]`);
    if (!ours) foreign++;
    const { links: _links, title: _title, ...rest } = ours ?? {};
    void _links;
    void _title;
    const mitigation = b.mitigation({
      title,
      description: multiLine([m.description ?? '', !ours && m.name.length > 200 ? `Full name: ${m.name}` : '', ...(!ours ? bagLines(m.attributes) : [])].filter(Boolean).join('\n\n'), 10_000),
      ...rest,
      rejectionReason: status === 'rejected' ? (ours?.rejectionReason ?? `State “${states.join(', ')}” in the OTM file.`) : (ours?.rejectionReason ?? null),
      status,
    });
    mitigationOf.set(id, mitigation);
  }
  if (foreign) b.approx(`Mitigations (${foreign})`, 'OTM has no control type: set to Preventive. Risk reduction 0–100 became a likelihood reduction on each link: 0–12 → 0, 13–37 → 1, 38–62 → 2, 63–87 → 3, 88–100 → 4.');
  const oursOf = new Map([...mitigationDefs].map(([id, { m }]) => [id, readAttr(m.attributes, mitigationAttrSchema)]));
  for (const l of instanceLinks) {
    const m = mitigationOf.get(l.ref);
    if (!m) {
      b.skip(`Mitigation reference “${oneLine(l.ref, 60)}”`, 'Not defined in the file; the link was left out.');
      continue;
    }
    const def = mitigationDefs.get(l.ref)!.m;
    const exact = oursOf.get(l.ref)?.links?.find((x) => x.threat === l.defId);
    b.link(m, l.threatId, exact ? { likelihoodReduction: exact.likelihoodReduction, impactReduction: exact.impactReduction } : { likelihoodReduction: reductionFromOtm(def.riskReduction), impactReduction: 0 });
  }
  // Our own export also lists links of model-wide threats, which OTM instances cannot hold.
  for (const [id, m] of mitigationOf) {
    for (const l of oursOf.get(id)?.links ?? []) {
      for (const threatId of threatsOfDef.get(l.threat) ?? []) b.link(m, threatId, { likelihoodReduction: l.likelihoodReduction, impactReduction: l.impactReduction });
    }
  }
}
