import { describe, expect, it } from 'vitest';
import { elementKindDefs, elementKinds, type ElementKind } from '../domain/element-kinds';
import { flowFields, flowPropertiesSchema } from '../domain/flow';
import {
  catalogueMitigations,
  catalogueMitigationSchema,
  catalogueThreats,
  catalogueThreatSchema,
  catalogueVersion,
  mitigationById,
  mitigationsForThreat,
  strideLetters,
  threatById,
  threatCategories,
  threatsForFlows,
  threatsForKind,
  threatsForMitigation,
  type CatalogueThreat,
} from './index';

const aiThreats = catalogueThreats.filter((t) => t.id.startsWith('TL-AI-'));
const k8sThreats = catalogueThreats.filter((t) => t.id.startsWith('TL-K8S-'));
const baseline = catalogueThreats.filter((t) => t.category === 'stride-baseline');
const specific = catalogueThreats.filter((t) => t.category !== 'stride-baseline');

function sentences(text: string): number {
  return text.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length;
}

describe('catalogue shape', () => {
  it('has a calendar version', () => {
    expect(catalogueVersion).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
  });

  it.each(catalogueThreats.map((t) => [t.id, t] as const))('threat %s matches the schema', (_id, threat) => {
    expect(catalogueThreatSchema.safeParse(threat).error?.issues ?? []).toEqual([]);
  });

  it.each(catalogueMitigations.map((m) => [m.id, m] as const))('mitigation %s matches the schema', (_id, mitigation) => {
    expect(catalogueMitigationSchema.safeParse(mitigation).error?.issues ?? []).toEqual([]);
  });

  it('has unique threat and mitigation ids', () => {
    const ids = [...catalogueThreats.map((t) => t.id), ...catalogueMitigations.map((m) => m.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('numbers each series without gaps, so a missing id is a deliberate retirement and not a typo', () => {
    for (const [prefix, list] of [
      ['TL-AI-', aiThreats],
      ['TL-K8S-', k8sThreats],
      ['TL-M-', catalogueMitigations],
    ] as const) {
      const numbers = list.map((x) => Number(x.id.slice(prefix.length))).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
  });

  it('meets the size targets: ≥45 AI threats, ≥15 Kubernetes threats, ≥45 mitigations', () => {
    expect(aiThreats.length).toBeGreaterThanOrEqual(45);
    expect(k8sThreats.length).toBeGreaterThanOrEqual(15);
    expect(catalogueMitigations.length).toBeGreaterThanOrEqual(45);
  });

  it('keeps id prefix and category consistent', () => {
    for (const t of catalogueThreats) {
      if (t.id.startsWith('TL-K8S-')) expect(t.category, t.id).toBe('platform');
      else if (t.id.startsWith('TL-STRIDE-')) expect(t.category, t.id).toBe('stride-baseline');
      else expect(['platform', 'stride-baseline'], t.id).not.toContain(t.category);
    }
  });

  it('uses every threat category', () => {
    const used = new Set(catalogueThreats.map((t) => t.category));
    expect(threatCategories.filter((c) => !used.has(c))).toEqual([]);
  });

  it('writes 2–4 sentence descriptions, none duplicated, titles unique', () => {
    const all = [...catalogueThreats, ...catalogueMitigations];
    for (const x of all) {
      expect(x.description.trim(), x.id).not.toBe('');
      expect(sentences(x.description), `${x.id}: ${x.description}`).toBeGreaterThanOrEqual(2);
      expect(sentences(x.description), `${x.id}: ${x.description}`).toBeLessThanOrEqual(4);
    }
    const descriptions = all.map((x) => x.description.toLowerCase());
    expect(new Set(descriptions).size).toBe(descriptions.length);
    const titles = all.map((x) => x.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });
});

describe('threat–mitigation links', () => {
  it('links only mitigations that exist', () => {
    const missing = catalogueThreats.flatMap((t) => t.mitigations.filter((id) => !mitigationById(id)).map((id) => `${t.id} -> ${id}`));
    expect(missing).toEqual([]);
  });

  it('links every mitigation from at least one threat', () => {
    const linked = new Set(catalogueThreats.flatMap((t) => t.mitigations));
    expect(catalogueMitigations.map((m) => m.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  // Controls often sit in another stage than the threat (privacy tests in evaluation protect the
  // inference service), so only the first-listed, primary mitigation must apply where the threat does.
  it('leads each threat with a mitigation that applies where the threat applies', () => {
    const mismatched: string[] = [];
    for (const t of catalogueThreats) {
      const primary = mitigationsForThreat(t.id)[0];
      const sharesKind = primary?.appliesTo.elementKinds.some((k) => t.appliesTo.elementKinds.includes(k)) ?? false;
      const sharesFlows = t.appliesTo.flows && primary?.appliesTo.flows === true;
      if (!sharesKind && !sharesFlows) mismatched.push(`${t.id} -> ${primary?.id ?? 'none'}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('does not repeat a mitigation on one threat', () => {
    for (const t of catalogueThreats) expect(new Set(t.mitigations).size, t.id).toBe(t.mitigations.length);
  });

  it('offers a mitigation of each control type', () => {
    expect(new Set(catalogueMitigations.map((m) => m.controlType))).toEqual(new Set(['preventive', 'detective', 'corrective']));
  });
});

describe('applicability', () => {
  // Generic kinds (imported "process"/"store"/"actor" shapes) say nothing AI-specific: the
  // STRIDE baseline is all that applies to them until someone re-types them.
  it('covers every stage kind with at least one specific (non-baseline) threat', () => {
    const stageKinds = elementKinds.filter((k) => elementKindDefs[k].category !== 'generic');
    const uncovered = stageKinds.filter((k) => !specific.some((t) => t.appliesTo.elementKinds.includes(k)));
    expect(uncovered).toEqual([]);
  });

  it('gives every threat somewhere to apply', () => {
    for (const t of catalogueThreats) expect(t.appliesTo.elementKinds.length > 0 || t.appliesTo.flows, t.id).toBe(true);
  });

  it('states indicators with real property names and values of the kind (or flow) they are on', () => {
    const problems: string[] = [];
    for (const t of catalogueThreats) {
      for (const ind of t.appliesTo.indicators ?? []) {
        const label = `${t.id}: ${ind.on}.${ind.property}=${ind.equals}`;
        if (ind.on === 'flow') {
          if (!t.appliesTo.flows) problems.push(`${label} but the threat does not apply to flows`);
          if (!flowFields.some((f) => f.key === ind.property)) problems.push(`${label}: no such flow property`);
          else if (!flowPropertiesSchema.safeParse({ [ind.property]: ind.equals }).success) problems.push(`${label}: invalid value`);
          continue;
        }
        const def = elementKindDefs[ind.on];
        if (!t.appliesTo.elementKinds.includes(ind.on)) problems.push(`${label} but the threat does not apply to ${ind.on}`);
        if (!def.fields.some((f) => f.key === ind.property)) problems.push(`${label}: no such property`);
        else if (!def.propertiesSchema.safeParse({ [ind.property]: ind.equals }).success) problems.push(`${label}: invalid value`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds threats by kind and for flows', () => {
    const forDeployment = threatsForKind('deployment').map((t) => t.id);
    expect(forDeployment).toContain('TL-K8S-001');
    expect(forDeployment).toContain('TL-STRIDE-E');
    expect(threatsForKind('human-actor').map((t) => t.id)).not.toContain('TL-STRIDE-T');
    expect(threatsForFlows().every((t) => t.appliesTo.flows)).toBe(true);
    expect(threatsForFlows().map((t) => t.id)).toContain('TL-STRIDE-I-FLOW');
  });

  it('resolves lookups', () => {
    expect(threatById('TL-AI-010')?.title).toMatch(/deserialisation/i);
    expect(threatById('TL-AI-999')).toBeUndefined();
    expect(mitigationById('TL-M-011')?.controlType).toBe('preventive');
    expect(mitigationsForThreat('TL-AI-010').map((m) => m.id)).toEqual(threatById('TL-AI-010')?.mitigations);
    expect(threatsForMitigation('TL-M-054').map((t) => t.id)).toContain('TL-K8S-001');
  });
});

describe('STRIDE baseline', () => {
  const externalKinds: ElementKind[] = ['human-actor', 'external-entity'];
  const systemKinds = elementKinds.filter((k) => !externalKinds.includes(k));

  it.each(strideLetters.map((l) => [l] as const))('has an element entry and a flow entry for %s', (letter) => {
    const el = threatById(`TL-STRIDE-${letter}`);
    const flow = threatById(`TL-STRIDE-${letter}-FLOW`);
    expect(el?.category).toBe('stride-baseline');
    expect(flow?.category).toBe('stride-baseline');
    expect(el?.stride).toEqual([letter]);
    expect(flow?.stride).toEqual([letter]);
    expect(flow?.appliesTo.flows).toBe(true);
    expect(el?.appliesTo.elementKinds).toEqual(expect.arrayContaining(systemKinds));
  });

  it('gives every system kind all six letters and people spoofing and repudiation only', () => {
    const lettersFor = (kind: ElementKind) =>
      new Set(baseline.filter((t) => t.appliesTo.elementKinds.includes(kind)).flatMap((t) => t.stride));
    for (const k of systemKinds) expect([...lettersFor(k)].sort(), k).toEqual([...strideLetters].sort());
    for (const k of externalKinds) expect([...lettersFor(k)].sort(), k).toEqual(['R', 'S']);
  });

  it('covers all six letters across flows', () => {
    const letters = new Set(baseline.filter((t) => t.appliesTo.flows).flatMap((t) => t.stride));
    expect([...letters].sort()).toEqual([...strideLetters].sort());
  });
});

describe('required topics', () => {
  // Topic -> the threat that covers it. Keeps the brief's minimum coverage from silently eroding.
  const topics: Record<string, string> = {
    'training-data poisoning': 'TL-AI-001',
    'label flipping': 'TL-AI-002',
    'poisoning through the feedback loop': 'TL-AI-003',
    'backdoored / trojaned model': 'TL-AI-016',
    'poisoned pretrained model from a hub': 'TL-AI-009',
    'poisoned dataset from a hub': 'TL-AI-007',
    'unsafe deserialisation (pickle)': 'TL-AI-010',
    'model tampering in the registry': 'TL-AI-017',
    'evasion / adversarial examples': 'TL-AI-021',
    'model inversion': 'TL-AI-025',
    'membership inference': 'TL-AI-026',
    'attribute inference': 'TL-AI-027',
    'model extraction': 'TL-AI-031',
    'training-data leakage and memorisation': 'TL-AI-028',
    'direct prompt injection': 'TL-AI-035',
    'indirect prompt injection': 'TL-AI-036',
    jailbreak: 'TL-AI-038',
    'system-prompt leakage': 'TL-AI-040',
    'insecure output handling': 'TL-AI-042',
    'excessive agency': 'TL-AI-049',
    'vector-store poisoning': 'TL-AI-045',
    'vector-store leakage': 'TL-AI-046',
    'sensitive information disclosure': 'TL-AI-041',
    'denial of ML service': 'TL-AI-059',
    'cost harvesting': 'TL-AI-060',
    'data drift exploitation': 'TL-AI-024',
    'dependency supply chain': 'TL-AI-011',
    'container supply chain': 'TL-K8S-006',
    'privileged pods': 'TL-K8S-001',
    'missing NetworkPolicy': 'TL-K8S-002',
    'service-account token abuse': 'TL-K8S-003',
    'secrets in environment variables': 'TL-K8S-004',
    'shared-GPU side channels': 'TL-K8S-005',
    'unsigned images': 'TL-K8S-006',
    'unsigned models': 'TL-K8S-007',
  };

  it.each(Object.entries(topics))('covers %s (%s)', (_topic, id) => {
    const threat: CatalogueThreat | undefined = threatById(id);
    expect(threat).toBeDefined();
    expect(threat?.category).not.toBe('stride-baseline');
  });
});
