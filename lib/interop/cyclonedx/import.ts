import { classifications } from '../../domain/flow';
import { elementKindDefs, parseElementProperties, type ElementKind } from '../../domain/element-kinds';
import type { GraphElement } from '../../graph/types';
import { DocumentBuilder, multiLine, oneLine, type ImportOptions } from '../shared/builder';
import { isRecord, parseOrThrow, pathOf } from '../shared/guard';
import { autoLayout } from '../shared/layout';
import { ImportFormatError, type ImportResult } from '../types';
import { cdxComponentSchema, cycloneDxSchema, type CdxInComponent, type CdxInService } from './schema';

// CycloneDX ML-BOM → Threatline. Machine-learning models become model elements (pretrained model
// unless the BOM is ours and says otherwise), data components data sources, services model
// services; model-card datasets and dependencies become flows into the model. Frameworks,
// libraries and other software are not pipeline stages: they are listed in the report. BOMs that
// Threatline exported carry `threatline:*` properties and come back with their kinds and facts.

export function isCycloneDx(json: unknown): boolean {
  return isRecord(json) && json.bomFormat === 'CycloneDX';
}

const MODEL_KINDS = new Set<string>(['pretrained-model', 'model-registry', 'artifact-build']);
const DATASET_KINDS = new Set<string>(['data-source', 'data-store', 'feature-store', 'vector-store']);
const SERVICE_KINDS = new Set<string>(['inference-service', 'external-llm-api']);
const MAX_COMPONENTS = 50_000;

type Props = Map<string, string>;
const propsOf = (list: { name: string; value?: string | undefined }[] | undefined): Props => {
  const map = new Map<string, string>();
  for (const p of list ?? []) if (p.value !== undefined && !map.has(p.name)) map.set(p.name, p.value);
  return map;
};
const tl = (props: Props, key: string) => props.get(`threatline:${key}`);
const httpUrl = (u: string | undefined) => (u && /^https?:\/\/\S+$/i.test(u) ? u : undefined);

/** Our exporter writes "name: description"; a foreign BOM's name and description stay as they are. */
function nameAndDescription(name: string, description: string | undefined, ours: boolean) {
  if (!ours || !description) return { name: oneLine(name, 200), description: multiLine(description ?? '', 5000) };
  const at = description.indexOf(': ');
  return at < 0 ? { name: oneLine(description, 200), description: '' } : { name: oneLine(description.slice(0, at), 200), description: multiLine(description.slice(at + 2), 5000) };
}

/** Flattens nested components (depth-first), each checked against the schema. */
function flatten(raw: unknown[] | undefined): { c: CdxInComponent; path: string }[] {
  const out: { c: CdxInComponent; path: string }[] = [];
  const stack = (raw ?? []).map((c, i) => ({ c, path: `components[${i}]` })).reverse();
  while (stack.length) {
    const { c, path } = stack.pop()!;
    const parsed = cdxComponentSchema.safeParse(c);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const at = [path, pathOf(issue.path)].filter(Boolean).join('.');
      throw new ImportFormatError(`This is not a valid CycloneDX file: ${at}: ${issue.message}`, at);
    }
    out.push({ c: parsed.data, path });
    if (out.length > MAX_COMPONENTS) throw new ImportFormatError('The BOM lists too many components to import.');
    (parsed.data.components ?? []).map((child, i) => ({ c: child, path: `${path}.components[${i}]` })).reverse().forEach((x) => stack.push(x));
  }
  return out;
}

/** Keeps the properties the kind has and that pass its schema; the rest is reported. */
function fitProperties(b: DocumentBuilder, kind: ElementKind, candidate: Record<string, string | undefined>, subject: string, path: string) {
  const shape = elementKindDefs[kind].propertiesSchema.shape as Record<string, unknown>;
  const props: Record<string, string> = {};
  for (const [k, v] of Object.entries(candidate)) if (v !== undefined && v.trim() !== '' && k in shape) props[k] = v.trim();
  for (let tries = 0; tries < 50; tries++) {
    const parsed = parseElementProperties(kind, props);
    if (parsed.success) break;
    const key = String(parsed.error.issues[0]?.path[0] ?? '');
    if (!(key in props)) break;
    b.skip(subject, `${key} “${oneLine(props[key]!, 80)}” is not a valid value here: ${parsed.error.issues[0]!.message}`, path);
    delete props[key];
  }
  return props;
}

function modelCardLines(c: CdxInComponent): string[] {
  const card = c.modelCard;
  if (!card) return [];
  const p = card.modelParameters;
  const lines = [
    p?.task ? `Task: ${p.task}` : '',
    p?.approach?.type ? `Approach: ${p.approach.type}` : '',
    p?.architectureFamily ? `Architecture family: ${p.architectureFamily}` : '',
    p?.modelArchitecture ? `Architecture: ${p.modelArchitecture}` : '',
    ...Object.entries(card.considerations ?? {}).map(([k, v]) => `${k}: ${oneLine(Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('; ') : JSON.stringify(v), 1000)}`),
    ...(card.quantitativeAnalysis?.performanceMetrics ?? []).map((m) => `Metric ${m.type ?? ''}: ${m.value ?? ''}`),
  ].filter(Boolean);
  return lines.length ? ['Model card:', ...lines.map((l) => `- ${oneLine(l, 1000)}`)] : [];
}

const licenceOf = (c: CdxInComponent) => c.licenses?.map((l) => l.license?.id ?? l.license?.name ?? l.expression).find(Boolean);

export function importCycloneDx(json: unknown, options: ImportOptions = {}): ImportResult {
  const bom = parseOrThrow(cycloneDxSchema, json, 'CycloneDX');
  const b = new DocumentBuilder('cyclonedx', options);
  const byRef = new Map<string, GraphElement>();
  const classificationOf = new Map<string, string>();
  const modelCards: { el: GraphElement; c: CdxInComponent }[] = [];
  let guessedPersonal = 0;

  for (const { c, path } of flatten(bom.components)) {
    const props = propsOf(c.properties);
    const tlKind = tl(props, 'element:kind');
    const ours = tlKind !== undefined;
    const label = `${c.type === 'data' ? 'Dataset' : 'Component'} “${oneLine(c.name, 80)}”`;
    let kind: ElementKind;
    let candidate: Record<string, string | undefined>;
    const common = { owner: tl(props, 'owner'), technology: tl(props, 'technology') };
    if (c.type === 'machine-learning-model') {
      kind = tlKind && MODEL_KINDS.has(tlKind) ? (tlKind as ElementKind) : 'pretrained-model';
      const hash = c.hashes?.[0];
      const authors = [c.author, ...(c.authors ?? []).map((a) => a.name)].filter(Boolean).join(', ');
      const foreignProvenance = [
        c.supplier?.name ? `Supplier: ${c.supplier.name}` : '', c.manufacturer?.name ? `Manufacturer: ${c.manufacturer.name}` : '',
        c.publisher ? `Publisher: ${c.publisher}` : '', authors ? `Authors: ${authors}` : '', c.purl ? `Package URL: ${c.purl}` : '',
      ].filter(Boolean).join('\n');
      candidate = {
        ...common,
        modelName: c.group ? `${c.group}/${c.name}` : c.name,
        modelVersion: c.version,
        sourceUrl: httpUrl(c.externalReferences?.find((r) => ['distribution', 'website', 'vcs', 'model-card'].includes(r.type) && httpUrl(r.url))?.url),
        provenance: ours ? tl(props, 'model:provenance') : foreignProvenance || undefined,
        licence: licenceOf(c),
        hash: hash ? `${hash.alg.toLowerCase().replace(/-/g, '')}:${hash.content}` : tl(props, 'model:hashReference'),
        format: tl(props, 'model:format'),
        scanned: tl(props, 'model:scanned'),
        scanOnUpload: tl(props, 'model:scanOnUpload'),
        signing: tl(props, 'model:signing'),
        artifactSigned: tl(props, 'model:signing'),
        immutableVersions: tl(props, 'model:immutableVersions'),
        baseImage: tl(props, 'model:baseImage'),
      };
      if ((c.hashes?.length ?? 0) > 1) b.skip(label, `Only the first of ${c.hashes!.length} hashes is kept (${c.hashes!.slice(1).map((h) => h.alg).join(', ')} left out).`, `${path}.hashes`);
    } else if (c.type === 'data') {
      kind = tlKind && DATASET_KINDS.has(tlKind) ? (tlKind as ElementKind) : 'data-source';
      const data = c.data ?? [];
      const sensitive = data.some((d) => d.sensitiveData?.length);
      const personal = tl(props, 'data:personalData') ?? (sensitive ? 'yes' : undefined);
      if (!tl(props, 'data:personalData') && sensitive) guessedPersonal++;
      const owner = common.owner ?? data.flatMap((d) => d.governance?.owners ?? []).map((o) => o.organization?.name).find(Boolean);
      candidate = {
        ...common,
        owner,
        datasetName: c.name,
        licence: licenceOf(c),
        origin: tl(props, 'data:origin'),
        personalData: personal,
        sourceUrl: httpUrl(c.externalReferences?.find((r) => httpUrl(r.url))?.url ?? data.find((d) => httpUrl(d.contents?.url))?.contents?.url),
        validation: tl(props, 'data:validation'),
        provenanceTracked: tl(props, 'data:provenanceTracked'),
        versioned: tl(props, 'data:versioned'),
        accessControl: tl(props, 'data:accessRestricted'),
        publicAccess: tl(props, 'data:publicAccess'),
      };
      const cls = data.map((d) => d.classification).find((x) => x && (classifications as readonly string[]).includes(x));
      if (cls) classificationOf.set(c['bom-ref'] ?? '', cls);
    } else {
      b.skip(`${oneLine(c.type, 40)} “${oneLine(c.name, 80)}”${c.version ? ` ${oneLine(c.version, 40)}` : ''}`, 'Software components (frameworks, libraries, applications...) are not pipeline stages; not imported.', path);
      continue;
    }
    const { name, description } = nameAndDescription(c.name, c.description, ours);
    const extra = ours ? [] : [...modelCardLines(c), ...(c.type === 'data' ? [] : [])];
    const el: GraphElement = {
      id: b.newId('e'), kind, name: name || oneLine(c.name, 200) || 'Unnamed', boundaryId: null, x: 0, y: 0,
      description: multiLine([description, extra.join('\n')].filter(Boolean).join('\n\n'), 5000),
      properties: fitProperties(b, kind, candidate, label, path),
    };
    if (kind === 'pretrained-model' && candidate.modelName === el.name && ours) delete el.properties.modelName;
    if (c.type === 'data' && candidate.datasetName === el.name && ours) delete el.properties.datasetName;
    b.elements.push(el);
    if (c['bom-ref']) byRef.set(c['bom-ref'], el);
    for (const d of c.data ?? []) if (d['bom-ref']) byRef.set(d['bom-ref'], el);
    if (c.type === 'machine-learning-model') modelCards.push({ el, c });
  }
  if (guessedPersonal) b.approx(`Datasets with sensitive data (${guessedPersonal})`, '“sensitiveData” is listed: Personal data set to Yes.');
  const models = b.elements.filter((e) => MODEL_KINDS.has(e.kind)).length;
  if (models) b.approx(`Models (${models})`, 'Model-card facts with no field of their own (task, architecture, considerations, metrics) are in the element description.');

  for (const [i, s] of (bom.services ?? []).entries()) importService(b, s, `services[${i}]`, byRef);

  // Flows: model-card datasets and dependencies (X depends on Y: Y flows into X).
  const seen = new Set<string>();
  const connect = (from: GraphElement | undefined, to: GraphElement | undefined, fromRef: string) => {
    if (!from || !to || from === to || seen.has(`${from.id}>${to.id}`)) return;
    seen.add(`${from.id}>${to.id}`);
    const label = DATASET_KINDS.has(from.kind) ? (MODEL_KINDS.has(to.kind) ? 'training data' : 'data') : MODEL_KINDS.has(from.kind) ? (MODEL_KINDS.has(to.kind) ? 'weights' : 'serves') : '';
    const cls = classificationOf.get(fromRef);
    b.flows.push({ id: b.newId('f'), sourceId: from.id, targetId: to.id, label, properties: cls ? { classification: cls } : {} });
  };
  for (const { el, c } of modelCards) {
    for (const [k, d] of (c.modelCard?.modelParameters?.datasets ?? []).entries()) {
      if ('ref' in d && typeof d.ref === 'string') {
        if (byRef.has(d.ref)) connect(byRef.get(d.ref), el, d.ref);
        else b.skip(`Model “${el.name}”`, `Its model card names dataset “${oneLine(d.ref, 80)}”, which is not in the BOM.`, `modelCard.modelParameters.datasets[${k}]`);
      } else {
        const inline = d as { name?: string; 'bom-ref'?: string };
        const ds: GraphElement = { id: b.newId('e'), kind: 'data-source', name: oneLine(inline.name ?? `Dataset of ${el.name}`, 200), description: '', boundaryId: null, x: 0, y: 0, properties: inline.name ? { datasetName: oneLine(inline.name, 500) } : {} };
        b.elements.push(ds);
        if (inline['bom-ref']) byRef.set(inline['bom-ref'], ds);
        connect(ds, el, '');
      }
    }
  }
  for (const d of bom.dependencies ?? []) {
    const to = byRef.get(d.ref);
    if (!to) continue;
    for (const ref of d.dependsOn ?? []) connect(byRef.get(ref), to, ref);
  }
  if (b.flows.length) b.approx(`Flows (${b.flows.length})`, 'Derived from model-card datasets and BOM dependencies (a dependency flows into what depends on it); only datasets say what they carry.');

  autoLayout(b.boundaries, b.elements, new Set());
  const meta = bom.metadata?.component;
  const description = [meta?.description ?? '', `Imported from a CycloneDX ${oneLine(bom.specVersion, 20)} BOM${bom.serialNumber ? ` (${oneLine(bom.serialNumber, 100)})` : ''}${bom.metadata?.timestamp ? ` of ${oneLine(bom.metadata.timestamp, 40)}` : ''}.`].filter(Boolean).join('\n\n');
  if (!/^1\.[56]$/.test(bom.specVersion)) b.approx('CycloneDX version', `The BOM is CycloneDX ${oneLine(bom.specVersion, 20)}; it was read as 1.6 (ML-BOM fields exist from 1.5).`);
  return b.build({ name: meta?.name ?? 'CycloneDX ML-BOM', description }, `CycloneDX ${oneLine(bom.specVersion, 20)}`);
}

function importService(b: DocumentBuilder, s: CdxInService, path: string, byRef: Map<string, GraphElement>) {
  const props = propsOf(s.properties);
  const tlKind = tl(props, 'element:kind');
  const ours = tlKind !== undefined;
  const kind: ElementKind = tlKind && SERVICE_KINDS.has(tlKind) ? (tlKind as ElementKind) : 'generic-process';
  const { name, description } = nameAndDescription(s.name, s.description, ours);
  const label = `Service “${oneLine(s.name, 80)}”`;
  if (!ours) b.approx(label, 'A service of unknown role: imported as a Process.', path);
  const el: GraphElement = {
    id: b.newId('e'), kind, name: name || 'Service', boundaryId: null, x: 0, y: 0,
    description: multiLine([description, !ours && s.provider?.name ? `Provider: ${s.provider.name}` : '', !ours && s.version ? `Version: ${s.version}` : ''].filter(Boolean).join('\n\n'), 5000),
    properties: fitProperties(b, kind, {
      owner: tl(props, 'owner'), technology: tl(props, 'technology'), modelName: tl(props, 'llm:modelName'), region: tl(props, 'llm:region'),
      providerRetainsPrompts: tl(props, 'llm:providerRetainsPrompts'), providerTrainsOnPrompts: tl(props, 'llm:providerTrainsOnPrompts'),
      format: tl(props, 'model:format'), exposure: tl(props, 'service:exposure'),
      authentication: s.authenticated === undefined ? undefined : s.authenticated ? 'yes' : 'no',
    }, label, path),
  };
  b.elements.push(el);
  if (s['bom-ref']) byRef.set(s['bom-ref'], el);
}
