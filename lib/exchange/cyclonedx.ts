import { fixupSpdxId } from '@cyclonedx/cyclonedx-library/SPDX';
import { openThreatStatuses, type ThreatStatus } from '../domain/threat';
import type { GraphBoundary, GraphElement } from '../graph/types';
import pkg from '../../package.json';
import { aiAssetType, aiLineage, classificationOf, hostOf, prop, supplierOf } from './ai-elements';
import type { CdxComponent, CdxDependency, CdxHash, CdxLicense, CdxProperty, CdxService, CycloneDxBom } from './cyclonedx-types';
import type { ModelDocument } from './model-document';

export type { CycloneDxBom } from './cyclonedx-types';

export const CYCLONEDX_MEDIA_TYPE = 'application/vnd.cyclonedx+json; version=1.6';
const NS = 'threatline';

/** Stable bom-refs derived from ids, so two exports of the same diagram line up. */
export const bomRef = {
  element: (id: string) => `element/${id}`,
  technology: (name: string) => `technology/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')}`,
  model: (id: string) => `threatline-model/${id}`,
  tool: 'tool/threatline',
};

const HASH_ALGS: Record<string, { alg: CdxHash['alg']; hex: number }> = {
  md5: { alg: 'MD5', hex: 32 },
  sha1: { alg: 'SHA-1', hex: 40 },
  sha256: { alg: 'SHA-256', hex: 64 },
  sha384: { alg: 'SHA-384', hex: 96 },
  sha512: { alg: 'SHA-512', hex: 128 },
  sha3256: { alg: 'SHA3-256', hex: 64 },
  sha3384: { alg: 'SHA3-384', hex: 96 },
  sha3512: { alg: 'SHA3-512', hex: 128 },
  blake2b256: { alg: 'BLAKE2b-256', hex: 64 },
  blake2b384: { alg: 'BLAKE2b-384', hex: 96 },
  blake2b512: { alg: 'BLAKE2b-512', hex: 128 },
  blake3: { alg: 'BLAKE3', hex: 64 },
};
const BARE_HEX: Record<number, CdxHash['alg']> = { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256', 96: 'SHA-384', 128: 'SHA-512' };

/** `sha256:<hex>`, `SHA-512=<hex>` or a bare digest whose length names the algorithm; anything else is not a hash. */
export function parseHash(text: string | undefined): CdxHash | null {
  if (!text) return null;
  const t = text.trim();
  const prefixed = /^([A-Za-z0-9-]+)\s*[:=]\s*([0-9A-Fa-f]+)$/.exec(t);
  if (prefixed) {
    const def = HASH_ALGS[prefixed[1]!.toLowerCase().replace(/-/g, '')];
    return def && prefixed[2]!.length === def.hex ? { alg: def.alg, content: prefixed[2]!.toLowerCase() } : null;
  }
  if (/^[0-9A-Fa-f]+$/.test(t) && BARE_HEX[t.length]) return { alg: BARE_HEX[t.length]!, content: t.toLowerCase() };
  return null;
}

/** A known SPDX id (matched case-insensitively) becomes `license.id`; any other text `license.name`. */
export function licenceChoice(text: string | undefined): CdxLicense[] | undefined {
  if (!text) return undefined;
  const id = fixupSpdxId(text);
  return [id ? { license: { id } } : { license: { name: text } }];
}

const property = (name: string, value: string | undefined): CdxProperty[] => (value ? [{ name: `${NS}:${name}`, value }] : []);

// Frameworks named in `technology` are listed for stages that run ML code (not for storage or CI).
const FRAMEWORK_KINDS = new Set(['training-job', 'evaluation', 'data-ingestion', 'inference-service', 'llm-application', 'agent']);

/** "PyTorch + PEFT" → PyTorch, PEFT; "Kubeflow Pipelines 2" → Kubeflow Pipelines, version 2. */
export function parseTechnology(text: string | undefined): { name: string; version?: string }[] {
  if (!text) return [];
  return text
    .split(/\s*(?:\+|,|;|&|\band\b)\s*/)
    .map((part) => part.replace(/\s*\([^)]*\)\s*/g, ' ').trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const m = /^(.*?\S)\s+v?(\d+(?:\.\d+)*)$/.exec(part);
      return m ? { name: m[1]!, version: m[2]! } : { name: part };
    });
}

function hubPurl(el: GraphElement, supplier: string | undefined): string | undefined {
  const name = prop(el, 'modelName');
  if (supplier !== 'Hugging Face' && !['huggingface.co', 'hf.co'].includes(hostOf(prop(el, 'sourceUrl')) ?? '')) return undefined;
  const m = name ? /^([^/\s]+)\/([^/\s]+)$/.exec(name) : null;
  if (!m) return undefined;
  const version = prop(el, 'modelVersion');
  // Hugging Face purls are versioned by commit; a release label such as "v0.3" is not one.
  const at = version && /^[0-9a-f]{7,40}$/.test(version) ? `@${version}` : '';
  return `pkg:huggingface/${encodeURIComponent(m[1]!)}/${encodeURIComponent(m[2]!)}${at}`;
}

export interface CycloneDxOptions {
  now: Date;
  /** `urn:uuid:…`; omitted when not given, so output stays a pure function of the document. */
  serialNumber?: string;
}

/** The AI bill of materials of a threat model: models, datasets, model services and ML frameworks. */
export function modelToCycloneDx(doc: ModelDocument, options: CycloneDxOptions): CycloneDxBom {
  const { elements, flows } = doc.graph;
  const boundaries = new Map<string, GraphBoundary>(doc.graph.boundaries.map((b) => [b.id, b]));
  const lineage = aiLineage(doc.graph);
  const byId = new Map(elements.map((e) => [e.id, e]));
  const frameworks = new Map<string, CdxComponent & { usedBy: Set<string> }>();
  const frameworksOf = (id: string): string[] => {
    const el = byId.get(id);
    if (!el || !FRAMEWORK_KINDS.has(el.kind)) return [];
    return parseTechnology(prop(el, 'technology')).map((t) => {
      const ref = bomRef.technology(t.name);
      const existing = frameworks.get(ref) ?? { type: 'framework' as const, 'bom-ref': ref, name: t.name, ...(t.version ? { version: t.version } : {}), usedBy: new Set<string>() };
      existing.usedBy.add(id);
      frameworks.set(ref, existing);
      return ref;
    });
  };
  for (const el of elements) frameworksOf(el.id);

  const openThreats = (id: string) =>
    doc.threats
      .filter((t) => t.target.type === 'element' && t.target.id === id && openThreatStatuses.includes(t.status as ThreatStatus))
      .map((t) => ({ name: `${NS}:threat:open`, value: t.title }));

  const components: CdxComponent[] = [];
  const services: CdxService[] = [];
  const dependencies: CdxDependency[] = [];
  const common = (el: GraphElement): CdxProperty[] => [
    ...property('element:id', el.id),
    ...property('element:kind', el.kind),
    ...property('owner', prop(el, 'owner')),
    ...property('technology', prop(el, 'technology')),
  ];

  for (const el of elements) {
    const type = aiAssetType(el);
    const ref = bomRef.element(el.id);
    const supplier = supplierOf(el, boundaries);
    const description = el.description.trim() ? `${el.name}: ${el.description.trim()}` : el.name;
    if (type === 'model') {
      const hashText = prop(el, 'hash');
      const hash = parseHash(hashText);
      const source = prop(el, 'sourceUrl');
      const datasets = lineage.datasets.get(el.id) ?? [];
      const jobFrameworks = (lineage.trainingJobs.get(el.id) ?? []).flatMap((j) => frameworksOf(j));
      const name = prop(el, 'modelName') ?? el.name;
      const publisher = /^([^/\s]+)\/[^/\s]+$/.exec(name)?.[1];
      const purl = hubPurl(el, supplier);
      const card = {
        'bom-ref': `${ref}/model-card`,
        ...(datasets.length ? { modelParameters: { datasets: datasets.map((d) => ({ ref: bomRef.element(d) })) } } : {}),
        properties: [
          ...property('model:trainedBy', (lineage.trainingJobs.get(el.id) ?? []).map((j) => byId.get(j)?.name ?? j).join(', ')),
          ...openThreats(el.id),
        ],
      };
      components.push({
        type: 'machine-learning-model',
        'bom-ref': ref,
        ...(supplier ? { supplier: { name: supplier, ...(hostOf(source) ? { url: [`https://${hostOf(source)}`] } : {}) } } : {}),
        ...(publisher ? { publisher } : {}),
        name,
        ...(prop(el, 'modelVersion') ? { version: prop(el, 'modelVersion') } : {}),
        description,
        ...(hash ? { hashes: [hash] } : {}),
        ...(licenceChoice(prop(el, 'licence')) ? { licenses: licenceChoice(prop(el, 'licence')) } : {}),
        ...(purl ? { purl } : {}),
        ...(source ? { externalReferences: [{ type: 'distribution' as const, url: source }] } : {}),
        modelCard: card.properties.length || card.modelParameters ? card : { 'bom-ref': card['bom-ref'] },
        properties: [
          ...common(el),
          ...property('model:format', prop(el, 'format')),
          ...property('model:provenance', prop(el, 'provenance')),
          ...(hash ? [] : property('model:hashReference', hashText)),
          ...property('model:scanned', prop(el, 'scanned')),
          ...property('model:scanOnUpload', prop(el, 'scanOnUpload')),
          ...property('model:signing', prop(el, 'signing') ?? prop(el, 'artifactSigned')),
          ...property('model:immutableVersions', prop(el, 'immutableVersions')),
          ...property('model:baseImage', prop(el, 'baseImage')),
        ],
      });
      dependencies.push({ ref, dependsOn: [...new Set([...(lineage.models.get(el.id) ?? []).map(bomRef.element), ...datasets.map(bomRef.element), ...jobFrameworks])].sort() });
    } else if (type === 'dataset') {
      const owner = prop(el, 'owner');
      const source = prop(el, 'sourceUrl');
      const classification = classificationOf(el.id, flows);
      const personal = prop(el, 'personalData');
      const governance = {
        ...(owner ? { owners: [{ organization: { name: owner } }] } : {}),
        ...(supplier ? { custodians: [{ organization: { name: supplier } }] } : {}),
      };
      components.push({
        type: 'data',
        'bom-ref': ref,
        ...(supplier ? { supplier: { name: supplier } } : {}),
        name: prop(el, 'datasetName') ?? el.name,
        description,
        ...(licenceChoice(prop(el, 'licence')) ? { licenses: licenceChoice(prop(el, 'licence')) } : {}),
        ...(source ? { externalReferences: [{ type: 'website' as const, url: source }] } : {}),
        data: [
          {
            'bom-ref': `${ref}/data`,
            type: 'dataset',
            name: prop(el, 'datasetName') ?? el.name,
            ...(source ? { contents: { url: source } } : {}),
            ...(classification ? { classification } : {}),
            ...(personal === 'yes' ? { sensitiveData: ['personal data'] } : {}),
            ...(Object.keys(governance).length ? { governance } : {}),
          },
        ],
        properties: [
          ...common(el),
          ...property('data:origin', prop(el, 'origin')),
          ...property('data:personalData', personal),
          ...property('data:validation', prop(el, 'validation')),
          ...property('data:provenanceTracked', prop(el, 'provenanceTracked')),
          ...property('data:versioned', prop(el, 'versioned')),
          ...property('data:accessRestricted', prop(el, 'accessControl')),
          ...property('data:publicAccess', prop(el, 'publicAccess')),
          ...openThreats(el.id),
        ],
      });
      dependencies.push({ ref, dependsOn: (lineage.dataSources.get(el.id) ?? []).map(bomRef.element) });
    } else if (type === 'service') {
      const data = flows
        .filter((f) => (f.targetId === el.id || f.sourceId === el.id) && typeof f.properties.classification === 'string')
        .map((f) => ({ flow: f.targetId === el.id ? ('inbound' as const) : ('outbound' as const), classification: f.properties.classification as string, ...(f.label ? { name: f.label } : {}) }));
      const auth = prop(el, 'authentication');
      const provider = supplier ?? (el.kind === 'external-llm-api' ? prop(el, 'technology') : undefined);
      services.push({
        'bom-ref': ref,
        ...(provider ? { provider: { name: provider } } : {}),
        name: el.name,
        description,
        ...(auth === 'yes' || auth === 'no' ? { authenticated: auth === 'yes' } : {}),
        'x-trust-boundary': el.kind === 'external-llm-api' || prop(el, 'exposure') === 'internet',
        ...(data.length ? { data } : {}),
        properties: [
          ...common(el),
          ...property('llm:modelName', prop(el, 'modelName')),
          ...property('llm:region', prop(el, 'region')),
          ...property('llm:providerRetainsPrompts', prop(el, 'providerRetainsPrompts')),
          ...property('llm:providerTrainsOnPrompts', prop(el, 'providerTrainsOnPrompts')),
          ...property('model:format', prop(el, 'format')),
          ...property('service:exposure', prop(el, 'exposure')),
          ...openThreats(el.id),
        ],
      });
      dependencies.push({ ref, dependsOn: [...new Set([...(lineage.served.get(el.id) ?? []).map(bomRef.element), ...frameworksOf(el.id)])].sort() });
    }
  }

  for (const f of frameworks.values()) {
    const { usedBy, ...component } = f;
    components.push({ ...component, properties: [...usedBy].sort().map((id) => ({ name: `${NS}:usedBy`, value: id })) });
    dependencies.push({ ref: f['bom-ref'] });
  }

  const order = { 'machine-learning-model': 0, data: 1, framework: 2 } as Record<string, number>;
  components.sort((a, b) => (order[a.type] ?? 9) - (order[b.type] ?? 9) || (a['bom-ref'] < b['bom-ref'] ? -1 : 1));
  const root = bomRef.model(doc.model.id);
  dependencies.sort((a, b) => (a.ref < b.ref ? -1 : 1));
  dependencies.unshift({ ref: root, dependsOn: [...components, ...services].map((c) => c['bom-ref']).sort() });

  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    ...(options.serialNumber ? { serialNumber: options.serialNumber } : {}),
    version: 1,
    metadata: {
      timestamp: options.now.toISOString(),
      lifecycles: [{ phase: 'design' }],
      tools: {
        components: [
          {
            type: 'application',
            'bom-ref': bomRef.tool,
            name: doc.generator.name || 'Threatline',
            version: pkg.version,
            properties: [...property('catalogueVersion', doc.generator.catalogueVersion), ...property('rulesVersion', doc.generator.rulesVersion)],
          },
        ],
      },
      component: {
        type: 'application',
        'bom-ref': root,
        name: doc.model.name,
        version: String(doc.model.revision),
        ...(doc.model.description.trim() ? { description: doc.model.description.trim() } : {}),
        properties: [...property('model:id', doc.model.id), ...property('workspace', doc.model.workspace.name)],
      },
    },
    components,
    services: services.sort((a, b) => (a['bom-ref'] < b['bom-ref'] ? -1 : 1)),
    dependencies,
  };
}
