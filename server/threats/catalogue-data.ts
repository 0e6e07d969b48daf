import 'server-only';
import type { CatalogueThreat } from '@/lib/catalogue';
import type { Prisma } from '@/prisma/generated/client';

/** The fields a threat copies from its catalogue entry (the team may edit them afterwards). */
export function catalogueThreatData(t: CatalogueThreat) {
  const references: Record<string, string[]> = {};
  for (const [framework, ids] of Object.entries(t.references)) if (ids && ids.length) references[framework] = [...ids];
  return {
    catalogueId: t.id,
    title: t.title,
    description: t.description,
    category: t.category,
    stride: [...t.stride],
    references: references as Prisma.InputJsonValue,
    likelihood: t.likelihood,
    impact: t.impact,
  };
}
