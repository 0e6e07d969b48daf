import { z } from 'zod';
import { controlTypes, dueDateSchema, mitigationStatuses } from '../domain/mitigation';
import { modelNameSchema } from '../domain/model';
import { strideLetters, threatSources, threatStatuses } from '../domain/threat';
import { applyOps, OpError } from '../graph/apply';
import { checkGraphEntities } from '../graph/check-entities';
import type { Op } from '../graph/op-schema';
import type { Graph, GraphBoundary } from '../graph/types';
import { idSchema } from '../validation/common';
import { MODEL_DOCUMENT_FORMAT, MODEL_DOCUMENT_VERSION, modelDocumentSchema, type ModelDocument } from './model-document';

/** What the import request carries; the document itself is checked by parseModelDocument. */
export const importModelSchema = z.object({
  workspaceId: idSchema,
  document: z.unknown(),
  name: modelNameSchema.optional(),
});
export type ImportModelInput = z.output<typeof importModelSchema>;

/** Largest document the import route reads (the body also holds `name`, hence the margin). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export type ParseResult = { ok: true; document: ModelDocument } | { ok: false; message: string; problems: string[] };

const MAX_PROBLEMS = 20;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (s: string) => !Number.isNaN(Date.parse(s));

/**
 * Parses an untrusted document: the schema (shape and sizes), then everything the schema cannot
 * say: references between rows, graph structure, per-kind properties and known enum values.
 * Never throws; the problems are user-facing and name the rows concerned.
 */
export function parseModelDocument(input: unknown): ParseResult {
  if (!isObject(input)) return fail('The file is not a JSON object.', []);
  if (input.format !== MODEL_DOCUMENT_FORMAT) {
    return fail(`This is not a Threatline model file (expected "format": "${MODEL_DOCUMENT_FORMAT}").`, []);
  }
  if (input.formatVersion !== MODEL_DOCUMENT_VERSION) {
    const v = typeof input.formatVersion === 'number' || typeof input.formatVersion === 'string' ? String(input.formatVersion) : 'unknown';
    return fail(`This file uses format version ${v.slice(0, 20)}; this installation reads version ${MODEL_DOCUMENT_VERSION}.`, []);
  }
  const parsed = modelDocumentSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, MAX_PROBLEMS).map((i) => `${i.path.map(String).join('.') || 'document'}: ${i.message}`);
    return fail(`The file is not a valid Threatline model document. ${problems[0]}`, problems);
  }
  const problems = checkModelDocument(parsed.data);
  if (problems.length) return fail(`The model document is inconsistent. ${problems[0]}`, problems.slice(0, MAX_PROBLEMS));
  return { ok: true, document: parsed.data };
}

function fail(message: string, problems: string[]): ParseResult {
  return { ok: false, message, problems: problems.length ? problems : [message] };
}

/**
 * Boundaries parents first; a boundary whose parent never appears (missing or a cycle) is left out.
 * `existing`: ids of boundaries already there (their children may come first).
 */
export function parentsFirst(boundaries: readonly GraphBoundary[], existing: Iterable<string> = []): { ordered: GraphBoundary[]; stuck: GraphBoundary[] } {
  const placed = new Set<string>(existing);
  const ordered: GraphBoundary[] = [];
  let pending = [...boundaries];
  for (let progress = true; pending.length && progress; ) {
    progress = false;
    const next: GraphBoundary[] = [];
    for (const b of pending) {
      if (b.parentId === null || placed.has(b.parentId)) {
        ordered.push(b);
        placed.add(b.id);
        progress = true;
      } else next.push(b);
    }
    pending = next;
  }
  return { ordered, stuck: pending };
}

/** Cross-row checks on a schema-valid document; an empty list means it can be imported as is. */
export function checkModelDocument(doc: ModelDocument): string[] {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const { elements, boundaries, flows } = doc.graph;
  const graphIds = new Set<string>();
  for (const { id } of [...boundaries, ...elements, ...flows]) {
    if (graphIds.has(id)) add(`The id “${id}” is used twice in the diagram.`);
    graphIds.add(id);
  }
  const elementIds = new Set(elements.map((e) => e.id));
  const boundaryIds = new Set(boundaries.map((b) => b.id));
  const flowIds = new Set(flows.map((f) => f.id));
  for (const e of elements) {
    if (e.boundaryId !== null && !boundaryIds.has(e.boundaryId)) add(`Element “${e.name || e.id}” is inside boundary “${e.boundaryId}”, which is not in the document.`);
  }
  for (const f of flows) {
    for (const end of [f.sourceId, f.targetId]) {
      if (!elementIds.has(end)) add(`Flow “${f.label || f.id}” connects element “${end}”, which is not in the document.`);
    }
  }
  const { ordered, stuck } = parentsFirst(boundaries);
  for (const b of stuck) add(`Boundary “${b.name || b.id}” has a parent “${b.parentId}” that is missing or nested inside it.`);
  if (problems.length) return problems;

  // The same structural checks a canvas save gets: the document is replayed as add ops.
  const ops: Op[] = [
    ...ordered.map((boundary) => ({ type: 'boundary.add' as const, boundary })),
    ...elements.map((element) => ({ type: 'element.add' as const, element })),
    ...flows.map((flow) => ({ type: 'flow.add' as const, flow })),
  ];
  let graph: Graph;
  try {
    graph = applyOps({ elements: {}, boundaries: {}, flows: {} }, ops).graph;
  } catch (e) {
    if (!(e instanceof OpError)) throw e;
    const op = e.op;
    const what = op.type === 'flow.add' ? `Flow “${op.flow.label || op.flow.id}”` : op.type === 'element.add' ? `Element “${op.element.name || op.element.id}”` : op.type === 'boundary.add' ? `Boundary “${op.boundary.name || op.boundary.id}”` : 'The diagram';
    return [`${what}: ${e.message}`];
  }
  for (const p of checkGraphEntities(graph, graphIds)) add(p.message);

  const threatIds = new Set<string>();
  for (const t of doc.threats) {
    const name = `Threat “${t.title || t.id}”`;
    if (threatIds.has(t.id)) add(`${name}: the id “${t.id}” is used twice.`);
    threatIds.add(t.id);
    if (t.target.type === 'element' && !(t.target.id && elementIds.has(t.target.id))) add(`${name} targets element “${t.target.id}”, which is not in the document.`);
    if (t.target.type === 'flow' && !(t.target.id && flowIds.has(t.target.id))) add(`${name} targets flow “${t.target.id}”, which is not in the document.`);
    if (t.target.type === 'model' && t.target.id !== null) add(`${name}: a model-wide threat has no target id.`);
    if (!known(threatStatuses, t.status)) add(`${name} has an unknown status “${t.status}”.`);
    if (!known(threatSources, t.source)) add(`${name} has an unknown source “${t.source}”.`);
    if (t.stride.some((s) => !known(strideLetters, s))) add(`${name} has an unknown STRIDE letter.`);
    if (!t.title.trim()) add(`${name} has no title.`);
    if (!isDate(t.createdAt)) add(`${name}: “${t.createdAt}” is not a date.`);
    for (const h of t.statusHistory) {
      if (!known(threatStatuses, h.to) || (h.from !== null && !known(threatStatuses, h.from))) add(`${name}: its history names an unknown status.`);
      if (!isDate(h.at)) add(`${name}: its history has “${h.at}”, which is not a date.`);
    }
  }
  const mitigationIds = new Set<string>();
  for (const m of doc.mitigations) {
    const name = `Mitigation “${m.title || m.id}”`;
    if (mitigationIds.has(m.id)) add(`${name}: the id “${m.id}” is used twice.`);
    mitigationIds.add(m.id);
    if (!m.title.trim()) add(`${name} has no title.`);
    if (!known(mitigationStatuses, m.status)) add(`${name} has an unknown status “${m.status}”.`);
    if (!known(controlTypes, m.controlType)) add(`${name} has an unknown control type “${m.controlType}”.`);
    if (m.dueDate !== null && !dueDateSchema.safeParse(m.dueDate).success) add(`${name}: the due date ${m.dueDate} does not exist.`);
    const linked = new Set<string>();
    for (const l of m.links) {
      if (!threatIds.has(l.threatId)) add(`${name} is linked to threat “${l.threatId}”, which is not in the document.`);
      if (linked.has(l.threatId)) add(`${name} is linked to threat “${l.threatId}” twice.`);
      linked.add(l.threatId);
    }
    for (const h of m.history) {
      if (!['status', 'owner', 'dueDate'].includes(h.field)) add(`${name}: its history names an unknown field “${h.field}”.`);
      if (!isDate(h.at)) add(`${name}: its history has “${h.at}”, which is not a date.`);
    }
  }
  const fingerprints = new Set<string>();
  for (const s of doc.suggestions) {
    const name = `Suggestion “${s.fingerprint}”`;
    if (fingerprints.has(s.fingerprint)) add(`${name} appears twice.`);
    fingerprints.add(s.fingerprint);
    if (s.target.type === 'element' && !(s.target.id && elementIds.has(s.target.id))) add(`${name} targets element “${s.target.id}”, which is not in the document.`);
    if (s.target.type === 'flow' && !(s.target.id && flowIds.has(s.target.id))) add(`${name} targets flow “${s.target.id}”, which is not in the document.`);
    if (s.acceptedThreatId !== null && !threatIds.has(s.acceptedThreatId)) add(`${name} was accepted as threat “${s.acceptedThreatId}”, which is not in the document.`);
  }
  return problems;
}

function known<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Counts shown before an import (in the dialog) and reported after it. */
export function documentCounts(doc: ModelDocument) {
  return {
    boundaries: doc.graph.boundaries.length,
    elements: doc.graph.elements.length,
    flows: doc.graph.flows.length,
    threats: doc.threats.length,
    mitigations: doc.mitigations.length,
    suggestions: doc.suggestions.length,
  };
}
