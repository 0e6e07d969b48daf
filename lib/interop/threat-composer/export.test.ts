import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ModelDocument } from '../../exchange/model-document';
import { sampleDocument } from '../../exchange/test-document';
import { documentOf } from '../../exchange/aibom-test-document';
import { templates } from '../../templates';
import schema from '../schemas/threat-composer-v1.schema.json';
import { expectImportable } from '../shared/test-helpers';
import { documentWithThreats, hostileDocument } from './export-test-documents';
import { exportThreatComposer, mitigationStatusToTc, priorityOf, threatStatusToTc } from './export';
import { importThreatComposer, PRIORITY_RATING } from './import';
import { sha1, uuidV5 } from './uuid';

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const expectValid = (tc: object) => expect(validate(tc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

interface Meta { key: string; value: string | string[] }
interface TcThreat { id: string; numericId: number; displayOrder?: number; statement: string; status: string; tags?: string[]; metadata: Meta[]; [part: string]: unknown }
interface TcMitigation { id: string; numericId: number; displayOrder?: number; content: string; status: string; tags?: string[]; metadata?: Meta[] }
interface TcFile {
  schema: number;
  applicationInfo: { name: string; description?: string };
  architecture?: { description: string };
  dataflow?: { description: string };
  assumptions: { id: string; numericId: number; displayOrder?: number; content: string; tags?: string[]; metadata?: Meta[] }[];
  mitigations: TcMitigation[];
  threats: TcThreat[];
  assumptionLinks: { type: string; assumptionId: string; linkedId: string }[];
  mitigationLinks: { mitigationId: string; linkedId: string }[];
}
const tcOf = (doc: ModelDocument) => JSON.parse(JSON.stringify(exportThreatComposer(doc))) as TcFile;
const meta = (item: { metadata?: Meta[] }, key: string) => item.metadata?.find((m) => m.key === key)?.value;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Threat Composer's own limits count UTF-16 units (zod .max), stricter than JSON Schema's code points. */
function expectWithinLimits(tc: TcFile) {
  const problems: string[] = [];
  const check = (where: string, s: unknown, max: number, min = 0) => {
    if (typeof s !== 'string') return;
    if (s.length > max || s.length < min) problems.push(`${where}: ${s.length} not in ${min}–${max}`);
  };
  JSON.stringify(tc, (key, v: unknown) => {
    if (typeof v === 'string' && LONE_SURROGATE.test(v)) problems.push(`${key}: lone surrogate`);
    return v;
  });
  check('name', tc.applicationInfo.name, 200);
  for (const d of [tc.applicationInfo.description, tc.architecture?.description, tc.dataflow?.description]) check('description', d, 100_000);
  const checkMeta = (where: string, list: Meta[] = []) => {
    for (const m of list) {
      if (m.key.startsWith('custom:')) check(`${where} key`, m.key, 50);
      if (m.key === 'Comments') check(`${where} Comments`, m.value, 1000);
      if (Array.isArray(m.value) && m.value.length > 100) problems.push(`${where} ${m.key}: ${m.value.length} entries`);
    }
  };
  const checkTags = (where: string, tags: string[] = []) => tags.forEach((t) => check(`${where} tag`, t, 30, 1));
  for (const t of tc.threats) {
    check('statement', t.statement, 1400);
    for (const k of ['threatSource', 'prerequisites', 'threatAction', 'threatImpact', 'customTemplate']) check(k, t[k], 200);
    for (const k of ['impactedGoal', 'impactedAssets']) for (const v of (t[k] as string[] | undefined) ?? []) check(k, v, 200);
    checkTags('threat', t.tags);
    checkMeta('threat', t.metadata);
  }
  for (const m of [...tc.mitigations, ...tc.assumptions]) {
    check('content', m.content, 1000);
    checkTags('entity', m.tags);
    checkMeta('entity', m.metadata);
  }
  expect(problems).toEqual([]);
}

describe('name-based UUIDs', () => {
  it('SHA-1 and UUID v5 match the published test vectors', () => {
    const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
    expect(hex(sha1(new Uint8Array(0)))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('threat-a')).toMatch(UUID);
  });
});

describe('Threat Composer export: schema validity', () => {
  it.each(templates.map((t) => [t.id, t] as const))('the %s template (diagram only, and with every rule threat accepted) is valid', (_id, template) => {
    const graph = template.build();
    for (const doc of [documentOf(graph), documentWithThreats(graph)]) {
      const tc = tcOf(doc);
      expectValid(tc);
      expectWithinLimits(tc);
    }
  });

  it('the sample document and the hostile, Unicode-heavy document are valid and within the limits', () => {
    for (const doc of [sampleDocument(), hostileDocument()]) {
      const tc = tcOf(doc);
      expectValid(tc);
      expectWithinLimits(tc);
      expectImportable(importThreatComposer(tc));
    }
  });

  it('the validator can fail', () => {
    const tc = tcOf(sampleDocument());
    tc.threats[0]!.status = 'open';
    expect(validate(tc)).toBe(false);
  });
});

describe('Threat Composer export: mapping', () => {
  const doc = sampleDocument();
  const tc = tcOf(doc);

  it('writes application info and a prose architecture and data flow (Threat Composer has no diagram)', () => {
    expect(tc.schema).toBe(1);
    expect(tc.applicationInfo).toEqual({ name: 'Support chatbot', description: 'Answers customer questions from the help centre.' });
    expect(tc.architecture!.description).toContain('elements in');
    expect(tc.architecture!.description).toMatch(/\*\*Data\*\*/);
    for (const e of doc.graph.elements) expect(tc.architecture!.description).toContain(e.name.replace(/[()[\]]/g, (c) => `\\${c}`));
    expect(tc.dataflow!.description.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(doc.graph.flows.length);
    expect(tc.dataflow!.description).toContain(' → ');
    expect(tc.assumptions).toEqual([]);
  });

  it('maps threats: statement, grammar from the target and STRIDE, status, Priority, custom facts and tags', () => {
    expect(tc.threats.map((t) => t.statement)).toEqual(doc.threats.map((t) => t.title));
    const [a] = tc.threats;
    const source = doc.threats[0]!;
    expect(a!.id).toMatch(UUID);
    expect(a!.numericId).toBe(1);
    expect(a!.status).toBe('threatIdentified'); // mitigating: still open work in Threat Composer
    expect(meta(a!, 'Priority')).toBe('High');
    expect(meta(a!, 'STRIDE')).toEqual(source.stride);
    expect(meta(a!, 'custom:threatline-id')).toBe('threat-a');
    expect(meta(a!, 'custom:status')).toBe('Mitigating');
    expect(meta(a!, 'custom:likelihood')).toBe('4 (Likely)');
    expect(meta(a!, 'custom:risk')).toBe('16 (Critical)');
    expect(meta(a!, 'custom:references')).toEqual(Object.entries(source.references).flatMap(([g, ids]) => ids.map((id) => `${g}: ${id}`)));
    expect(meta(a!, source.target.type === 'element' ? 'custom:element' : 'custom:flow')).toBeTruthy();
    expect(meta(a!, 'custom:owner')).toBe('Ana <ana@example.test>');
    expect(meta(a!, 'Comments')).toBe(source.description.trim());
    expect(a!.threatSource).toBe('threat actor');
    expect(a!.impactedAssets).toHaveLength(1);
    expect(a!.threatAction).toEqual(expect.any(String));
    expect(a!.tags!.length).toBeGreaterThan(0);
  });

  it('maps mitigations and their links; reductions ride along', () => {
    const [m] = tc.mitigations;
    expect(m).toMatchObject({ content: 'Filter retrieved content', status: 'mitigationResolved', numericId: 1 });
    expect(meta(m!, 'custom:status')).toBe('Verified');
    expect(meta(m!, 'custom:reductions')).toEqual(['T-1: likelihood −2, impact −1']);
    expect(meta(m!, 'custom:evidence-links')).toEqual(['https://reports.example/1']);
    expect(tc.mitigationLinks).toEqual([{ mitigationId: m!.id, linkedId: tc.threats[0]!.id }]);
  });

  it('status and priority tables are the importer’s read backwards', () => {
    expect(threatStatusToTc).toEqual({ identified: 'threatIdentified', mitigating: 'threatIdentified', mitigated: 'threatResolved', accepted: 'threatResolved', transferred: 'threatResolved', 'not-applicable': 'threatResolvedNotUseful' });
    expect(mitigationStatusToTc).toMatchObject({ proposed: 'mitigationIdentified', 'in-progress': 'mitigationInProgress', implemented: 'mitigationResolved', rejected: 'mitigationResolvedWillNotAction' });
    expect([priorityOf(5, 5), priorityOf(2, 5), priorityOf(3, 3), priorityOf(1, 5), priorityOf(2, 2)]).toEqual(['High', 'High', 'Medium', 'Medium', 'Low']);
  });

  it('is deterministic: the same model exports byte for byte the same; ids depend on the model', () => {
    expect(JSON.stringify(exportThreatComposer(sampleDocument()))).toBe(JSON.stringify(exportThreatComposer(sampleDocument())));
    const other = sampleDocument();
    other.model.id = 'model-2';
    expect(tcOf(other).threats[0]!.id).not.toBe(tc.threats[0]!.id);
    const ids = [...tc.threats, ...tc.mitigations].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers threats in the order they were created, so a new threat does not renumber the others', () => {
    const later = sampleDocument();
    later.threats.unshift({ ...later.threats[0]!, id: 'aaa-new', title: 'Newest', createdAt: '2026-11-30T00:00:00.000Z' });
    const numbers = Object.fromEntries(tcOf(later).threats.map((t) => [t.statement, t.numericId]));
    expect(numbers).toMatchObject({ [doc.threats[0]!.title]: 1, [doc.threats[1]!.title]: 2, Newest: 3 });
  });
});

describe('Threat Composer export: field limits', () => {
  it('shortens long comments with a note and keeps the full text in custom:description', () => {
    const doc = sampleDocument();
    doc.threats[0]!.description = `Start. ${'word '.repeat(1500)}End.`;
    const t = tcOf(doc).threats[0]!;
    const comments = meta(t, 'Comments') as string;
    expect(comments.length).toBeLessThanOrEqual(1000);
    expect(comments).toMatch(/Shortened for Threat Composer; the full text is in custom:description\.\]$/);
    expect(meta(t, 'custom:description')).toBe(doc.threats[0]!.description);
  });

  it('cuts names, tags and grammar parts at the limit with an ellipsis, never inside a surrogate pair', () => {
    const doc = hostileDocument();
    const tc = tcOf(doc);
    expect(tc.applicationInfo.name).toBe(`${'x'.repeat(199)}…`);
    const t = tc.threats.find((x) => meta(x, 'custom:threatline-id') === 'threat-a')!;
    expect(t.tags!.every((tag) => tag.length <= 30)).toBe(true);
    expect(t.tags).toContain(`${'😀'.repeat(14)}…`);
    expect(meta(t, 'custom:references')).toHaveLength(100);
    expect((meta(t, 'custom:references') as string[])[99]).toMatch(/^… and \d+ more$/);
    const b = tc.threats.find((x) => meta(x, 'custom:threatline-id') === 'threat-b')!;
    expect(b.threatSource).toBe(`${'😀'.repeat(99)}…`);
    expect(b.tags).toContain(`${'q'.repeat(29)}…`);
  });

  it('stops a very long architecture description at a whole line and says how much is left out', () => {
    const doc = sampleDocument();
    const base = doc.graph.elements[0]!;
    for (let i = 0; i < 1500; i++) doc.graph.elements.push({ ...base, id: `bulk-${i}`, name: `${'n'.repeat(190)} ${i}`, description: 'd'.repeat(300) });
    const tc = tcOf(doc);
    expectValid(tc);
    expect(tc.architecture!.description.length).toBeLessThanOrEqual(100_000);
    expect(tc.architecture!.description).toMatch(/_… [\d,]+ more items not listed: Threat Composer holds at most 100,000 characters here\._$/);
  });
});

// Every threat and mitigation comes back with links, STRIDE and our exact values.
const ourId = (description: string) => /^custom:threatline-id: (.+)$/m.exec(description)?.[1];

describe('Round trip Threatline → Threat Composer → Threatline', () => {
  it.each([
    ['the sample document', sampleDocument()],
    ...templates.map((t) => [`the ${t.id} template with its rule threats`, documentWithThreats(t.build())] as [string, ModelDocument]),
  ])('%s keeps every threat and mitigation, their links, exact statuses, ratings, control types and reductions, and STRIDE', (_name, doc) => {
    const tc = tcOf(doc);
    const result = importThreatComposer(tc, { seed: 'rt' });
    expectImportable(result);
    expect(result.report.unmapped).toEqual([]);
    if (doc.threats.length) expect(result.report.approximations.map((a) => a.subject)).toContain('Values exported by Threatline');
    const back = result.document;
    expect(back.threats).toHaveLength(doc.threats.length);
    expect(back.mitigations).toHaveLength(doc.mitigations.length);
    const original = new Map(back.threats.map((t) => [t.id, doc.threats.find((x) => x.id === ourId(t.description))!]));
    for (const [, t] of original) expect(t).toBeDefined();
    for (const t of back.threats) {
      const o = original.get(t.id)!;
      expect(t.title).toBe(o.title);
      expect(t.stride).toEqual(o.stride);
      // Our exact values ride along as custom: metadata and are read back.
      expect(t.status).toBe(o.status);
      expect([t.likelihood, t.impact]).toEqual([o.likelihood, o.impact]);
      if (o.category) expect(t.category).toBe(o.category);
      if (o.description && o.description.length <= 1000) expect(t.description).toContain(o.description);
    }
    const originalThreatId = (id: string) => original.get(id)!.id;
    for (const m of back.mitigations) {
      const o = doc.mitigations.find((x) => x.id === ourId(m.description))!;
      expect(m.title).toBe(o.title);
      expect(m.status).toBe(o.status);
      expect(m.controlType).toBe(o.controlType);
      const links = (x: { links: { threatId: string; likelihoodReduction: number; impactReduction: number }[] }, id: (s: string) => string) =>
        x.links.map((l) => `${id(l.threatId)} −${l.likelihoodReduction}/−${l.impactReduction}`).sort();
      expect(links(m, originalThreatId)).toEqual(links(o, (x) => x));
    }
  });
});

const fixture = () => JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'small.tc.json'), 'utf8')) as TcFile;

describe('Round trip Threat Composer → Threatline → Threat Composer', () => {
  // What Threat Composer wrote, by number (ids are new), without display order and the custom facts we add.
  const OURS = /^custom:(threatline-id|status|likelihood|impact|risk|origin|control-type|reductions|element|flow)$/;
  // List values of custom keys come back joined with commas (the importer writes them as one line).
  const flat = (m: Meta) => ({ key: m.key, value: m.key.startsWith('custom:') && Array.isArray(m.value) ? m.value.join(', ') : m.value });
  function comparable(file: TcFile) {
    const num = (id: string) => [...file.threats, ...file.mitigations, ...file.assumptions].find((x) => x.id === id)?.numericId;
    const clean = ({ id: _id, displayOrder: _d, metadata, ...rest }: { id: string; displayOrder?: number; metadata?: Meta[] }) => {
      const kept = (metadata ?? []).filter((m) => !OURS.test(m.key)).map(flat).sort((a, b) => (a.key < b.key ? -1 : 1));
      return { ...rest, ...(kept.length ? { metadata: kept } : {}) };
    };
    return {
      applicationInfo: file.applicationInfo, architecture: file.architecture, dataflow: file.dataflow,
      assumptions: file.assumptions.map(clean), threats: file.threats.map(clean), mitigations: file.mitigations.map(clean),
      assumptionLinks: file.assumptionLinks.map((l) => `${l.type}: A-${num(l.assumptionId)} → ${num(l.linkedId)}`).sort(),
      mitigationLinks: file.mitigationLinks.map((l) => `M-${num(l.mitigationId)} → T-${num(l.linkedId)}`).sort(),
    };
  }

  it('is valid and gives back the assumptions and their links, numbers, statements, grammar parts, statuses, tags and metadata', () => {
    const small = fixture();
    const again = tcOf(importThreatComposer(small, { seed: 'x' }).document);
    expectValid(again);
    const expected = fixture();
    // T-2 had neither statement nor priority: it comes back with the composed statement and Medium (3 × 3).
    expected.threats[1]!.statement = "A internal actor can read prompts in the provider's logs";
    expected.threats[1]!.metadata.push({ key: 'Priority', value: 'Medium' });
    // The link to a threat that is not in the file was not imported.
    expected.mitigationLinks = expected.mitigationLinks.filter((l) => !l.linkedId.endsWith('099'));
    expect(comparable(again)).toEqual(comparable(expected));
  });
});

// ../shared/reference/samples beside the project; skipped when it is absent.
const samplePath = path.resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'reference', 'samples', 'threat-composer', 'ThreatComposer.tc.json');
describe.skipIf(!existsSync(samplePath))('Threat Composer reference sample through Threatline and back (skipped: ../shared is absent)', () => {
  it('re-exports valid, with every threat, mitigation, assumption and resolvable link', () => {
    const sample = JSON.parse(readFileSync(samplePath, 'utf8')) as TcFile;
    const again = tcOf(importThreatComposer(sample).document);
    expectValid(again);
    expectWithinLimits(again);
    expect(again.threats.map((t) => t.numericId).sort()).toEqual(sample.threats.map((t) => t.numericId).sort());
    expect(again.threats.map((t) => t.statement).sort()).toEqual(sample.threats.map((t) => t.statement).sort());
    expect(again.mitigations.map((m) => m.content).sort()).toEqual(sample.mitigations.map((m) => m.content).sort());
    expect(again.assumptions.map((a) => a.content).sort()).toEqual(sample.assumptions.map((a) => a.content).sort());
    expect(again.mitigationLinks).toHaveLength(32);
  });
});

describe('Re-importing a Threatline export edited in Threat Composer', () => {
  it('lets what was changed in Threat Composer win over the exact values we wrote', () => {
    const doc = sampleDocument();
    const tc = tcOf(doc) as unknown as { threats: { status: string; metadata: Meta[] }[] };
    const first = tc.threats[0]!;
    const original = doc.threats.find((t) => t.title === (first as unknown as { statement: string }).statement)!;
    // Someone resolved the threat and raised its priority in Threat Composer.
    first.status = original.status === 'mitigated' ? 'threatResolvedNotUseful' : 'threatResolved';
    const newPriority = priorityOf(original.likelihood, original.impact) === 'High' ? 'Low' : 'High';
    first.metadata = first.metadata.map((m) => (m.key === 'Priority' ? { key: 'Priority', value: newPriority } : m));
    const back = importThreatComposer(tc, { seed: 'edit' }).document.threats.find((t) => t.title === original.title)!;
    expect(back.status).toBe(first.status === 'threatResolved' ? 'mitigated' : 'not-applicable');
    expect(back.likelihood).toBe(PRIORITY_RATING[newPriority]);
  });

  it('ignores malformed custom: values and falls back to the documented mapping', () => {
    const tc = tcOf(sampleDocument()) as unknown as { threats: { metadata: Meta[] }[] };
    tc.threats[0]!.metadata = tc.threats[0]!.metadata.map((m) =>
      m.key === 'custom:likelihood' ? { key: m.key, value: '9 (Impossible)' } : m.key === 'custom:status' ? { key: m.key, value: 'Hacked' } : m,
    );
    const result = importThreatComposer(tc, { seed: 'bad' });
    expectImportable(result);
    const priority = tc.threats[0]!.metadata.find((m) => m.key === 'Priority')!.value as string;
    const t = result.document.threats[0]!;
    expect([t.likelihood, t.impact]).toEqual([PRIORITY_RATING[priority], PRIORITY_RATING[priority]]);
  });
});
