import { describe, expect, it } from 'vitest';
import atlasJson from './reference/atlas.json';
import { frameworkInfoSchema, mitigationReferencesSchema, referenceFrameworks, threatReferencesSchema } from './schema';
import {
  kubernetesControlNames,
  msK8sMitigationNames,
  msK8sTechniqueNames,
  nistAmlNames,
  owaspAgenticNames,
  owaspK8sNames,
  owaspLlmNames,
  owaspMlNames,
  supplyChainControlNames,
} from './framework-names';
import { atlasQualifiedName, catalogueMitigations, catalogueThreats, frameworkOf, frameworks, referenceName, type ReferenceFramework } from './index';

const atlasNames = new Map([...atlasJson.techniques, ...atlasJson.mitigations].map((e) => [e.id, e.name]));

function cited(key: ReferenceFramework): { owner: string; id: string }[] {
  const threats = catalogueThreats.flatMap((t) => ((t.references as Record<string, string[] | undefined>)[key] ?? []).map((id) => ({ owner: t.id, id })));
  const mitigations = catalogueMitigations.flatMap((m) =>
    ((m.references as Record<string, string[] | undefined>)[key] ?? []).map((id) => ({ owner: m.id, id })),
  );
  return [...threats, ...mitigations];
}

describe('ATLAS references', () => {
  const refs = cited('atlas');

  it('cites ATLAS from threats and mitigations', () => {
    expect(refs.some((r) => r.owner.startsWith('TL-AI-'))).toBe(true);
    expect(refs.some((r) => r.owner.startsWith('TL-M-'))).toBe(true);
  });

  it('cites only ids present in the derived atlas.json, with names exactly as spelled there', () => {
    const problems: string[] = [];
    for (const { owner, id } of refs) {
      const expected = atlasNames.get(id);
      if (!expected) problems.push(`${owner}: ${id} is not in ATLAS ${atlasJson.version}`);
      else if (referenceName('atlas', id) !== expected) problems.push(`${owner}: ${id} name mismatch`);
    }
    expect(problems).toEqual([]);
  });

  it('cites techniques from threats and mitigations from mitigations', () => {
    for (const r of refs) expect(r.id, r.owner).toMatch(r.owner.startsWith('TL-M-') ? /^AML\.M/ : /^AML\.T/);
  });

  it('spells names the ATLAS 5.x way ("AI", not "ML")', () => {
    expect(referenceName('atlas', 'AML.T0024.001')).toBe('Invert AI Model');
    expect(atlasQualifiedName('AML.T0024.001')).toBe('Exfiltration via AI Inference API: Invert AI Model');
    expect(referenceName('atlas', 'AML.T0010')).toBe('AI Supply Chain Compromise');
    expect(referenceName('atlas', 'AML.M0013')).toBe('Code Signing');
    expect(referenceName('atlas', 'AML.T0108')).toBe('AI Agent');
    expect(referenceName('atlas', 'AML.T0110')).toBe('AI Agent Tool Poisoning');
    expect(referenceName('atlas', 'AML.T9999')).toBeUndefined();
  });
});

describe('other framework references', () => {
  const tables: [ReferenceFramework, Readonly<Record<string, string>>][] = [
    ['owaspLlm', owaspLlmNames],
    ['owaspAgentic', owaspAgenticNames],
    ['owaspMl', owaspMlNames],
    ['nist', nistAmlNames],
    ['k8s', { ...owaspK8sNames, ...msK8sTechniqueNames, ...msK8sMitigationNames, ...kubernetesControlNames }],
    ['supplyChain', supplyChainControlNames],
  ];

  it.each(tables)('every %s id cited is in the facts table and has a name', (key, table) => {
    const refs = cited(key);
    expect(refs.length).toBeGreaterThan(0);
    const unknown = refs.filter(({ id }) => !Object.prototype.hasOwnProperty.call(table, id)).map((r) => `${r.owner}: ${r.id}`);
    expect(unknown).toEqual([]);
    for (const { id } of refs) expect(referenceName(key, id)).toBe(table[id]);
  });

  it('keeps the two OWASP LLM editions apart (2026 renumbered)', () => {
    expect(referenceName('owaspLlm', 'LLM03:2025')).toBe('Supply Chain');
    expect(referenceName('owaspLlm', 'LLM03:2026')).toBe('Excessive Agency');
    expect(referenceName('owaspLlm', 'LLM08:2026')).toBe('Hidden Context Exposure');
    expect(frameworkOf('owaspLlm', 'LLM01:2025')?.id).toBe('owasp-llm-2025');
    expect(frameworkOf('owaspLlm', 'LLM01:2026')?.id).toBe('owasp-llm-2026');
  });

  it('cites both LLM editions wherever it cites one', () => {
    // Counterparts by name, per frameworks.md §2.2; LLM07:2025 is broadened by LLM08:2026.
    const counterpart: Record<string, string> = {
      'LLM01:2025': 'LLM01:2026',
      'LLM02:2025': 'LLM02:2026',
      'LLM03:2025': 'LLM04:2026',
      'LLM04:2025': 'LLM05:2026',
      'LLM05:2025': 'LLM10:2026',
      'LLM06:2025': 'LLM03:2026',
      'LLM07:2025': 'LLM08:2026',
      'LLM08:2025': 'LLM09:2026',
      'LLM09:2025': 'LLM07:2026',
      'LLM10:2025': 'LLM06:2026',
    };
    const pairs = Object.entries(counterpart);
    for (const t of catalogueThreats) {
      const ids = t.references.owaspLlm ?? [];
      for (const [old, next] of pairs) expect(ids.includes(old), `${t.id}: ${old} vs ${next}`).toBe(ids.includes(next));
    }
  });

  it('distinguishes Kubernetes Top 10 editions', () => {
    expect(referenceName('k8s', 'K02:2022')).toBe('Supply Chain Vulnerabilities');
    expect(referenceName('k8s', 'K02:2025')).toBe('Overly Permissive Authorization Configurations');
    expect(referenceName('k8s', 'MS-TA9018')).toBe('Privileged container');
    expect(referenceName('k8s', 'MS-M9025')).toBe('Disable Service Account Auto Mount');
    expect(referenceName('k8s', 'MS-TA9032')).toBeUndefined();
  });

  it('returns undefined for ids of the wrong framework', () => {
    expect(referenceName('owaspMl', 'LLM01:2025')).toBeUndefined();
    expect(referenceName('nist', 'NISTAML.016')).toBeUndefined();
  });
});

describe('framework metadata', () => {
  it('has unique ids and a name and version for each framework', () => {
    expect(new Set(frameworks.map((f) => f.id)).size).toBe(frameworks.length);
    for (const f of frameworks) {
      expect(f.name.length, f.id).toBeGreaterThan(3);
      expect(f.version.length, f.id).toBeGreaterThan(0);
      if (f.url) expect(f.url, f.id).toMatch(/^https:\/\//);
    }
  });

  it('is plain data that survives JSON (safe to pass to client components)', () => {
    expect(JSON.parse(JSON.stringify(frameworks))).toEqual(frameworks);
  });

  it('reports the ATLAS data version', () => {
    expect(frameworks.find((f) => f.id === 'mitre-atlas')?.version).toBe(atlasJson.version);
  });

  it('assigns every cited id to exactly one framework', () => {
    const keys: ReferenceFramework[] = ['atlas', 'owaspLlm', 'owaspAgentic', 'owaspMl', 'nist', 'k8s', 'supplyChain'];
    for (const key of keys) {
      for (const { owner, id } of cited(key)) {
        const matches = frameworks.filter((f) => f.referenceKey === key && new RegExp(f.idPattern).test(id));
        expect(matches.length, `${owner}: ${id}`).toBe(1);
      }
    }
  });
});

describe('framework metadata schema', () => {
  it('validates every framework entry', () => {
    for (const f of frameworks) expect(frameworkInfoSchema.safeParse(f).error?.issues ?? [], f.id).toEqual([]);
  });

  it('lists exactly the reference keys that threats and mitigations use', () => {
    const keys = new Set([...Object.keys(threatReferencesSchema.shape), ...Object.keys(mitigationReferencesSchema.shape)]);
    expect([...keys].sort()).toEqual([...referenceFrameworks].sort());
    expect(new Set(frameworks.map((f) => f.referenceKey))).toEqual(keys);
  });
});
