import { boundaryKindDefs, isBoundaryKind } from '../../domain/boundary-kinds';
import { elementCategories, elementCategoryDefs, elementKindDefs, isElementKind, type ElementCategory } from '../../domain/element-kinds';
import { classificationOptions, encryptions } from '../../domain/flow';
import type { ModelDocument } from '../../exchange/model-document';
import { mdInline } from '../../exchange/markdown-escape';
import { line } from './export-text';

// Threat Composer has no diagram, only prose (and an image): the architecture is written as the
// elements grouped by pipeline stage with their boundary, the data flow as one line per flow.
// Every name is escaped Markdown. A description that would pass Threat Composer's limit stops at
// a whole line and says how many items are left out.

type Graph = ModelDocument['graph'];
const byName = <T extends { id: string }>(name: (x: T) => string) => (a: T, b: T) => {
  const [x, y] = [name(a).toLowerCase(), name(b).toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Lines up to `max` characters in all; list items that do not fit are counted in a closing note. */
function fitLines(lines: string[], max: number): string {
  const NOTE_ROOM = 140;
  const note = (n: number) => `\n\n_… ${plural(n, 'more item', 'more items')} not listed: Threat Composer holds at most 100,000 characters here._`;
  const itemsFrom: number[] = new Array(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) itemsFrom[i] = itemsFrom[i + 1]! + (lines[i]!.startsWith('- ') ? 1 : 0);
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    const next = `${text ? '\n' : ''}${lines[i]}`;
    const room = i === lines.length - 1 ? max : max - NOTE_ROOM;
    if (text.length + next.length > room) return itemsFrom[i] ? `${text}${note(itemsFrom[i]!)}` : text;
    text += next;
  }
  return text;
}

function names(graph: Graph) {
  const boundary = new Map(graph.boundaries.map((b) => [b.id, b]));
  const element = new Map(graph.elements.map((e) => [e.id, e]));
  const boundaryName = (id: string | null) => (id && boundary.has(id) ? mdInline(line(boundary.get(id)!.name, 200)) || 'an unnamed boundary' : null);
  const elementName = (id: string) => mdInline(line(element.get(id)?.name ?? '', 200)) || 'an unnamed element';
  return { boundary, element, boundaryName, elementName };
}

export function describeArchitecture(graph: Graph, max: number): string {
  if (!graph.elements.length && !graph.boundaries.length) return '';
  const { boundaryName, elementName } = names(graph);
  const lines = [
    `From Threatline: ${plural(graph.elements.length, 'element', 'elements')} in ${plural(graph.boundaries.length, 'trust boundary', 'trust boundaries')}, connected by ${plural(graph.flows.length, 'data flow', 'data flows')} (listed under Data flow). Threat Composer has no diagram, so the elements are listed by pipeline stage.`,
  ];
  if (graph.boundaries.length) {
    lines.push('', '**Trust boundaries**', '');
    for (const b of [...graph.boundaries].sort(byName((x) => x.name))) {
      const kind = isBoundaryKind(b.kind) ? boundaryKindDefs[b.kind].label : mdInline(line(b.kind, 40));
      lines.push(`- ${boundaryName(b.id)} — ${kind}${b.parentId ? `, inside ${boundaryName(b.parentId) ?? 'another boundary'}` : ''}`);
    }
  }
  const stageOf = (kind: string): ElementCategory => (isElementKind(kind) ? elementKindDefs[kind].category : 'generic');
  for (const stage of elementCategories) {
    const members = graph.elements.filter((e) => stageOf(e.kind) === stage).sort(byName((x) => x.name));
    if (!members.length) continue;
    lines.push('', `**${elementCategoryDefs[stage].label}**`, '');
    for (const e of members) {
      const kind = isElementKind(e.kind) ? elementKindDefs[e.kind].label : mdInline(line(e.kind, 40));
      const where = boundaryName(e.boundaryId);
      const about = mdInline(line(e.description.split('\n')[0] ?? '', 300));
      lines.push(`- ${elementName(e.id)} — ${kind}${where ? `, in ${where}` : ', outside any boundary'}${about ? `: ${about}` : ''}`);
    }
  }
  return fitLines(lines, max);
}

const labelOf = (options: readonly { value: string; label: string }[], v: unknown) => options.find((o) => o.value === v)?.label;

export function describeDataflow(graph: Graph, max: number): string {
  if (!graph.flows.length) return '';
  const { element, boundaryName, elementName } = names(graph);
  const boundaryOf = (id: string) => element.get(id)?.boundaryId ?? null;
  const lines = [`From Threatline: ${plural(graph.flows.length, 'data flow', 'data flows')} between the elements listed under Architecture.`, ''];
  const key = (f: Graph['flows'][number]) => `${elementName(f.sourceId)}\u0000${elementName(f.targetId)}\u0000${f.label}`;
  for (const f of [...graph.flows].sort(byName(key))) {
    const p = f.properties;
    const facts = [
      typeof p.protocol === 'string' && p.protocol.trim() ? mdInline(line(p.protocol, 100)) : null,
      labelOf(encryptions, p.encryption) ? `encryption ${labelOf(encryptions, p.encryption)}` : null,
      labelOf(classificationOptions, p.classification) ?? null,
      p.authenticated === 'yes' ? 'authenticated' : p.authenticated === 'no' ? 'not authenticated' : null,
    ].filter(Boolean);
    const [from, to] = [boundaryOf(f.sourceId), boundaryOf(f.targetId)];
    const crossing = from !== to ? ` — crosses from ${boundaryName(from) ?? 'outside any boundary'} into ${boundaryName(to) ?? 'outside any boundary'}` : '';
    const label = mdInline(line(f.label, 120));
    lines.push(`- ${elementName(f.sourceId)} → ${elementName(f.targetId)}${label ? `: ${label}` : ''}${facts.length ? ` (${facts.join(', ')})` : ''}${crossing}`);
  }
  return fitLines(lines, max);
}
