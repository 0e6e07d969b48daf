import * as lucide from 'lucide-react';
import { describe, expect, it } from 'vitest';
import {
  boundaryKindDefs,
  boundaryKindSchema,
  boundaryKinds,
  defaultBoundaryName,
  isBoundaryKind,
  parseBoundaryProperties,
  type BoundaryKind,
} from './boundary-kinds';
import { TEXT_MAX } from './fields';
import { contrast, enumValues, hex, sampleValues, schemaKeys } from './kinds/test-helpers';

describe('boundary kind catalogue', () => {
  it('has the seven boundary kinds', () => {
    expect(boundaryKinds).toEqual(['internet', 'cloud-account', 'network', 'kubernetes-cluster', 'namespace', 'third-party', 'on-premises']);
    expect(Object.keys(boundaryKindDefs).sort()).toEqual([...boundaryKinds].sort());
    expect(boundaryKindSchema.safeParse('namespace').success).toBe(true);
    expect(boundaryKindSchema.safeParse('moat').error?.issues[0]?.message).toBe('Choose a known boundary kind.');
    expect(isBoundaryKind('internet')).toBe(true);
    expect(isBoundaryKind('constructor')).toBe(false);
    expect(defaultBoundaryName('kubernetes-cluster')).toBe('Kubernetes cluster');
  });

  it('gives each kind its own outline colour', () => {
    const strokes = boundaryKinds.map((k) => boundaryKindDefs[k].color.stroke);
    expect(new Set(strokes).size).toBe(boundaryKinds.length);
  });
});

describe.each(boundaryKinds.map((k) => [k] as [BoundaryKind]))('boundary kind %s', (kind) => {
  const def = boundaryKindDefs[kind];

  it('is fully described', () => {
    expect(def.id).toBe(kind);
    expect(def.label.trim()).not.toBe('');
    expect(def.description).toMatch(/^[A-Z].{20,200}\.$/);
    expect(lucide[def.icon as keyof typeof lucide], `icon ${def.icon}`).toBeDefined();
    for (const c of Object.values(def.color)) expect(c).toMatch(hex);
    expect(contrast(def.color.text, def.color.fill)).toBeGreaterThanOrEqual(7);
  });

  it('has a form field for every schema key and vice versa', () => {
    const keys = def.fields.map((f) => f.key);
    expect([...keys].sort()).toEqual(schemaKeys(def.propertiesSchema));
    expect(keys).toEqual(expect.arrayContaining(['owner', 'tags']));
    for (const f of def.fields.filter((x) => x.type === 'select')) {
      expect(f.options?.map((o) => o.value)).toEqual(enumValues(def.propertiesSchema, f.key));
    }
  });

  it('accepts {} and a value for every field', () => {
    expect(parseBoundaryProperties(kind, {}).data).toEqual({});
    const full = sampleValues(def.fields);
    expect(parseBoundaryProperties(kind, full).data).toEqual(full);
  });

  it('rejects bad values with readable messages', () => {
    expect(parseBoundaryProperties(kind, { owner: 'o'.repeat(TEXT_MAX + 1) }).error?.issues[0]?.message).toBe(`Owner must be at most ${TEXT_MAX} characters.`);
    for (const f of def.fields.filter((x) => x.type === 'select')) {
      const r = parseBoundaryProperties(kind, { [f.key]: 'nope' });
      expect(r.error?.issues[0]?.path).toEqual([f.key]);
      expect(r.error?.issues[0]?.message).toContain(`${f.label} must be one of`);
    }
  });
});

describe('boundary properties', () => {
  it('carries the facts of each zone', () => {
    const keys = (k: BoundaryKind) => boundaryKindDefs[k].fields.map((f) => f.key);
    expect(keys('cloud-account')).toEqual(expect.arrayContaining(['provider', 'accountId', 'region']));
    expect(keys('kubernetes-cluster')).toEqual(expect.arrayContaining(['clusterName', 'kubernetesVersion']));
    expect(keys('namespace')).toContain('podSecurityLevel');
    expect(keys('third-party')).toContain('vendor');
  });

  it('accepts the Pod Security levels only', () => {
    for (const level of ['privileged', 'baseline', 'restricted']) {
      expect(parseBoundaryProperties('namespace', { podSecurityLevel: level }).success).toBe(true);
    }
    expect(parseBoundaryProperties('namespace', { podSecurityLevel: 'strict' }).error?.issues[0]?.message).toBe(
      'Pod Security level must be one of: Privileged, Baseline, Restricted.',
    );
    expect(parseBoundaryProperties('cloud-account', { provider: 'aws', accountId: '123456789012', region: 'eu-west-1' }).success).toBe(true);
  });
});
