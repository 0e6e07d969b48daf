import { controlTypeLabels, mitigationStatusLabels, type ControlType, type MitigationStatus } from '../../domain/mitigation';
import { impactLabels, likelihoodLabels, riskLevel, riskLevelLabels, riskScore } from '../../domain/risk';
import { strideLetters, threatStatusLabels, type ThreatStatus } from '../../domain/threat';
import type { DocumentMitigation, ModelDocument } from '../../exchange/model-document';
import { describeArchitecture, describeDataflow } from './describe-pipeline';
import { block, line, tagList } from './export-text';
import { readAssumptions, readBack, splitModelDescription, type ReadBack } from './read-back';
import { grammarOf, targetResolver, type TcGrammar } from './threat-grammar';
import { uuidV5 } from './uuid';

// Threatline → AWS Threat Composer (.tc.json, schema v1), valid against the published schema and
// written as the inverse of importThreatComposer: statuses by its tables read backwards, Priority
// from our risk band, assumptions from the description section the importer writes, and whatever
// an import put into our text (statement, grammar parts, tags, comments, T-/M-/A- numbers) read back
// into its fields. Our facts Threat Composer has no field for ride along as `custom:` metadata.
// Ids are name-based UUIDs of our ids, so exporting the same model twice gives the same file.

export const TC_SCHEMA_VERSION = 1;

type TcThreatStatus = 'threatIdentified' | 'threatResolved' | 'threatResolvedNotUseful';
type TcMitigationStatus = 'mitigationIdentified' | 'mitigationInProgress' | 'mitigationResolved' | 'mitigationResolvedWillNotAction';
type Metadata = { key: string; value: string | string[] }[];

/** Threat Composer has three threat statuses: open work, resolved, and not useful. */
export const threatStatusToTc: Record<ThreatStatus, TcThreatStatus> = {
  identified: 'threatIdentified',
  mitigating: 'threatIdentified',
  mitigated: 'threatResolved',
  accepted: 'threatResolved',
  transferred: 'threatResolved',
  'not-applicable': 'threatResolvedNotUseful',
};
export const mitigationStatusToTc: Record<MitigationStatus, TcMitigationStatus> = {
  proposed: 'mitigationIdentified',
  planned: 'mitigationIdentified',
  'in-progress': 'mitigationInProgress',
  implemented: 'mitigationResolved',
  verified: 'mitigationResolved',
  rejected: 'mitigationResolvedWillNotAction',
};

/** Our risk band → Threat Composer priority; the importer maps it back to 4×4, 3×3 and 2×2. */
export function priorityOf(likelihood: number, impact: number): 'High' | 'Medium' | 'Low' {
  const level = riskLevel(likelihood, impact);
  return level === 'critical' || level === 'high' ? 'High' : level === 'medium' ? 'Medium' : 'Low';
}

const COMMENTS_MAX = 1000;
const LONG_TEXT_MAX = 100_000;
const SHORTENED = ' [Shortened for Threat Composer; the full text is in custom:description.]';
const REJECTED_BY_IMPORT = 'Marked “Resolved – will not action” in Threat Composer.';

/** Numbers from an earlier import are kept when unique; the rest continue after the highest. */
function numberItems<T>(items: T[], claimed: (item: T) => number | null): Map<T, number> {
  const numbers = new Map<T, number>();
  const taken = new Set<number>();
  for (const item of items) {
    const n = claimed(item);
    if (n !== null && Number.isSafeInteger(n) && n > 0 && !taken.has(n)) {
      numbers.set(item, n);
      taken.add(n);
    }
  }
  let next = [...taken].reduce((a, b) => Math.max(a, b), 0);
  for (const item of items) if (!numbers.has(item)) numbers.set(item, ++next);
  return numbers;
}

/** Comments (at most 1,000 characters; a longer text also goes whole to custom:description, last) and metadata read back from our text. */
function commentsAndRestored(read: ReadBack, allowed: Record<string, (v: string) => boolean>, ours: Set<string>): { comments: Metadata; restored: Metadata } {
  const restored: Metadata = [];
  const text: string[] = read.rest ? [read.rest] : [];
  for (const m of read.metadata) {
    if (m.key === 'Comments') text.push(m.value);
    else if (m.key.startsWith('custom:') && m.key.length <= 50 && !ours.has(m.key)) restored.push({ key: m.key, value: block(m.value, 10_000, '…') });
    else if (allowed[m.key]?.(m.value) && !restored.some((r) => r.key === m.key)) restored.push({ key: m.key, value: m.value });
    else if (!ours.has(m.key)) text.push(`${m.key}: ${m.value}`);
  }
  const full = block(text.join('\n\n'), 10_000, '…');
  if (full.length <= COMMENTS_MAX) return { comments: full ? [{ key: 'Comments', value: full }] : [], restored };
  // An earlier export's custom:description is replaced by this one.
  const others = restored.filter((m) => m.key !== 'custom:description');
  return { comments: [{ key: 'Comments', value: block(full, COMMENTS_MAX, SHORTENED) }], restored: [...others, { key: 'custom:description', value: full }] };
}

/** A list value holds at most 100 entries (as many as importers commonly accept); the last says how many more there were. */
const capList = (list: string[]) => (list.length <= 100 ? list : [...list.slice(0, 99), `… and ${list.length - 99} more`]);
const custom = (entries: [string, string | string[] | null | undefined][]): Metadata =>
  entries
    .filter((e): e is [string, string | string[]] => (Array.isArray(e[1]) ? e[1].length > 0 : !!e[1]))
    .map(([key, value]) => ({ key: `custom:${key}`, value: Array.isArray(value) ? capList(value) : value }));

const threatPackKeys: Record<string, (v: string) => boolean> = {
  source: (v) => v === 'threatPack',
  threatPackId: (v) => v.length >= 1 && v.length <= 30,
  threatPackThreatId: (v) => v.length <= 36,
  threatPackMitigationCandidateId: (v) => v.length <= 36,
};
const mitigationPackKeys: Record<string, (v: string) => boolean> = {
  source: (v) => v === 'mitigationPack',
  mitigationPackId: (v) => v.length >= 1 && v.length <= 30,
  mitigationPackMitigationId: (v) => v.length <= 36,
};

export function exportThreatComposer(doc: ModelDocument): object {
  const uuid = (kind: string, id: string | number) => uuidV5(`threatline:${doc.model.id}:${kind}:${id}`);
  const sections = splitModelDescription(doc.model.description);

  // Assumptions: the importer's description section, numbered as it was.
  const readA = readAssumptions(sections.assumptions);
  const aNumbers = numberItems(readA, (a) => a.numericId);
  const assumptions = readA
    .map((a) => {
      const numericId = aNumbers.get(a)!;
      const comments = a.metadata.filter((m) => m.key === 'Comments').map((m) => m.value).join('\n');
      const metadata: Metadata = [
        ...(comments ? [{ key: 'Comments', value: block(comments, COMMENTS_MAX, ' [Shortened for Threat Composer.]') }] : []),
        ...a.metadata.filter((m) => m.key.startsWith('custom:') && m.key.length <= 50).map((m) => ({ key: m.key, value: line(m.value, 10_000) })),
      ];
      const tags = tagList(a.tags);
      return { id: uuid('assumption', numericId), numericId, displayOrder: numericId, content: line(a.content, 1000), ...(tags.length ? { tags } : {}), ...(metadata.length ? { metadata } : {}) };
    })
    .sort((a, b) => a.numericId - b.numericId);
  const assumptionByNumber = new Map(assumptions.map((a) => [a.numericId, a]));
  const assumptionLinks: { type: 'Threat' | 'Mitigation'; assumptionId: string; linkedId: string }[] = [];
  const linkAssumptions = (type: 'Threat' | 'Mitigation', linkedId: string, numbers: number[]) => {
    for (const n of new Set(numbers)) {
      const a = assumptionByNumber.get(n);
      if (a) assumptionLinks.push({ type, assumptionId: a.id, linkedId });
    }
  };

  // Threats, numbered in the order they were created (a new threat gets the next number).
  const threatsInOrder = [...doc.threats].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const readT = new Map(threatsInOrder.map((t) => [t, readBack(t.description, t.title, 'T')]));
  const tNumbers = numberItems(threatsInOrder, (t) => readT.get(t)!.numericId);
  const threatUuid = new Map(threatsInOrder.map((t) => [t.id, uuid('threat', t.id)]));
  const threatNumber = new Map(threatsInOrder.map((t) => [t.id, tNumbers.get(t)!]));
  const targetOf = targetResolver(doc);
  const threats = threatsInOrder.map((t) => {
    const read = readT.get(t)!;
    const rationale = readBack(t.rationale, '', 'T');
    const numericId = tNumbers.get(t)!;
    const target = targetOf(t);
    const ours = custom([
      ['threatline-id', t.id],
      ['status', threatStatusLabels[t.status as ThreatStatus] ?? line(t.status, 40)],
      ['likelihood', `${t.likelihood} (${likelihoodLabels[t.likelihood - 1] ?? '?'})`],
      ['impact', `${t.impact} (${impactLabels[t.impact - 1] ?? '?'})`],
      ['risk', `${riskScore(t.likelihood, t.impact)} (${riskLevelLabels[riskLevel(t.likelihood, t.impact)]})`],
      ['category', line(t.category, 200)],
      ['references', Object.entries(t.references).flatMap(([group, ids]) => ids.map((id) => line(`${group}: ${id}`, 200)))],
      [target.type, target.type === 'model' ? null : target.label],
      ['owner', t.owner ? line(t.owner.name ? `${t.owner.name} <${t.owner.email}>` : t.owner.email, 500) : null],
      ['origin', line(t.source, 40)],
      ['catalogue-id', t.catalogueId],
      ['rule-id', t.ruleId],
      ['rationale', block(rationale.rest, 10_000, '…')],
    ]);
    const { comments, restored } = commentsAndRestored(read, threatPackKeys, new Set(ours.map((m) => m.key)));
    // A threat imported from Threat Composer keeps exactly its own parts; only ours are derived.
    const fromTc = read.numericId !== null || Object.keys(read.grammar).length > 0;
    const grammar: TcGrammar = fromTc ? grammarOf.readBack(read.grammar) : grammarOf.derived(t, target.phrase);
    const tags = tagList([...read.tags, t.category, ...Object.values(t.references).flat()]);
    const stride = [...new Set(t.stride.map((s) => s.toUpperCase()))].filter((s) => (strideLetters as readonly string[]).includes(s));
    linkAssumptions('Threat', threatUuid.get(t.id)!, [...rationale.assumptions, ...read.assumptions]);
    return {
      id: threatUuid.get(t.id)!,
      numericId,
      displayOrder: numericId,
      statement: line(read.statement ?? t.title, 1400) || `Threat ${numericId}`,
      ...grammar,
      status: threatStatusToTc[t.status as ThreatStatus] ?? 'threatIdentified',
      ...(tags.length ? { tags } : {}),
      metadata: [
        { key: 'Priority', value: priorityOf(t.likelihood, t.impact) },
        ...(stride.length ? [{ key: 'STRIDE', value: stride }] : []),
        ...comments,
        ...ours,
        ...restored,
      ],
    };
  });

  // Mitigations, numbered in the order they were proposed; links only to threats in the file.
  const mitigationsInOrder = [...doc.mitigations].sort((a, b) => {
    const [x, y] = [a.history[0]?.at ?? '', b.history[0]?.at ?? ''];
    return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  const readM = new Map(mitigationsInOrder.map((m) => [m, readBack(m.description, m.title, 'M')]));
  const mNumbers = numberItems(mitigationsInOrder, (m) => readM.get(m)!.numericId);
  const mitigationLinks: { mitigationId: string; linkedId: string }[] = [];
  const mitigations = mitigationsInOrder.map((m: DocumentMitigation) => {
    const read = readM.get(m)!;
    const numericId = mNumbers.get(m)!;
    const id = uuid('mitigation', m.id);
    const links = m.links.filter((l) => threatUuid.has(l.threatId)).sort((a, b) => threatNumber.get(a.threatId)! - threatNumber.get(b.threatId)!);
    for (const l of links) mitigationLinks.push({ mitigationId: id, linkedId: threatUuid.get(l.threatId)! });
    const ours = custom([
      ['threatline-id', m.id],
      ['status', mitigationStatusLabels[m.status as MitigationStatus] ?? line(m.status, 40)],
      ['control-type', controlTypeLabels[m.controlType as ControlType] ?? line(m.controlType, 40)],
      ['reductions', links.map((l) => `T-${threatNumber.get(l.threatId)}: likelihood −${l.likelihoodReduction}, impact −${l.impactReduction}`)],
      ['rejection-reason', m.rejectionReason && m.rejectionReason !== REJECTED_BY_IMPORT ? block(m.rejectionReason, 2000, '…') : null],
      ['owner', m.owner ? line(m.owner.name ? `${m.owner.name} <${m.owner.email}>` : m.owner.email, 500) : null],
      ['due-date', m.dueDate],
      ['ticket', m.ticketUrl ? line(m.ticketUrl, 2000) : null],
      ['evidence', block(m.evidence, 10_000, '…')],
      ['evidence-links', m.evidenceLinks.map((u) => line(u, 2000))],
      ['catalogue-id', m.catalogueId],
    ]);
    const { comments, restored } = commentsAndRestored(read, mitigationPackKeys, new Set(ours.map((x) => x.key)));
    linkAssumptions('Mitigation', id, read.assumptions);
    const tags = tagList(read.tags);
    const metadata = [...comments, ...ours, ...restored];
    return {
      id,
      numericId,
      displayOrder: numericId,
      content: line(read.statement ?? m.title, 1000) || `Mitigation ${numericId}`,
      status: mitigationStatusToTc[m.status as MitigationStatus] ?? 'mitigationIdentified',
      ...(tags.length ? { tags } : {}),
      ...(metadata.length ? { metadata } : {}),
    };
  });

  const numberOf = new Map([...threats, ...mitigations].map((x) => [x.id, x.numericId]));
  const long = (s: string) => block(s, LONG_TEXT_MAX, ' [Shortened: Threat Composer holds at most 100,000 characters here.]');
  const withGenerated = (kept: string, generate: (room: number) => string) => long([kept, generate(LONG_TEXT_MAX - kept.length - 2)].filter(Boolean).join('\n\n'));
  const architecture = withGenerated(sections.architecture, (room) => describeArchitecture(doc.graph, room));
  const dataflow = withGenerated(sections.dataflow, (room) => describeDataflow(doc.graph, room));
  const application = long(sections.application);
  return {
    schema: TC_SCHEMA_VERSION,
    applicationInfo: { name: line(doc.model.name, 200) || 'Threatline model', ...(application ? { description: application } : {}) },
    ...(architecture ? { architecture: { description: architecture } } : {}),
    ...(dataflow ? { dataflow: { description: dataflow } } : {}),
    assumptions,
    mitigations: mitigations.sort((a, b) => a.numericId - b.numericId),
    assumptionLinks,
    mitigationLinks: mitigationLinks.sort((a, b) => numberOf.get(a.mitigationId)! - numberOf.get(b.mitigationId)! || numberOf.get(a.linkedId)! - numberOf.get(b.linkedId)!),
    threats: threats.sort((a, b) => a.numericId - b.numericId),
  };
}

