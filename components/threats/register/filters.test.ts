import { describe, expect, it } from 'vitest';
import type { ThreatItem } from '../types';
import { applyChanges, citesAny, frameworksOf, inFacet, matchesSearch, searchText, targetKey, targetOptions } from './filters';

const threat = (over: Partial<ThreatItem> = {}): ThreatItem => ({
  id: 't1', title: 'Poisoned training data', description: 'An attacker slips records in.', category: 'data-poisoning', stride: ['T'],
  references: { atlas: ['AML.T0020'], owaspLlm: [] }, likelihood: 3, impact: 4, score: 12, risk: 'high', status: 'identified',
  owner: null, rationale: '', source: 'rule', catalogueId: 'TL-AI-001', ruleId: 'R-X', target: { type: 'element', id: 'e1', name: 'Raw events', kind: 'data-source' },
  triggerRetired: false, mitigations: [], residual: { likelihood: 3, impact: 4, score: 12, risk: 'high' }, allMitigationsVerified: false, version: 1, updatedAt: '2026-11-01T00:00:00.000Z', ...over,
});

describe('register filters', () => {
  it('treats an empty facet as no filter and matches chosen values', () => {
    expect(inFacet('identified', undefined)).toBe(true);
    expect(inFacet('identified', [])).toBe(true);
    expect(inFacet('identified', ['identified', 'mitigating'])).toBe(true);
    expect(inFacet('mitigated', ['identified'])).toBe(false);
    expect(inFacet(3, ['3'])).toBe(true);
  });

  it('lists only frameworks with entries and filters on any of them', () => {
    expect(frameworksOf({ atlas: ['AML.T0020'], owaspLlm: [] })).toEqual(['atlas']);
    expect(citesAny(['atlas'], ['owaspLlm', 'atlas'])).toBe(true);
    expect(citesAny(['atlas'], ['nist'])).toBe(false);
    expect(citesAny([], [])).toBe(true);
  });

  it('searches every term across title, target, references and ids', () => {
    const text = searchText(threat());
    expect(matchesSearch(text, 'poisoned raw')).toBe(true);
    expect(matchesSearch(text, 'aml.t0020')).toBe(true);
    expect(matchesSearch(text, 'data poisoning')).toBe(true);
    expect(matchesSearch(text, 'poisoned kubernetes')).toBe(false);
    expect(matchesSearch(text, '   ')).toBe(true);
  });

  it('keys stages by target id, the model when none, with the model first in options', () => {
    const rows = [threat(), threat({ id: 't2', target: { type: 'model', id: null, name: 'Whole model', kind: null } }), threat({ id: 't3' })];
    expect(targetKey(rows[1]!)).toBe('model');
    expect(targetOptions(rows)).toEqual([{ value: 'model', label: 'Whole model' }, { value: 'e1', label: 'Raw events' }]);
  });

  it('applies optimistic changes and recomputes the risk', () => {
    const next = applyChanges(threat(), { likelihood: 5, impact: 5, ownerId: 'u1' }, new Map([['u1', 'Ada']]));
    expect(next).toMatchObject({ score: 25, risk: 'critical', owner: { id: 'u1', name: 'Ada' } });
    expect(applyChanges(next, { ownerId: null }, new Map()).owner).toBeNull();
    expect(applyChanges(threat(), { status: 'mitigated' }, new Map())).toMatchObject({ status: 'mitigated', risk: 'high' });
  });

  it('recomputes residual risk from verified links when ratings change', () => {
    const links = [
      { id: 'm1', title: 'Signed data', status: 'verified', likelihoodReduction: 2, impactReduction: 0 },
      { id: 'm2', title: 'Audit', status: 'planned', likelihoodReduction: 0, impactReduction: 3 },
    ];
    const next = applyChanges(threat({ mitigations: links }), { likelihood: 5, impact: 5 }, new Map());
    expect(next.residual).toEqual({ likelihood: 3, impact: 5, score: 15, risk: 'critical' });
    expect(applyChanges(threat({ mitigations: links }), { status: 'mitigating' }, new Map()).residual.score).toBe(12);
  });
});
