import type { GraphBoundary } from '../graph/types';
import { aiAssetType, classificationOf, kindHas, kindLabel, prop, supplierOf, type AiAssetType, type AiGraph } from './ai-elements';

export type { AiAssetType } from './ai-elements';

/** What the diagram records about one model, dataset or model service. */
export interface InventoryFacts {
  modelName?: string;
  version?: string;
  supplier?: string;
  source?: string;
  provenance?: string;
  licence?: string;
  hash?: string;
  format?: string;
  scanned?: string;
  signed?: string;
  datasetName?: string;
  origin?: string;
  personalData?: string;
  classification?: string;
  provider?: string;
  region?: string;
}

export const inventoryFactLabels: Record<keyof InventoryFacts, string> = {
  modelName: 'Model',
  version: 'Version',
  supplier: 'Supplier',
  source: 'Source',
  provenance: 'Provenance',
  licence: 'Licence',
  hash: 'Hash',
  format: 'Format',
  scanned: 'Scanned',
  signed: 'Signed',
  datasetName: 'Dataset',
  origin: 'Origin',
  personalData: 'Personal data',
  classification: 'Classification',
  provider: 'Provider',
  region: 'Region',
};

/** Gaps an auditor would flag, in a fixed order so badges and counts read the same everywhere. */
export const missingFacts = ['model name', 'version', 'licence', 'provenance or source', 'hash', 'format', 'scan', 'origin', 'personal data', 'source', 'provider', 'region'] as const;
export type MissingFact = (typeof missingFacts)[number];

export interface InventoryRow {
  elementId: string;
  name: string;
  kind: string;
  kindLabel: string;
  type: AiAssetType;
  facts: InventoryFacts;
  missing: MissingFact[];
}

const TYPE_ORDER: Record<AiAssetType, number> = { model: 0, dataset: 1, service: 2 };
const EXTERNAL_ORIGINS = new Set(['partner', 'public-web', 'user-generated']);

const yesNo = (v: string | undefined) => (v === 'yes' || v === 'no' ? v : undefined);

/** Whether a model artefact was scanned for embedded code before it is loaded. */
function scanned(kind: string, get: (k: string) => string | undefined): string | undefined {
  if (kind === 'pretrained-model') return yesNo(get('scanned'));
  if (kind === 'model-registry') return yesNo(get('scanOnUpload'));
  return undefined;
}

function signed(kind: string, get: (k: string) => string | undefined): string | undefined {
  if (kind === 'model-registry') return yesNo(get('signing'));
  if (kind === 'artifact-build') return yesNo(get('artifactSigned'));
  return undefined;
}

const clean = (facts: InventoryFacts): InventoryFacts =>
  Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as InventoryFacts;

/**
 * The AI assets of a diagram with the facts recorded about them and what is missing: a model
 * without a licence or provenance, a pickle model nobody scanned, personal data without a licence…
 * Only facts an element's kind can record are asked for.
 */
export function aiInventory(doc: { graph: AiGraph }): InventoryRow[] {
  const boundaries = new Map<string, GraphBoundary>(doc.graph.boundaries.map((b) => [b.id, b]));
  const rows: InventoryRow[] = [];
  for (const el of doc.graph.elements) {
    const type = aiAssetType(el);
    if (!type) continue;
    const get = (k: string) => prop(el, k);
    const missing = new Set<MissingFact>();
    let facts: InventoryFacts;
    if (type === 'model') {
      facts = {
        modelName: get('modelName'),
        version: get('modelVersion'),
        supplier: supplierOf(el, boundaries),
        source: get('sourceUrl'),
        provenance: get('provenance'),
        licence: get('licence'),
        hash: get('hash'),
        format: get('format'),
        scanned: scanned(el.kind, get),
        signed: signed(el.kind, get),
      };
      if (!facts.modelName) missing.add('model name');
      if (!facts.version) missing.add('version');
      if (!facts.licence) missing.add('licence');
      if (!facts.source && !facts.provenance) missing.add('provenance or source');
      if (!facts.hash) missing.add('hash');
      if (!facts.format) missing.add('format');
      // Pickle-based weights execute code when loaded; an unscanned one is the classic supply-chain hole.
      if (facts.format === 'pickle' && facts.scanned !== 'yes') missing.add('scan');
    } else if (type === 'dataset') {
      facts = {
        datasetName: get('datasetName'),
        source: get('sourceUrl'),
        licence: get('licence'),
        origin: get('origin'),
        personalData: yesNo(get('personalData')),
        classification: classificationOf(el.id, doc.graph.flows),
        supplier: supplierOf(el, boundaries),
      };
      if (kindHas(el, 'origin') && !facts.origin) missing.add('origin');
      if (kindHas(el, 'personalData') && !facts.personalData) missing.add('personal data');
      const needsLicence = facts.personalData === 'yes' || !facts.origin || EXTERNAL_ORIGINS.has(facts.origin);
      if (kindHas(el, 'licence') && !facts.licence && needsLicence) missing.add('licence');
      if (kindHas(el, 'sourceUrl') && !facts.source && facts.origin === 'public-web') missing.add('source');
    } else {
      facts = {
        modelName: get('modelName'),
        provider: supplierOf(el, boundaries) ?? get('technology'),
        region: get('region'),
        format: get('format'),
      };
      if (kindHas(el, 'modelName') && !facts.modelName) missing.add('model name');
      if (el.kind === 'external-llm-api' && !facts.provider) missing.add('provider');
      if (kindHas(el, 'region') && !facts.region) missing.add('region');
      if (kindHas(el, 'format') && !facts.format) missing.add('format');
    }
    rows.push({
      elementId: el.id,
      name: el.name,
      kind: el.kind,
      kindLabel: kindLabel(el.kind),
      type,
      facts: clean(facts),
      missing: missingFacts.filter((m) => missing.has(m)),
    });
  }
  return rows.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.name.localeCompare(b.name, 'en') || (a.elementId < b.elementId ? -1 : 1));
}

export interface InventorySummary {
  counts: Record<AiAssetType, number>;
  /** One line per type and gap that occurs, e.g. 3 of 5 models lack a licence. */
  gaps: { type: AiAssetType; fact: MissingFact; count: number; total: number }[];
}

export function inventorySummary(rows: InventoryRow[]): InventorySummary {
  const counts: Record<AiAssetType, number> = { model: 0, dataset: 0, service: 0 };
  for (const r of rows) counts[r.type] += 1;
  const gaps: InventorySummary['gaps'] = [];
  for (const type of ['model', 'dataset', 'service'] as const) {
    for (const fact of missingFacts) {
      const count = rows.filter((r) => r.type === type && r.missing.includes(fact)).length;
      if (count > 0) gaps.push({ type, fact, count, total: counts[type] });
    }
  }
  return { counts, gaps };
}
