import type { CatalogueMitigation, CatalogueThreat } from '@/lib/catalogue';

export interface CatalogueFilter {
  query: string;
  framework: string;
  category: string;
  kind: string;
}

export const emptyCatalogueFilter: CatalogueFilter = { query: '', framework: '', category: '', kind: '' };

function cites(references: Record<string, readonly string[] | undefined>, framework: string): boolean {
  return !framework || (references[framework]?.length ?? 0) > 0;
}

function matches(text: string, query: string): boolean {
  const haystack = text.toLowerCase();
  return query.toLowerCase().split(/\s+/).filter(Boolean).every((t) => haystack.includes(t));
}

/** Catalogue threats passing the filters; `kind` 'flow' means "applies to data flows". */
export function filterThreats(threats: readonly CatalogueThreat[], f: CatalogueFilter): CatalogueThreat[] {
  return threats.filter(
    (t) =>
      cites(t.references, f.framework) &&
      (!f.category || t.category === f.category) &&
      (!f.kind || (f.kind === 'flow' ? t.appliesTo.flows : (t.appliesTo.elementKinds as readonly string[]).includes(f.kind))) &&
      matches(`${t.id} ${t.title} ${t.description} ${Object.values(t.references).flat().join(' ')}`, f.query),
  );
}

/**
 * Mitigations passing the filters. Mitigations have no category of their own: a category filter
 * keeps those linked from a threat of that category.
 */
export function filterMitigations(
  mitigations: readonly CatalogueMitigation[],
  f: CatalogueFilter,
  linkedThreats: (id: string) => readonly CatalogueThreat[],
): CatalogueMitigation[] {
  return mitigations.filter(
    (m) =>
      cites(m.references, f.framework) &&
      (!f.category || linkedThreats(m.id).some((t) => t.category === f.category)) &&
      (!f.kind || (f.kind === 'flow' ? m.appliesTo.flows : (m.appliesTo.elementKinds as readonly string[]).includes(f.kind))) &&
      matches(`${m.id} ${m.title} ${m.description} ${Object.values(m.references).flat().join(' ')}`, f.query),
  );
}
