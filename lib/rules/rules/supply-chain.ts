import type { GraphElement } from '../../graph/types';
import type { RuleContext, Traversal } from '../context';
import { list, named, prop, props, quote } from '../describe';
import { notYes, pathsText } from '../facts';
import type { Rule, Suggestion } from '../types';

/** Why a pretrained model counts as pulled from a third-party hub; '' when it does not. */
export function hubReason(ctx: RuleContext, el: GraphElement): string {
  if (ctx.str(el, 'sourceUrl')) return `source URL ${ctx.str(el, 'sourceUrl')}`;
  const outside = ctx.within(el, 'third-party') ?? ctx.within(el, 'internet');
  if (outside) return `in ${outside.kind} boundary ${quote(outside.name)}`;
  for (const p of ctx.predecessors(el)) {
    const b = ctx.within(p, 'third-party') ?? ctx.within(p, 'internet');
    if (b) return `pulled from ${quote(p.name)} in ${b.kind} boundary ${quote(b.name)}`;
  }
  return '';
}

const transit: ReadonlySet<string> = new Set(['data-store', 'experiment-tracking', 'deployment', 'pretrained-model', 'artifact-build', 'ci-cd']);
const hubConsumers: Record<string, string[]> = { 'training-job': ['TL-AI-009', 'TL-AI-014'], 'model-registry': ['TL-AI-009'], 'inference-service': ['TL-AI-016'] };

/** Down the artifact path from a model to the first stage that trains on, stores or serves it. */
const toModelConsumers: Traversal = { key: 'to-model-consumers', cross: (el) => transit.has(el.kind) };

const whyHub: Record<string, string> = {
  'TL-AI-009': 'weights from a public hub can carry a backdoor or malicious code',
  'TL-AI-014': 'a backdoor in the base model survives fine-tuning',
  'TL-AI-016': 'a backdoored model behaves normally until its trigger appears',
};

export const pretrainedFromHub: Rule = {
  id: 'R-SUPPLY-PRETRAINED-HUB',
  title: 'Pretrained model from a third-party hub is trained on, registered or served',
  description:
    'Finds pretrained models with a source URL, inside a third-party or internet boundary, or pulled from one, and follows the artifact path downstream to the first training job, model registry or inference service that uses them.',
  threatIds: ['TL-AI-009', 'TL-AI-014', 'TL-AI-016'],
  evaluate(ctx) {
    const byConsumer = new Map<string, { consumer: GraphElement; models: GraphElement[] }>();
    for (const model of ctx.elements('pretrained-model')) {
      if (!hubReason(ctx, model)) continue;
      for (const hop of ctx.reach(model.id, 'down', toModelConsumers).values()) {
        if (!hubConsumers[hop.element.kind]) continue;
        const entry = byConsumer.get(hop.element.id) ?? { consumer: hop.element, models: [] };
        entry.models.push(model);
        byConsumer.set(hop.element.id, entry);
      }
    }
    const out: Suggestion[] = [];
    for (const { consumer, models } of [...byConsumer.values()].sort((a, b) => (a.consumer.id < b.consumer.id ? -1 : 1))) {
      const paths = models.map((m) => pathsText(ctx, m.id, [consumer], 'down', toModelConsumers));
      const what = models.map((m) => `${named(m)} (${hubReason(ctx, m)}${ctx.yn(m, 'scanned') === 'yes' ? '' : `, ${prop(m, 'scanned')}`})`);
      for (const threatId of hubConsumers[consumer.kind]!) {
        out.push(
          ctx.forElement(this.id, threatId, consumer,
            `${named(consumer)} uses ${list(what, 3)}: ${paths.map((p) => p.text).join('; ')} — ${whyHub[threatId]}.`, paths.flatMap((p) => p.ids)),
        );
      }
    }
    return out;
  },
};

const loaders: ReadonlySet<string> = new Set(['training-job', 'evaluation', 'inference-service', 'artifact-build']);
const formatKinds: ReadonlySet<string> = new Set(['pretrained-model', 'model-registry', 'artifact-build', 'inference-service']);

/** Down from a risky artefact to the stages that load it, skipping stages that hold a safe format. */
const toLoaders: Traversal = {
  key: 'to-loaders',
  enter: (el, ctx) => !formatKinds.has(el.kind) || ctx.str(el, 'format') === '' || ctx.str(el, 'format') === 'pickle',
  cross: (el) => !loaders.has(el.kind) && (transit.has(el.kind) || el.kind === 'model-registry'),
};

function riskyFormat(ctx: RuleContext, el: GraphElement): boolean {
  const format = ctx.str(el, 'format');
  if (format === 'pickle') return true;
  if (format !== '') return false;
  return el.kind === 'model-registry' || (el.kind === 'pretrained-model' && hubReason(ctx, el) !== '');
}

export const unsafeDeserialisation: Rule = {
  id: 'R-SUPPLY-UNSAFE-DESERIALISATION',
  title: 'Pickle (or unknown-format) model artefacts are loaded',
  description:
    'Finds model artefacts in pickle format, or hub models and registries whose format is not recorded, and follows the artifact path to the training, evaluation, build or serving stages that load them.',
  threatIds: ['TL-AI-010'],
  evaluate(ctx) {
    const byLoader = new Map<string, { loader: GraphElement; holders: GraphElement[] }>();
    const add = (loader: GraphElement, holder: GraphElement) => {
      const entry = byLoader.get(loader.id) ?? { loader, holders: [] };
      entry.holders.push(holder);
      byLoader.set(loader.id, entry);
    };
    for (const holder of ctx.elements(...formatKinds)) {
      if (!riskyFormat(ctx, holder)) continue;
      if (loaders.has(holder.kind) && ctx.str(holder, 'format') === 'pickle') add(holder, holder);
      for (const hop of ctx.reach(holder.id, 'down', toLoaders).values()) if (loaders.has(hop.element.kind)) add(hop.element, holder);
    }
    const out: Suggestion[] = [];
    for (const { loader, holders } of [...byLoader.values()].sort((a, b) => (a.loader.id < b.loader.id ? -1 : 1))) {
      const others = holders.filter((h) => h.id !== loader.id);
      const self = holders.length !== others.length ? `${named(loader)} loads ${prop(loader, 'format')} artefacts` : '';
      const paths = others.map((h) => pathsText(ctx, h.id, [loader], 'down', toLoaders));
      const from = others.length
        ? `${named(loader)} loads ${list(others.map((h) => `${named(h)} (${prop(h, 'format')})`), 3)}: ${paths.map((p) => p.text).join('; ')}`
        : '';
      out.push(
        ctx.forElement(this.id, 'TL-AI-010', loader, `${[self, from].filter(Boolean).join('; ')} — unpickling a model file can run arbitrary code.`, paths.flatMap((p) => p.ids)),
      );
    }
    return out;
  },
};

/** Down from a registry to the services that pull models at start-up (not through an image build). */
const toPullers: Traversal = { key: 'to-pullers', enter: (el) => el.kind !== 'artifact-build', cross: (el) => el.kind === 'deployment' || el.kind === 'data-store' || el.kind === 'ci-cd' };

export const registryIntegrity: Rule = {
  id: 'R-SUPPLY-REGISTRY-INTEGRITY',
  title: 'Model registry without signing, scanning or immutable versions',
  description:
    'Reports model registries where signing, scan on upload or immutable versions is not recorded as yes, and, when models are unsigned, the inference services that pull from the registry (directly or through a deployment) at start-up.',
  threatIds: ['TL-AI-017', 'TL-K8S-007'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const reg of ctx.elements('model-registry')) {
      const missing = ['signing', 'scanOnUpload', 'immutableVersions'].filter((k) => notYes(ctx, reg, k));
      if (missing.length === 0) continue;
      const consumers = ctx.successors(reg);
      const feeds = consumers.length ? `; it feeds ${list(consumers.map(named), 3)}` : '';
      out.push(
        ctx.forElement(this.id, 'TL-AI-017', reg,
          `${named(reg)}${props(reg, missing)}${feeds} — a replaced model version would be promoted without anyone noticing.`, [reg.id, ...ctx.outFlows(reg).flatMap((f) => [f.id, f.targetId])]),
      );
      if (!missing.includes('signing')) continue;
      for (const hop of ctx.reach(reg.id, 'down', toPullers).values()) {
        if (hop.element.kind !== 'inference-service') continue;
        const p = pathsText(ctx, reg.id, [hop.element], 'down', toPullers);
        out.push(
          ctx.forElement(this.id, 'TL-K8S-007', hop.element,
            `${named(hop.element)} pulls models from ${named(reg)} (${prop(reg, 'signing')}): ${p.text} — a swapped model would be served without a signature check.`, p.ids),
        );
      }
    }
    return out;
  },
};

export const unsignedArtifacts: Rule = {
  id: 'R-SUPPLY-UNSIGNED-ARTIFACTS',
  title: 'Images and model packages are not signed or verified',
  description:
    'Reports artifact builds that do not sign what they build, CI/CD that neither signs nor triggers a signing build, and Kubernetes workloads that admit unsigned images (recorded as no, or not recorded while fed by an unsigned build).',
  threatIds: ['TL-K8S-006'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    const why = ' — a tampered image would run with no signature to check.';
    for (const build of ctx.elements('artifact-build')) {
      if (ctx.yn(build, 'artifactSigned') === 'yes') continue;
      const deploys = ctx.successors(build).filter((s) => s.kind === 'deployment');
      const into = deploys.length ? ` and ships to ${list(deploys.map((d) => named(d) + props(d, ['imageSigned'])), 3)}` : '';
      out.push(ctx.forElement(this.id, 'TL-K8S-006', build, `${named(build)}${props(build, ['artifactSigned'])}${into}${why}`, [build.id, ...deploys.map((d) => d.id)]));
    }
    for (const ci of ctx.elements('ci-cd')) {
      if (ctx.yn(ci, 'signsArtifacts') === 'yes') continue;
      const builds = ctx.successors(ci).filter((s) => s.kind === 'artifact-build');
      if (builds.some((b) => ctx.yn(b, 'artifactSigned') === 'yes')) continue;
      out.push(ctx.forElement(this.id, 'TL-K8S-006', ci, `${named(ci)}${props(ci, ['signsArtifacts'])} and no build it triggers signs its output${why}`));
    }
    for (const dep of ctx.elements('deployment')) {
      const verified = ctx.yn(dep, 'imageSigned');
      if (verified === 'yes') continue;
      const unsignedBuilds = ctx.predecessors(dep).filter((p) => p.kind === 'artifact-build' && notYes(ctx, p, 'artifactSigned'));
      if (verified === 'unknown' && unsignedBuilds.length === 0) continue;
      const from = unsignedBuilds.length ? ` and runs images from ${list(unsignedBuilds.map((b) => named(b) + props(b, ['artifactSigned'])), 3)}` : '';
      out.push(ctx.forElement(this.id, 'TL-K8S-006', dep, `${named(dep)}${props(dep, ['imageSigned'])}${from}${why}`, [dep.id, ...unsignedBuilds.map((b) => b.id)]));
    }
    return out;
  },
};

export const supplyChainRules: Rule[] = [pretrainedFromHub, unsafeDeserialisation, registryIntegrity, unsignedArtifacts];
