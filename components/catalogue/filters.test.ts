import { describe, expect, it } from 'vitest';
import { catalogueMitigations, catalogueThreats, threatsForMitigation } from '@/lib/catalogue';
import { emptyCatalogueFilter, filterMitigations, filterThreats } from './filters';

describe('catalogue filters', () => {
  it('keeps everything with no filter', () => {
    expect(filterThreats(catalogueThreats, emptyCatalogueFilter)).toHaveLength(catalogueThreats.length);
    expect(filterMitigations(catalogueMitigations, emptyCatalogueFilter, threatsForMitigation)).toHaveLength(catalogueMitigations.length);
  });

  it('filters threats by framework, category, element kind and flows', () => {
    const llm = filterThreats(catalogueThreats, { ...emptyCatalogueFilter, framework: 'owaspLlm' });
    expect(llm.length).toBeGreaterThan(0);
    expect(llm.every((t) => (t.references.owaspLlm?.length ?? 0) > 0)).toBe(true);
    const poisoning = filterThreats(catalogueThreats, { ...emptyCatalogueFilter, category: 'data-poisoning' });
    expect(poisoning.every((t) => t.category === 'data-poisoning')).toBe(true);
    const flows = filterThreats(catalogueThreats, { ...emptyCatalogueFilter, kind: 'flow' });
    expect(flows.every((t) => t.appliesTo.flows)).toBe(true);
    const first = catalogueThreats[0]!;
    expect(filterThreats(catalogueThreats, { ...emptyCatalogueFilter, query: first.id.toLowerCase() }).map((t) => t.id)).toContain(first.id);
  });

  it('filters mitigations by the category of the threats they mitigate', () => {
    const list = filterMitigations(catalogueMitigations, { ...emptyCatalogueFilter, category: 'prompt-injection' }, threatsForMitigation);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((m) => threatsForMitigation(m.id).some((t) => t.category === 'prompt-injection'))).toBe(true);
  });
});
