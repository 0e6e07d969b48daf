import type { AiAssetType, MissingFact } from '@/lib/exchange/ai-inventory';

const nouns: Record<AiAssetType, [one: string, many: string]> = {
  model: ['model', 'models'],
  dataset: ['dataset', 'datasets'],
  service: ['model service', 'model services'],
};

const lacks: Record<MissingFact, string> = {
  'model name': 'a model name',
  version: 'a version',
  licence: 'a licence',
  'provenance or source': 'provenance or a source',
  hash: 'a pinned hash',
  format: 'a format',
  scan: 'a scan of its pickle weights',
  origin: 'an origin',
  'personal data': 'a personal-data answer',
  source: 'a source URL',
  provider: 'a provider',
  region: 'a region',
};

export const typeNoun = (type: AiAssetType, count: number) => nouns[type][count === 1 ? 0 : 1];

/** "3 of 5 models lack a licence" */
export function gapSentence(gap: { type: AiAssetType; fact: MissingFact; count: number; total: number }): string {
  const verb = gap.count === 1 ? 'lacks' : 'lack';
  const subject = gap.total === 1 ? `The ${nouns[gap.type][0]}` : `${gap.count} of ${gap.total} ${nouns[gap.type][1]}`;
  return `${subject} ${verb} ${lacks[gap.fact]}`;
}
