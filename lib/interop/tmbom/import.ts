import { boundaryKindDefs, type BoundaryKind } from '../../domain/boundary-kinds';
import { elementKindDefs, type ElementKind } from '../../domain/element-kinds';
import type { MitigationStatus } from '../../domain/mitigation';
import type { GraphElement } from '../../graph/types';
import { boundaryKindByName, genericKindOf, kindByName, type GenericShape } from '../kind-by-name';
import { DocumentBuilder, fitSections, multiLine, oneLine, type ImportOptions } from '../shared/builder';
import { isRecord, parseOrThrow } from '../shared/guard';
import { autoLayout } from '../shared/layout';
import { ImportFormatError, type ImportResult } from '../types';
import { tmBomSchema } from './schema';

// OWASP TM-BOM 1.0.x (Threat Model Library) → Threatline. Trust zones become boundaries;
// actors, components and data stores elements (typed by name), inside their zone's boundary;
// data flows flows. Data sets are not systems that send data, so they are described on the data
// store they are placed in rather than drawn. TM-BOM threats name no component: they are
// model-wide, rated from the risks that group them. Controls become mitigations linked to their
// threats. Trust boundaries (pairs of zones), assumptions and threat personas have no entity of
// their own here: they become sections of the model description. docs/interop.md lists the mapping.

const KNOWN_KEYS = new Set([
  '$schema', 'version', 'scope', 'description', 'trust_zones', 'trust_boundaries', 'actors', 'components', 'data_stores', 'data_sets',
  'data_flows', 'assumptions', 'threat_personas', 'threats', 'controls', 'risks',
  // Metadata of the model, kept as lines of the description.
  'frozen', 'release_docs_link', 'reviewed_at', 'repo_link',
]);

export function isTmBom(json: unknown): boolean {
  if (!isRecord(json) || 'otmVersion' in json || 'bomFormat' in json) return false;
  if (typeof json.$schema === 'string' && /threat-model(-library|\.schema)/i.test(json.$schema)) return true;
  return Array.isArray(json.trust_zones) && Array.isArray(json.components) && Array.isArray(json.data_flows);
}

/** Risk likelihood words (a 5-step scale) → our 1–5. */
export const LIKELIHOOD: Record<string, number> = { rare: 1, unlikely: 2, possible: 3, likely: 4, almost_certain: 5, certain: 5 };
/** Risk impact words → our 1–5. */
export const IMPACT: Record<string, number> = { insignificant: 1, negligible: 1, minor: 2, moderate: 3, major: 4, severe: 5, catastrophic: 5, critical: 5 };
const norm = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Control status → our mitigation status; null when unknown. */
export function mitigationStatusFromTmBom(status: string): MitigationStatus | null {
  const table: Record<string, MitigationStatus> = {
    suggested: 'proposed', proposed: 'proposed', recommended: 'proposed',
    planned: 'planned', accepted: 'planned',
    in_progress: 'in-progress', implementing: 'in-progress',
    active: 'implemented', implemented: 'implemented', enabled: 'implemented',
    verified: 'verified', tested: 'verified',
    rejected: 'rejected', declined: 'rejected', inactive: 'rejected', not_applicable: 'rejected',
  };
  return table[norm(status)] ?? null;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === null || v === undefined ? '' : JSON.stringify(v));

/** Fields of an item the mapping does not use, as "key: value" lines, so none is lost. */
function otherLines(item: Record<string, unknown>, used: readonly string[]): string[] {
  return Object.entries(item)
    .filter(([k]) => !used.includes(k))
    .map(([k, v]) => [k, text(v)] as const)
    .filter(([, v]) => v && v !== '{}' && v !== '[]')
    .map(([k, v]) => `${oneLine(k, 100)}: ${oneLine(v, 1000)}`);
}

type Endpoint = 'actor' | 'component' | 'data_store';

export function importTmBom(json: unknown, options: ImportOptions = {}): ImportResult {
  const file = parseOrThrow(tmBomSchema, json, 'TM-BOM');
  const b = new DocumentBuilder('tm-bom', options);
  for (const key of Object.keys(json as object)) {
    if (!KNOWN_KEYS.has(key)) b.skip(`Field “${oneLine(key, 60)}”`, 'Not part of the TM-BOM format as read here; ignored.', key);
  }
  const seen = new Set<string>();
  for (const what of ['trust_zones', 'actors', 'components', 'data_stores', 'data_sets', 'threats', 'controls', 'threat_personas'] as const) {
    for (const [i, item] of (file[what] ?? []).entries()) {
      const key = `${what}:${item.symbolic_name}`;
      if (seen.has(key)) throw new ImportFormatError(`This is not a valid TM-BOM file: the symbolic name “${oneLine(item.symbolic_name, 60)}” is used twice.`, `${what}[${i}].symbolic_name`);
      seen.add(key);
    }
  }
  const title = (item: { title?: string; symbolic_name: string }) => oneLine(item.title ?? '', 200) || oneLine(item.symbolic_name, 200);

  // Trust zones → boundaries, typed by name (TM-BOM zones do not nest).
  const zoneIds = new Map<string, string>();
  const zoneNames = new Map<string, string>();
  for (const [i, z] of (file.trust_zones ?? []).entries()) {
    const name = title(z);
    const guessed = boundaryKindByName(`${z.title ?? ''} ${z.symbolic_name}`);
    const kind: BoundaryKind = guessed ?? 'network';
    b.approx(`Trust zone “${name}”`, guessed ? `Mapped to boundary kind “${boundaryKindDefs[kind].label}” by its name.` : `Nothing in its name says what it is: mapped to “${boundaryKindDefs[kind].label}”.`, `trust_zones[${i}]`);
    const extra = [z.description ? `description: ${oneLine(z.description, 1000)}` : '', ...otherLines(z, ['symbolic_name', 'title', 'description'])].filter(Boolean);
    if (extra.length) b.approx(`Trust zone “${name}”`, `Boundaries have no description: kept in the model description (Trust zones) — ${extra.join('; ')}.`, `trust_zones[${i}]`);
    const id = b.newId('b');
    b.boundaries.push({ id, kind, name, parentId: null, x: 0, y: 0, width: 40, height: 40, properties: {} });
    zoneIds.set(z.symbolic_name, id);
    zoneNames.set(z.symbolic_name, name);
  }
  const zoneName = (s: string) => zoneNames.get(s) ?? s;

  // Data sets, described on the stores they are placed in.
  const storeIds = new Set((file.data_stores ?? []).map((s) => s.symbolic_name));
  const setsOfStore = new Map<string, string[]>();
  for (const [i, d] of (file.data_sets ?? []).entries()) {
    const facts = [
      d.description ? oneLine(d.description, 1000) : '',
      d.record_count !== undefined ? `records: ${d.record_count}` : '',
      d.data_sensitivity?.length ? `sensitivity: ${d.data_sensitivity.join(', ')}` : '',
      d.access_control_methods?.length ? `access control: ${d.access_control_methods.join(', ')}` : '',
      ...otherLines(d, ['symbolic_name', 'title', 'description', 'placements', 'record_count', 'data_sensitivity', 'access_control_methods']),
    ].filter(Boolean);
    const placements = d.placements ?? [];
    if (!placements.length) b.skip(`Data set “${title(d)}”`, `Not placed in any data store, so there is nowhere to describe it${facts.length ? `: ${facts.join('; ')}` : ''}.`, `data_sets[${i}]`);
    for (const [k, p] of placements.entries()) {
      if (!storeIds.has(p.data_store)) {
        b.skip(`Data set “${title(d)}”`, `Placed in data store “${oneLine(p.data_store, 60)}”, which is not in the file; not kept${facts.length ? `: ${facts.join('; ')}` : ''}.`, `data_sets[${i}].placements[${k}]`);
        continue;
      }
      const line = `- ${title(d)}${p.encrypted !== undefined ? ` (${p.encrypted ? 'encrypted' : 'not encrypted'} at rest)` : ''}${facts.length ? `: ${facts.join('; ')}` : ''}`;
      setsOfStore.set(p.data_store, [...(setsOfStore.get(p.data_store) ?? []), line]);
    }
  }
  if (file.data_sets?.length) b.approx(`Data sets (${file.data_sets.length})`, 'Threatline has no data set entity: each is described on the data store it is placed in (record count, sensitivity, access control, encryption at rest).');

  // Actors, components, data stores → elements.
  const elements: Record<Endpoint, Map<string, GraphElement>> = { actor: new Map(), component: new Map(), data_store: new Map() };
  const addElement = (
    what: Endpoint,
    i: number,
    item: { symbolic_name: string; title?: string; description?: string; type?: string; trust_zone?: string } & Record<string, unknown>,
    shape: GenericShape,
  ) => {
    const path = `${what === 'data_store' ? 'data_stores' : `${what}s`}[${i}]`;
    const name = title(item);
    const typeWord = typeof item.type === 'string' ? item.type.replace(/_/g, ' ') : '';
    const product = typeof item.product === 'string' ? item.product : '';
    // Name first, then the product (e.g. “Key Vault”), then the type; else the generic kind.
    let kind: ElementKind = genericKindOf[shape];
    let because: string | null = null;
    for (const [field, textToRead] of [['the name', `${item.title ?? ''} ${item.symbolic_name.replace(/[-_]/g, ' ')}`], ['its product', product], ['its type', typeWord]] as const) {
      const guess = textToRead ? kindByName(shape, textToRead) : null;
      if (guess?.because) {
        kind = guess.kind;
        because = `${field} mentions ${guess.because}`;
        break;
      }
    }
    if (shape === 'actor' && !because && /^(user|engineer|administrator|admin|operator|developer|employee|customer|person)$/i.test(typeWord)) {
      kind = 'human-actor';
      because = `its type is “${typeWord}”`;
    }
    if (shape === 'store' && !because && /vector/i.test(typeWord)) {
      kind = 'vector-store';
      because = `its type is “${typeWord}”`;
    } else if (shape === 'store' && !because && /^(object|relational|sql|nosql|document|columnar|graph|time series|file|blob|warehouse|data lake)$/i.test(typeWord)) {
      kind = 'data-store';
      because = `its type is “${typeWord}” storage`;
    }
    b.approx(`${what === 'data_store' ? 'Data store' : what === 'actor' ? 'Actor' : 'Component'} “${name}”`, because ? `Mapped to ${elementKindDefs[kind].label}: ${because}.` : `Nothing in its name or type says what it is: mapped to ${elementKindDefs[kind].label}.`, path);
    let boundaryId: string | null = null;
    if (item.trust_zone !== undefined) {
      boundaryId = zoneIds.get(item.trust_zone) ?? null;
      if (!boundaryId) b.skip(`${name}`, `Its trust zone “${oneLine(item.trust_zone, 60)}” is not in the file: placed outside any boundary.`, `${path}.trust_zone`);
    }
    const sets = what === 'data_store' ? (setsOfStore.get(item.symbolic_name) ?? []) : [];
    const description = multiLine(
      [
        item.description ?? '',
        otherLines(item, ['symbolic_name', 'title', 'description', 'trust_zone']).join('\n'),
        sets.length ? `Data sets (from TM-BOM):\n${sets.join('\n')}` : '',
      ].filter(Boolean).join('\n\n'),
      5000,
    );
    const element: GraphElement = { id: b.newId('e'), kind, name, description, boundaryId, x: 0, y: 0, properties: {} };
    b.elements.push(element);
    elements[what].set(item.symbolic_name, element);
  };
  for (const [i, a] of (file.actors ?? []).entries()) addElement('actor', i, a, 'actor');
  for (const [i, c] of (file.components ?? []).entries()) addElement('component', i, c, 'process');
  for (const [i, s] of (file.data_stores ?? []).entries()) addElement('data_store', i, s, 'store');
  if (file.actors?.length) b.approx(`Actors (${file.actors.length})`, 'TM-BOM actors have no trust zone: placed outside every boundary.');

  // Data flows → flows.
  let encryptedFlows = 0;
  for (const [i, f] of (file.data_flows ?? []).entries()) {
    const label = oneLine(f.title ?? '', 120);
    const subject = `Data flow “${label || f.symbolic_name || i + 1}”`;
    const resolve = (end: { type: string; object: string }, side: 'source' | 'destination'): GraphElement | null => {
      const declared = (['actor', 'component', 'data_store'] as const).find((t) => t === end.type);
      const exact = declared ? elements[declared].get(end.object) : undefined;
      if (exact) return exact;
      for (const t of ['actor', 'component', 'data_store'] as const) {
        const other = elements[t].get(end.object);
        if (other) {
          b.approx(subject, `Its ${side} “${oneLine(end.object, 60)}” is declared as ${oneLine(end.type, 40)} but is a${t === 'actor' ? 'n actor' : t === 'component' ? ' component' : ' data store'} in the file: connected to it.`, `data_flows[${i}].${side}`);
          return other;
        }
      }
      return null;
    };
    const from = resolve(f.source, 'source');
    const to = resolve(f.destination, 'destination');
    if (!from || !to || from === to) {
      const why = !from || !to ? `its ${!from ? 'source' : 'destination'} “${oneLine((!from ? f.source : f.destination).object, 60)}” is not in the file` : 'it starts and ends at the same element';
      b.skip(subject, `Not imported: ${why}.`, `data_flows[${i}]`);
      continue;
    }
    const properties: Record<string, unknown> = {};
    if (f.encrypted !== undefined) {
      properties.encryption = f.encrypted ? 'tls' : 'none';
      if (f.encrypted) encryptedFlows++;
    }
    if (f.has_sensitive_data !== undefined) properties.classification = f.has_sensitive_data ? 'confidential' : 'internal';
    const extra = [f.description ? `description: ${oneLine(f.description, 1000)}` : '', ...otherLines(f, ['symbolic_name', 'title', 'description', 'source', 'destination', 'has_sensitive_data', 'encrypted'])].filter(Boolean);
    if (extra.length) b.skip(subject, `Flows have no description: not kept — ${extra.join('; ')}.`, `data_flows[${i}]`);
    b.flows.push({ id: b.newId('f'), sourceId: from.id, targetId: to.id, label, properties });
  }
  if (file.data_flows?.length) {
    b.approx(`Data flows (${file.data_flows.length})`, 'has_sensitive_data true → classification Confidential, false → Internal (TM-BOM does not say how sensitive).');
    if (encryptedFlows) b.approx(`Encrypted data flows (${encryptedFlows})`, 'TM-BOM only says “encrypted”: encryption in transit set to TLS (not Mutual TLS); not encrypted → None.');
  }

  // Risks rate the threats they group; threats in no risk stay at 3 × 3.
  const personas = new Map((file.threat_personas ?? []).map((p) => [p.symbolic_name, p]));
  const risksOf = new Map<string, NonNullable<typeof file.risks>[number][]>();
  for (const [i, r] of (file.risks ?? []).entries()) {
    for (const t of r.threats ?? []) risksOf.set(t, [...(risksOf.get(t) ?? []), r]);
    const l = r.likelihood !== undefined ? LIKELIHOOD[norm(r.likelihood)] : undefined;
    const m = r.impact !== undefined ? IMPACT[norm(r.impact)] : undefined;
    if ((r.likelihood !== undefined && l === undefined) || (r.impact !== undefined && m === undefined)) {
      b.approx(`Risk “${title(r)}”`, `Unknown likelihood or impact (“${oneLine(r.likelihood ?? '', 40)}”, “${oneLine(r.impact ?? '', 40)}”): 3 used for it.`, `risks[${i}]`);
    }
  }
  const threatIds = new Map<string, string>();
  let unrated = 0;
  let multiRated = 0;
  for (const [i, t] of (file.threats ?? []).entries()) {
    const persona = t.threat_persona ? personas.get(t.threat_persona) : undefined;
    const capec = (t.attack_mechanisms ?? []).filter((a) => a.capec_id !== undefined);
    const cwe = (t.weaknesses ?? []).filter((w) => w.cwe_id !== undefined);
    const references: Record<string, string[]> = {};
    if (capec.length) references.capec = [...new Set(capec.map((a) => `CAPEC-${a.capec_id}`))].slice(0, 40);
    if (cwe.length) references.cwe = [...new Set(cwe.map((w) => `CWE-${w.cwe_id}`))].slice(0, 40);
    if (t.threat_persona && !persona) b.skip(`Threat “${oneLine(t.title, 80)}”`, `Its threat persona “${oneLine(t.threat_persona, 60)}” is not in the file; named in the description only.`, `threats[${i}].threat_persona`);
    const description = [
      t.description ?? '',
      t.threat_persona ? `Threat persona: ${persona ? title(persona) : oneLine(t.threat_persona, 200)}` : '',
      t.event ? `Event: ${oneLine(t.event, 2000)}` : '',
      t.sources?.length ? `Sources: ${t.sources.join(', ')}` : '',
      capec.length ? `Attack mechanisms: ${capec.map((a) => `CAPEC-${a.capec_id}${a.capec_title ? ` ${oneLine(a.capec_title, 200)}` : ''}`).join('; ')}` : '',
      cwe.length ? `Weaknesses: ${cwe.map((w) => `CWE-${w.cwe_id}${w.cwe_title ? ` ${oneLine(w.cwe_title, 200)}` : ''}`).join('; ')}` : '',
      otherLines(t, ['symbolic_name', 'title', 'description', 'threat_persona', 'event', 'sources', 'attack_mechanisms', 'weaknesses']).join('\n'),
      `TM-BOM: ${oneLine(t.symbolic_name, 200)}.`,
    ].filter(Boolean).join('\n\n');
    const risks = risksOf.get(t.symbolic_name) ?? [];
    const likelihood = Math.max(...risks.map((r) => LIKELIHOOD[norm(r.likelihood ?? '')] ?? 3), risks.length ? 1 : 3);
    const impact = Math.max(...risks.map((r) => IMPACT[norm(r.impact ?? '')] ?? 3), risks.length ? 1 : 3);
    if (!risks.length) unrated++;
    if (risks.length > 1) multiRated++;
    const rationale = risks.length
      ? risks.map((r) => [
        `Risk “${title(r)}”: likelihood ${r.likelihood ?? '–'}, impact ${r.impact ?? '–'}${r.score !== undefined ? `, score ${r.score}` : ''}${r.level ? `, level ${r.level}` : ''}.`,
        r.description ?? '',
        r.impact_description ? `Impact: ${r.impact_description}` : '',
        otherLines(r, ['symbolic_name', 'title', 'description', 'threats', 'likelihood', 'impact', 'impact_description', 'score', 'level']).join('\n'),
      ].filter(Boolean).join('\n')).join('\n\n')
      : 'No TM-BOM risk covers this threat: likelihood and impact set to 3.';
    const threat = b.threat({
      title: oneLine(t.title, 200) || `Threat ${oneLine(t.symbolic_name, 60)}`,
      description: multiLine(description, 10_000),
      references,
      likelihood,
      impact,
      rationale: multiLine(rationale, 5000),
      target: { type: 'model', id: null },
    });
    threatIds.set(t.symbolic_name, threat.id);
  }
  if (file.threats?.length) {
    b.approx(`Threats (${file.threats.length})`, 'TM-BOM threats name no component or data flow: every threat applies to the whole model.');
    if (file.threats.length > unrated) b.approx(`Threat ratings (${file.threats.length - unrated})`, 'From the risks grouping each threat: likelihood rare 1, unlikely 2, possible 3, likely 4, almost certain 5; impact insignificant 1, minor 2, moderate 3, major 4, severe 5. The risks are quoted in the rationale.');
    if (multiRated) b.approx(`Threats in several risks (${multiRated})`, 'Rated with the highest likelihood and the highest impact of those risks.');
    if (unrated) b.approx(`Threats in no risk (${unrated})`, 'Likelihood and impact set to 3.');
  }
  for (const [i, r] of (file.risks ?? []).entries()) {
    const missing = (r.threats ?? []).filter((t) => !threatIds.has(t));
    if (missing.length) b.skip(`Risk “${title(r)}”`, `Refers to threats not in the file: ${missing.map((m) => oneLine(m, 60)).join(', ')}.`, `risks[${i}].threats`);
    if (!r.threats?.length) b.skip(`Risk “${title(r)}”`, 'Groups no threat, so it rates nothing; Threatline has no risk register.', `risks[${i}]`);
  }
  if (file.risks?.length) b.approx(`Risks (${file.risks.length})`, 'Threatline has no risk register: each risk rates and is quoted in the rationale of the threats it groups.');

  // Controls → mitigations linked to their threats.
  let priorities = 0;
  for (const [i, c] of (file.controls ?? []).entries()) {
    const name = oneLine(c.title, 200) || `Control ${oneLine(c.symbolic_name, 60)}`;
    const mapped = c.status !== undefined ? mitigationStatusFromTmBom(c.status) : 'proposed';
    if (!mapped) {
      b.approx(`Control “${name}”`, `Unknown status “${oneLine(c.status ?? '', 40)}”: imported as Proposed.`, `controls[${i}].status`);
    }
    const status = mapped ?? 'proposed';
    if (c.priority) priorities++;
    const boundary = c.trust_boundary ? `Trust boundary: ${zoneName(c.trust_boundary.trust_zone_a)} ↔ ${zoneName(c.trust_boundary.trust_zone_b)}` : '';
    const description = [
      c.description ?? '',
      c.priority ? `Priority: ${oneLine(c.priority, 100)}` : '',
      boundary,
      otherLines(c, ['symbolic_name', 'title', 'description', 'threats', 'trust_boundary', 'status', 'priority']).join('\n'),
      `TM-BOM: ${oneLine(c.symbolic_name, 200)}${c.status ? `, status ${oneLine(c.status, 100)}` : ''}.`,
    ].filter(Boolean).join('\n\n');
    const m = b.mitigation({
      title: name,
      description: multiLine(description, 10_000),
      status,
      rejectionReason: status === 'rejected' ? `Status “${oneLine(c.status ?? '', 100)}” in the TM-BOM file.` : null,
    });
    for (const ref of c.threats ?? []) {
      const threatId = threatIds.get(ref);
      if (threatId) b.link(m, threatId);
      else b.skip(`Control “${name}”`, `Refers to threat “${oneLine(ref, 60)}”, which is not in the file; that link was left out.`, `controls[${i}].threats`);
    }
  }
  if (file.controls?.length) {
    b.approx(
      `Controls (${file.controls.length})`,
      'Imported as preventive mitigations with the default reduction on each link (likelihood −1). Status: suggested → Proposed, active → Implemented (the file records no verification).' +
        `${priorities ? ' Threatline mitigations have no priority: it is written in the description.' : ''}` +
        `${file.controls.some((c) => c.trust_boundary) ? ' The trust boundary a control sits on is named in its description.' : ''}`,
    );
  }

  // Model description: scope, metadata, trust zones and boundaries, assumptions, personas.
  const scope = file.scope ?? {};
  const meta = [
    ...otherLines(scope, ['title', 'description']),
    ...(['frozen', 'release_docs_link', 'reviewed_at', 'repo_link'] as const).filter((k) => (json as Record<string, unknown>)[k] !== undefined).map((k) => `${k}: ${oneLine(text((json as Record<string, unknown>)[k]), 1000)}`),
  ];
  const zonesSection = (file.trust_zones ?? []).map((z) => `- ${title(z)} (${oneLine(z.symbolic_name, 200)})${z.description ? `: ${oneLine(z.description, 1000)}` : ''}`).join('\n');
  const boundaries = file.trust_boundaries ?? [];
  const boundarySection = boundaries
    .map((tb) => {
      const facts = [
        tb.authentication_methods?.length ? `authentication: ${[...new Set(tb.authentication_methods)].join(', ')}` : '',
        tb.access_control_methods?.length ? `access control: ${[...new Set(tb.access_control_methods)].join(', ')}` : '',
        ...otherLines(tb, ['trust_zone_a', 'trust_zone_b', 'authentication_methods', 'access_control_methods']),
      ].filter(Boolean);
      return `- ${zoneName(tb.trust_zone_a)} ↔ ${zoneName(tb.trust_zone_b)}${facts.length ? `: ${facts.join('; ')}` : ''}`;
    })
    .join('\n');
  const undeclared = [...new Set(boundaries.flatMap((tb) => [tb.trust_zone_a, tb.trust_zone_b]).filter((z) => !zoneIds.has(z)))];
  if (boundaries.length) b.approx(`Trust boundaries (${boundaries.length})`, 'Threatline boundaries are areas, not lines between two zones: each pair of zones with its authentication and access control methods is listed in the model description.');
  if (undeclared.length) b.approx(`Trust zones named only by trust boundaries or controls (${undeclared.length})`, `Not declared in trust_zones, so no boundary was drawn: ${undeclared.map((z) => oneLine(z, 60)).join(', ')}.`);
  const assumptions = file.assumptions ?? [];
  const assumptionSection = assumptions
    .map((a) => `- ${oneLine(a.description, 2000)}${a.validity ? ` (${oneLine(a.validity, 100)})` : ''}${a.topics?.length ? ` — topics: ${a.topics.map(zoneName).join(', ')}` : ''}${otherLines(a, ['description', 'topics', 'validity']).map((l) => `; ${l}`).join('')}`)
    .join('\n');
  const personaSection = (file.threat_personas ?? [])
    .map((p) => `- ${title(p)}${p.description ? `: ${oneLine(p.description, 2000)}` : ''}${otherLines(p, ['symbolic_name', 'title', 'description']).map((l) => `\n  ${l}`).join('')}`)
    .join('\n');
  const { text: description, cut } = fitSections(
    [
      { heading: null, body: [scope.description ?? file.description ?? '', scope.description && file.description && !scope.description.startsWith(file.description) ? file.description : ''].filter(Boolean).join('\n\n') },
      { heading: 'About (from TM-BOM)', body: meta.join('\n') },
      { heading: 'Trust zones (from TM-BOM)', body: zonesSection },
      { heading: 'Trust boundaries (from TM-BOM)', body: boundarySection },
      { heading: 'Assumptions (from TM-BOM)', body: assumptionSection },
      { heading: 'Threat personas (from TM-BOM)', body: personaSection },
    ],
    10_000,
  );
  if (assumptions.length) b.approx(`Assumptions (${assumptions.length})`, 'Threatline has no assumption register: listed in the model description.');
  if (file.threat_personas?.length) b.approx(`Threat personas (${file.threat_personas.length})`, 'Threatline has no persona register: listed in the model description and named on each threat that uses one.');
  for (const section of cut) b.approx(`Model description: ${section}`, 'Shortened or left out: the model description holds at most 10,000 characters.');

  autoLayout(b.boundaries, b.elements, new Set());
  return b.build({ name: scope.title || file.description || 'TM-BOM model', description }, `OWASP TM-BOM${file.version ? ` ${oneLine(file.version, 20)}` : ''}`);
}
