import { controlTypeLabels, mitigationStatusLabels, type ControlType, type MitigationStatus } from '../../domain/mitigation';
import { strideLetters, threatStatusLabels, type ThreatStatus } from '../../domain/threat';
import { DocumentBuilder, fitSections, multiLine, oneLine, type ImportOptions } from '../shared/builder';
import { isRecord, parseOrThrow } from '../shared/guard';
import type { ImportResult } from '../types';
import { mitigationStatusToTc, priorityOf, threatStatusToTc } from './export';
import { threatComposerSchema, type TcContent, type TcThreat } from './schema';

// AWS Threat Composer (.tc.json, schema v1) → Threatline. Threat Composer has no diagram (only
// images and prose), so every threat is model-wide. Assumptions have no entity of their own here:
// they become a section of the model description and are quoted on each threat or mitigation
// they are linked to, so neither the list nor the links are lost.

/** Threat Composer priority → our 1–5 likelihood and impact (both; priority is one combined judgement). */
export const PRIORITY_RATING: Record<string, number> = { High: 4, Medium: 3, Low: 2 };
const NO_PRIORITY = 3;

const THREAT_STATUS: Record<string, string> = {
  threatIdentified: 'identified',
  threatResolved: 'mitigated',
  threatResolvedNotUseful: 'not-applicable',
};
const MITIGATION_STATUS: Record<string, string> = {
  mitigationIdentified: 'proposed',
  mitigationInProgress: 'in-progress',
  mitigationResolved: 'implemented',
  mitigationResolvedWillNotAction: 'rejected',
};

const KNOWN_KEYS = new Set(['schema', 'applicationInfo', 'architecture', 'dataflow', 'assumptions', 'mitigations', 'threats', 'assumptionLinks', 'mitigationLinks', 'brainstorm']);

export function isThreatComposer(json: unknown): boolean {
  return (
    isRecord(json) &&
    typeof json.schema === 'number' &&
    !('otmVersion' in json) &&
    !('bomFormat' in json) &&
    ['threats', 'mitigations', 'assumptions', 'applicationInfo'].some((k) => k in json)
  );
}

const valueText = (v: string | string[]) => (Array.isArray(v) ? v.join(', ') : v);

/** Comments, custom: keys and pack references as "Key: value" lines; STRIDE and Priority are read separately. */
function metadataLines(metadata: TcContent['metadata']): string[] {
  return (metadata ?? []).filter((m) => m.key !== 'STRIDE' && m.key !== 'Priority').map((m) => `${m.key}: ${valueText(m.value)}`);
}

const metaValue = (metadata: TcContent['metadata'], key: string) => metadata?.find((m) => m.key === key)?.value;

/** The statement as Threat Composer would write it from its grammar parts, when the file has none. */
function composeStatement(t: TcThreat): string {
  const goal = t.impactedGoal?.length ? `, resulting in reduced ${t.impactedGoal.join(', ')}` : '';
  const assets = t.impactedAssets?.length ? ` of ${t.impactedAssets.join(', ')}` : '';
  if (!t.threatAction) return '';
  const source = t.threatSource ? `A ${t.threatSource}` : 'A threat actor';
  const pre = t.prerequisites ? ` ${t.prerequisites}` : '';
  const impact = t.threatImpact ? `, which leads to ${t.threatImpact}` : '';
  return `${source}${pre} can ${t.threatAction}${impact}${goal}${goal ? assets : ''}`;
}

// A file Threatline exported carries our exact values as custom: metadata. They are read back
// when they are well-formed and still agree with what Threat Composer shows (its status, its
// priority): an edit made in Threat Composer wins over the value we wrote.
const customText = (metadata: TcContent['metadata'], key: string) => {
  const v = metaValue(metadata, `custom:${key}`);
  return typeof v === 'string' ? v.trim() : undefined;
};
const customRating = (metadata: TcContent['metadata'], key: string) => {
  const digit = /^([1-5])(?:\s|$)/.exec(customText(metadata, key) ?? '')?.[1];
  return digit ? Number(digit) : null;
};
function byLabel<K extends string>(labels: Record<K, string>, text: string | undefined): K | null {
  return text === undefined ? null : ((Object.keys(labels) as K[]).find((k) => labels[k] === text) ?? null);
}
/** "T-3: likelihood −1, impact −0" lines → reductions by threat number. */
function customReductions(metadata: TcContent['metadata']): Map<number, { likelihoodReduction: number; impactReduction: number }> {
  const v = metaValue(metadata, 'custom:reductions');
  const lines = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/,\s*(?=T-)/) : [];
  const out = new Map<number, { likelihoodReduction: number; impactReduction: number }>();
  for (const l of lines) {
    const m = /^T-(\d+): likelihood [−-]([0-4]), impact [−-]([0-4])$/.exec(l.trim());
    if (m) out.set(Number(m[1]), { likelihoodReduction: Number(m[2]), impactReduction: Number(m[3]) });
  }
  return out;
}

const label = (prefix: string, n: number) => `${prefix}${Number.isInteger(n) ? n : ''}`;

export function importThreatComposer(json: unknown, options: ImportOptions = {}): ImportResult {
  const file = parseOrThrow(threatComposerSchema, json, 'Threat Composer');
  const b = new DocumentBuilder('threat-composer', options);
  for (const key of Object.keys(json as object)) {
    if (!KNOWN_KEYS.has(key)) b.skip(`Field “${oneLine(key, 60)}”`, 'Not part of the Threat Composer format; ignored.', key);
  }
  const assumptions = file.assumptions ?? [];
  const assumptionById = new Map(assumptions.map((a) => [a.id, a]));
  const assumptionText = (a: TcContent) => `${label('A-', a.numericId)}: ${oneLine(a.content, 1000)}`;
  const linkedAssumptions = new Map<string, TcContent[]>();
  for (const [i, l] of (file.assumptionLinks ?? []).entries()) {
    const a = assumptionById.get(l.assumptionId);
    if (!a) {
      b.skip(`Assumption link ${i + 1}`, `Refers to assumption “${oneLine(l.assumptionId, 40)}”, which is not in the file.`, `assumptionLinks[${i}]`);
      continue;
    }
    linkedAssumptions.set(l.linkedId, [...(linkedAssumptions.get(l.linkedId) ?? []), a]);
  }

  // Threats: model-wide, statement kept whole, grammar parts and metadata in the description.
  const threatIds = new Map<string, string>();
  const threatNumbers = new Map<number, string>();
  const exact = { threats: 0, mitigations: 0 };
  const priorities = { given: 0, missing: 0 };
  for (const [i, t] of (file.threats ?? []).entries()) {
    const statement = oneLine(t.statement?.trim() || composeStatement(t), 10_000);
    const name = label('T-', t.numericId);
    const title = statement ? oneLine(statement, 200) : `Threat ${name}`;
    const priority = metaValue(t.metadata, 'Priority');
    const rating = typeof priority === 'string' && PRIORITY_RATING[priority] !== undefined ? PRIORITY_RATING[priority]! : NO_PRIORITY;

    if (priority !== undefined && !(typeof priority === 'string' && PRIORITY_RATING[priority] !== undefined)) {
      b.approx(`Threat ${name}`, `Unknown priority “${oneLine(valueText(priority), 40)}”: likelihood and impact set to ${NO_PRIORITY}.`, `threats[${i}].metadata`);
    }
    const strideRaw = metaValue(t.metadata, 'STRIDE');
    const strideList = Array.isArray(strideRaw) ? strideRaw : typeof strideRaw === 'string' ? strideRaw.split(/[\s,]+/) : [];
    const stride = [...new Set(strideList.map((s) => s.trim().toUpperCase()).filter((s): s is (typeof strideLetters)[number] => (strideLetters as readonly string[]).includes(s)))];
    if (strideList.some((s) => s.trim() && !(strideLetters as readonly string[]).includes(s.trim().toUpperCase()))) {
      b.skip(`Threat ${name}`, `STRIDE values other than S, T, R, I, D, E were left out: ${oneLine(strideList.join(', '), 100)}.`, `threats[${i}].metadata`);
    }
    const mappedStatus = t.status ? THREAT_STATUS[t.status] : 'identified';
    if (!mappedStatus) b.approx(`Threat ${name}`, `Unknown status “${oneLine(t.status ?? '', 40)}”: imported as Identified.`, `threats[${i}].status`);
    const exactStatus = byLabel<ThreatStatus>(threatStatusLabels, customText(t.metadata, 'status'));
    const status = exactStatus && threatStatusToTc[exactStatus] === (t.status ?? 'threatIdentified') ? exactStatus : mappedStatus;
    const [exactL, exactI] = [customRating(t.metadata, 'likelihood'), customRating(t.metadata, 'impact')];
    const exactRating = exactL !== null && exactI !== null && (priority === undefined || priority === priorityOf(exactL, exactI));
    if (exactStatus || exactRating) exact.threats++;
    if (exactRating) {
      // Read exactly: no approximation to report.
    } else if (typeof priority === 'string' && PRIORITY_RATING[priority] !== undefined) priorities.given++;
    else priorities.missing++;
    const category = customText(t.metadata, 'category');
    const parts = [
      ['Threat source', t.threatSource],
      ['Prerequisites', t.prerequisites],
      ['Threat action', t.threatAction],
      ['Threat impact', t.threatImpact],
      ['Impacted goal', t.impactedGoal?.join(', ')],
      ['Impacted assets', t.impactedAssets?.join(', ')],
      ['Custom template', t.customTemplate],
      ['Tags', t.tags?.join(', ')],
    ].filter((p): p is [string, string] => !!p[1]?.trim());
    const description = [
      statement,
      parts.map(([k, v]) => `${k}: ${v}`).join('\n'),
      metadataLines(t.metadata).join('\n'),
      `Threat Composer: ${name}${priority !== undefined ? `, priority ${valueText(priority)}` : ''}${t.status ? `, status ${t.status}` : ''}.`,
    ].filter(Boolean).join('\n\n');
    const assumed = linkedAssumptions.get(t.id) ?? [];
    const rationale = [
      exactRating
        ? `Likelihood ${exactL} and impact ${exactI} as exported by Threatline (custom:likelihood, custom:impact).`
        : priority !== undefined ? `Priority ${valueText(priority)} in Threat Composer → likelihood ${rating}, impact ${rating}.` : 'No priority in Threat Composer → likelihood and impact 3.',
      assumed.length ? `Assumptions:\n${assumed.map((a) => `- ${assumptionText(a)}`).join('\n')}` : '',
    ].filter(Boolean).join('\n\n');
    const threat = b.threat({
      title, description: multiLine(description, 10_000), stride, likelihood: exactRating ? exactL : rating, impact: exactRating ? exactI : rating,
      status: status ?? 'identified', rationale: multiLine(rationale, 5000), target: { type: 'model', id: null },
      ...(category ? { category: oneLine(category, 200) } : {}),
    });
    threatNumbers.set(t.numericId, threat.id);
    if (threatIds.has(t.id)) b.approx(`Threat ${name}`, 'Its id is used by another threat too; links go to the first one.', `threats[${i}].id`);
    else threatIds.set(t.id, threat.id);
  }
  if (priorities.given) b.approx(`Threats (${priorities.given})`, `Priority mapped to likelihood and impact: High → 4, Medium → 3, Low → 2.`);
  if (priorities.missing) b.approx(`Threats without priority (${priorities.missing})`, `Likelihood and impact set to ${NO_PRIORITY}.`);
  if (file.threats?.length) b.approx(`Threats (${file.threats.length})`, 'Threat Composer has no diagram: every threat applies to the whole model.');

  // Mitigations: content as title (and in full in the description when longer), links from mitigationLinks.
  const mitigationIds = new Map<string, ReturnType<DocumentBuilder['mitigation']>>();
  const reductionsOf = new Map<ReturnType<DocumentBuilder['mitigation']>, ReturnType<typeof customReductions>>();
  const numberOfThreat = new Map([...threatNumbers].map(([n, id]) => [id, n]));
  for (const [i, m] of (file.mitigations ?? []).entries()) {
    const name = label('M-', m.numericId);
    const mappedStatus = m.status ? MITIGATION_STATUS[m.status] : 'proposed';
    if (!mappedStatus) b.approx(`Mitigation ${name}`, `Unknown status “${oneLine(m.status ?? '', 40)}”: imported as Proposed.`, `mitigations[${i}].status`);
    const exactStatus = byLabel<MitigationStatus>(mitigationStatusLabels, customText(m.metadata, 'status'));
    const status = exactStatus && mitigationStatusToTc[exactStatus] === (m.status ?? 'mitigationIdentified') ? exactStatus : mappedStatus;
    const controlType = byLabel<ControlType>(controlTypeLabels, customText(m.metadata, 'control-type'));
    if ((exactStatus && status === exactStatus) || controlType) exact.mitigations++;
    const content = oneLine(m.content, 10_000);
    const assumed = linkedAssumptions.get(m.id) ?? [];
    const description = [
      content.length > 200 ? content : '',
      m.tags?.length ? `Tags: ${m.tags.join(', ')}` : '',
      metadataLines(m.metadata).join('\n'),
      assumed.length ? `Assumptions:\n${assumed.map((a) => `- ${assumptionText(a)}`).join('\n')}` : '',
      `Threat Composer: ${name}${m.status ? `, status ${m.status}` : ''}.`,
    ].filter(Boolean).join('\n\n');
    const mitigation = b.mitigation({
      title: oneLine(content, 200) || `Mitigation ${name}`,
      description: multiLine(description, 10_000),
      status: status ?? 'proposed',
      rejectionReason: status === 'rejected' ? oneLine(customText(m.metadata, 'rejection-reason') ?? '', 2000) || 'Marked “Resolved – will not action” in Threat Composer.' : null,
      ...(controlType ? { controlType } : {}),
    });
    if (!mitigationIds.has(m.id)) mitigationIds.set(m.id, mitigation);
    reductionsOf.set(mitigation, customReductions(m.metadata));
  }
  if (file.mitigations?.length) {
    b.approx(`Mitigations (${file.mitigations.length})`, 'Threat Composer has no control type: set to Preventive. Resolved → Implemented (not Verified: the file records no verification), In progress → In progress, Identified → Proposed, Will not action → Rejected.');
  }
  let links = 0;
  let exactLinks = 0;
  for (const [i, l] of (file.mitigationLinks ?? []).entries()) {
    const m = mitigationIds.get(l.mitigationId);
    const t = threatIds.get(l.linkedId);
    if (!m || !t) {
      b.skip(`Mitigation link ${i + 1}`, !m ? `Mitigation “${oneLine(l.mitigationId, 40)}” is not in the file.` : `Linked item “${oneLine(l.linkedId, 40)}” is not a threat in the file.`, `mitigationLinks[${i}]`);
      continue;
    }
    const n = numberOfThreat.get(t);
    const reduction = n === undefined ? undefined : reductionsOf.get(m)?.get(n);
    if (b.link(m, t, reduction)) {
      if (reduction) exactLinks++;
      else links++;
    }
  }
  if (links) b.approx(`Mitigation links (${links})`, 'Threat Composer links carry no effect: each got the default reduction of its control type (a preventive control: likelihood −1, impact −0).');
  if (exact.threats || exact.mitigations || exactLinks) {
    b.approx('Values exported by Threatline', `Read back exactly from custom: metadata where Threat Composer still agrees: ${exact.threats} threats (status, likelihood, impact, category), ${exact.mitigations} mitigations (status, control type), ${exactLinks} link reductions.`);
  }

  const assumptionSection = assumptions
    .map((a) => {
      const extra = [...(a.tags?.length ? [`Tags: ${a.tags.join(', ')}`] : []), ...metadataLines(a.metadata)];
      return `- ${assumptionText(a)}${extra.length ? `\n  ${extra.map((x) => oneLine(x, 2000)).join('\n  ')}` : ''}`;
    })
    .join('\n');
  const { text, cut } = fitSections(
    [
      { heading: null, body: file.applicationInfo?.description ?? '' },
      { heading: 'Assumptions (from Threat Composer)', body: assumptionSection },
      { heading: 'Architecture', body: file.architecture?.description ?? '' },
      { heading: 'Data flow', body: file.dataflow?.description ?? '' },
    ],
    10_000,
  );
  if (assumptions.length) b.approx(`Assumptions (${assumptions.length})`, 'Threatline has no assumption register: listed in the model description and quoted on the threats and mitigations they are linked to.');
  for (const section of cut) b.approx(`Model description: ${section}`, 'Shortened or left out: the model description holds at most 10,000 characters.');
  if (file.architecture?.image) b.skip('Architecture diagram image', 'Images are not imported; Threatline draws its own diagram.', 'architecture.image');
  if (file.dataflow?.image) b.skip('Data flow diagram image', 'Images are not imported; Threatline draws its own diagram.', 'dataflow.image');
  for (const [key, items] of Object.entries(file.brainstorm ?? {})) {
    if (items.length) b.skip(`Brainstorm: ${oneLine(key, 40)} (${items.length})`, 'Brainstorming notes are not imported.', `brainstorm.${key}`);
  }
  return b.build({ name: file.applicationInfo?.name || 'Threat Composer model', description: text }, `Threat Composer (schema ${file.schema})`);
}
