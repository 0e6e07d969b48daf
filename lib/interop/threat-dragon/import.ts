import { catalogueVersion } from '../../catalogue';
import { MODEL_DOCUMENT_FORMAT, MODEL_DOCUMENT_VERSION, type ModelDocument } from '../../exchange/model-document';
import { engineVersion } from '../../rules';
import { ImportFormatError, type ImportResult } from '../types';
import { buildDiagram, verticalExtent, type BuiltGraph } from './graph';
import { multiLine, NoteCollector, oneLine } from './notes';
import { tdModelSchema } from './td-schema';
import { isV1, upgradeV1 } from './v1';
import { convertThreats } from './threats';

// OWASP Threat Dragon v2 → Threatline. Pure: the server turns the document into a model in one
// transaction. Decisions (see also threat-mapping.ts and the report each import produces):
// - process / store / actor shapes are typed by name (kind-by-name.ts), else a generic kind;
// - trust boundary boxes become boundaries, nested and filled by geometry (an element belongs to
//   the smallest box holding its centre); curves are lines, not areas, and are reported with the
//   flows they cross;
// - several diagrams are merged into one canvas, stacked top to bottom;
// - a threat's mitigation text becomes one linked mitigation.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Cheap format check: a Threat Dragon v1 or v2 model (also a damaged one, so it gets a useful error). */
export function isThreatDragon(json: unknown): boolean {
  if (!isObject(json) || !isObject(json.summary)) return false;
  return isObject(json.detail) || isObject(json.details);
}

export interface ThreatDragonImportOptions {
  /** Prefix of the generated ids (letters, digits, - and _); random by default. */
  idPrefix?: string;
  /** Timestamp written as the threats' creation time; now by default. */
  now?: string;
}

function randomPrefix(): string {
  const bytes = new Uint8Array(6);
  globalThis.crypto.getRandomValues(bytes);
  return `td${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${String(k)}` : String(k)), '');
}

/** A key next to a missing one that looks like a misspelling of it ("details" for "detail"). */
function nearKey(json: unknown, path: readonly PropertyKey[]): string | undefined {
  const missing = path.at(-1);
  if (typeof missing !== 'string') return undefined;
  let parent: unknown = json;
  for (const k of path.slice(0, -1)) parent = isObject(parent) || Array.isArray(parent) ? (parent as Record<PropertyKey, unknown>)[k] : undefined;
  if (!isObject(parent)) return undefined;
  return Object.keys(parent).find((k) => k !== missing && (k.startsWith(missing) || missing.startsWith(k)) && k.length > 2);
}

function validate(json: unknown) {
  if (!isObject(json)) throw new ImportFormatError('This is not a Threat Dragon model: the file is not a JSON object.');
  const parsed = tdModelSchema.safeParse(json);
  if (!parsed.success) {
    // The first few problems, each with its path, so a damaged file can be fixed in one go.
    const problems = parsed.error.issues.slice(0, 3).map((issue) => {
      const path = pathText(issue.path);
      if (issue.code === 'invalid_type' && issue.message.includes('undefined')) {
        const near = nearKey(json, issue.path);
        return `${path} is missing${near ? ` (the file has “${near}” instead)` : ''}`;
      }
      const types = /expected (\w+), received (\w+)/.exec(issue.message);
      const why = types ? `should be ${types[1] === 'string' ? 'text' : `a ${types[1]}`}, not ${types[2] === 'string' ? 'text' : `a ${types[2]}`}` : issue.message.replace(/^Invalid input: /, '').toLowerCase();
      return `${path || 'the document'} ${types ? why : `is not valid (${why})`}`;
    });
    const more = parsed.error.issues.length > 3 ? '; and more' : '';
    throw new ImportFormatError(`This is not a valid Threat Dragon v2 model: ${problems.join('; ')}${more}.`, pathText(parsed.error.issues[0]!.path) || undefined);
  }
  const model = parsed.data;
  if (!/^2(\.|$)/.test(model.version)) {
    throw new ImportFormatError(`This Threat Dragon file is version ${oneLine(model.version, 20)}; Threatline reads Threat Dragon 1.x and 2.x files.`, 'version');
  }
  return model;
}


/** Converts a parsed Threat Dragon v2 file; throws ImportFormatError (with a path) for malformed input. */
export function importThreatDragon(json: unknown, options: ThreatDragonImportOptions = {}): ImportResult {
  const v1 = isV1(json);
  const model = validate(v1 ? upgradeV1(json as Record<string, unknown>) : json);
  const now = options.now ?? new Date().toISOString();
  const prefix = options.idPrefix ?? randomPrefix();
  let counter = 0;
  const nextId = (kind: string) => `${prefix}-${kind}${++counter}`;
  const notes = new NoteCollector();

  // Diagrams are stacked with a gap so merged drawings never overlap.
  const graph: BuiltGraph = { elements: [], boundaries: [], flows: [], cellThreats: [] };
  let bottom: number | null = null;
  model.detail.diagrams.forEach((diagram, di) => {
    const extent = verticalExtent(diagram);
    let dy = 0;
    if (extent && bottom !== null) dy = bottom + 200 - extent.top;
    if (extent) bottom = extent.bottom + dy;
    const built = buildDiagram(diagram, di, dy, nextId, notes);
    graph.elements.push(...built.elements);
    graph.boundaries.push(...built.boundaries);
    graph.flows.push(...built.flows);
    graph.cellThreats.push(...built.cellThreats);
  });
  const limits: [number, number, string][] = [
    [graph.elements.length, 10_000, 'processes, stores and actors'], [graph.boundaries.length, 5000, 'trust boundary boxes'], [graph.flows.length, 20_000, 'data flows'],
    [graph.cellThreats.reduce((n, c) => n + c.threats.length, 0), 20_000, 'threats'],
  ];
  for (const [count, max, what] of limits) {
    if (count > max) throw new ImportFormatError(`This Threat Dragon model has ${count} ${what}; Threatline imports at most ${max.toLocaleString('en')}.`);
  }
  if (model.detail.diagrams.length > 1) {
    notes.approx(
      `${model.detail.diagrams.length} diagrams`,
      `Threatline has one canvas per model: the diagrams ${model.detail.diagrams.map((d) => `“${oneLine(d.title, 80) || 'untitled'}”`).join(', ')} were placed one below the other.`,
      'detail.diagrams',
    );
  }

  const { threats, mitigations } = convertThreats(graph.cellThreats, nextId, now, notes);

  // Model facts without a Threatline field go into the description (and the report).
  const { summary, detail } = model;
  const people = [
    summary.owner?.trim() ? `Owner: ${oneLine(summary.owner, 200)}` : '',
    detail.reviewer?.trim() ? `Reviewer: ${oneLine(detail.reviewer, 200)}` : '',
    detail.contributors?.some((c) => c.name?.trim()) ? `Contributors: ${detail.contributors.map((c) => oneLine(c.name, 100)).filter(Boolean).join(', ')}` : '',
  ].filter(Boolean);
  let description = multiLine(summary.description, 8000);
  if (people.length) {
    description = `${description}${description ? '\n\n' : ''}Threat Dragon ${people.join('. ')}.`.slice(0, 10_000);
    notes.approx('Owner, reviewer and contributors', `Threat Dragon names people as free text; kept in the model description (${people.join('; ')}). Assign owners in Threatline after the import.`);
  }
  const { approximations, unmapped } = notes.finish();
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const document: ModelDocument = {
    format: MODEL_DOCUMENT_FORMAT,
    formatVersion: MODEL_DOCUMENT_VERSION,
    exportedAt: now,
    generator: { name: 'Threat Dragon import', catalogueVersion, rulesVersion: engineVersion },
    model: {
      id: prefix, name: oneLine(summary.title, 200) || 'Imported Threat Dragon model', description,
      workspace: { id: 'import', name: '' }, revision: 0, createdAt: now, updatedAt: now,
    },
    graph: { boundaries: graph.boundaries, elements: graph.elements, flows: graph.flows },
    threats: threats.sort(byId),
    mitigations: mitigations.sort(byId),
    suggestions: [],
  };
  return {
    document,
    report: {
      format: 'threat-dragon',
      source: v1 ? 'Threat Dragon 1.x' : `Threat Dragon ${oneLine(model.version, 20)}`,
      counts: {
        elements: graph.elements.length, boundaries: graph.boundaries.length, flows: graph.flows.length,
        threats: threats.length, mitigations: mitigations.length, links: mitigations.reduce((n, m) => n + m.links.length, 0),
      },
      approximations,
      unmapped,
    },
  };
}
