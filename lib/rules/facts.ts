import type { GraphElement } from '../graph/types';
import type { Exposure, RuleContext, Traversal } from './context';
import { arrow, prop, quote } from './describe';

// Domain predicates and named traversals shared by several rules. Keeping them here means two
// rules never disagree about what "untrusted", "validated" or "personal" means.

export const untrustedOrigins: ReadonlySet<string> = new Set(['public-web', 'user-generated', 'partner']);

const dataKinds: ReadonlySet<string> = new Set(['data-source', 'data-ingestion', 'data-store', 'labelling', 'feature-store', 'vector-store', 'feedback-loop']);

/** Kinds that produce or ship models rather than carry content a model reads at run time. */
const modelLifecycleKinds: ReadonlySet<string> = new Set([
  'training-job', 'evaluation', 'model-registry', 'artifact-build', 'deployment', 'ci-cd', 'orchestrator',
  'pretrained-model', 'experiment-tracking', 'secrets-store', 'monitoring', 'external-llm-api', 'human-actor',
]);

export function hasUntrustedOrigin(ctx: RuleContext, el: GraphElement): boolean {
  return (el.kind === 'data-source' || el.kind === 'data-store') && untrustedOrigins.has(ctx.str(el, 'origin'));
}

/** A stage that checks the data passing through it, so poisoning searches stop there. */
export function isValidator(ctx: RuleContext, el: GraphElement): boolean {
  switch (el.kind) {
    case 'data-source':
    case 'data-ingestion':
    case 'feature-store':
    case 'vector-store':
    case 'feedback-loop':
      return ctx.yn(el, 'validation') === 'yes';
    case 'labelling':
      return ctx.yn(el, 'qualityReview') === 'yes';
    default:
      return false;
  }
}

/** Upstream through data stages only, stopping at validation steps (poisoning). */
export const unvalidatedData: Traversal = {
  key: 'unvalidated-data',
  enter: (el) => dataKinds.has(el.kind),
  cross: (el, ctx) => !isValidator(ctx, el),
};

/** Through data stages, stopping at ingestion that redacts personal data. */
export const unredactedData: Traversal = {
  key: 'unredacted-data',
  enter: (el) => dataKinds.has(el.kind),
  cross: (el, ctx) => !(el.kind === 'data-ingestion' && ctx.yn(el, 'piiRedaction') === 'yes'),
};

/** What a model reads at run time: documents, tools and other apps, not how the model was built. */
export const runtimeContent: Traversal = { key: 'content', enter: (el) => !modelLifecycleKinds.has(el.kind) };

/** Personal data holders that feed a training job, ignoring what a redacting ingestion removed. */
export function personalDataFeeding(ctx: RuleContext, training: GraphElement): GraphElement[] {
  const out: GraphElement[] = [];
  for (const hop of ctx.reach(training.id, 'up', unredactedData).values()) {
    const el = hop.element;
    if (ctx.yn(el, 'personalData') !== 'yes') continue;
    if (el.kind === 'data-ingestion' && ctx.yn(el, 'piiRedaction') === 'yes') continue;
    out.push(el);
  }
  return out;
}

/** Where a content element comes from, if it is outside your control; '' when trusted. */
export function untrustedContentReason(ctx: RuleContext, el: GraphElement): string {
  if (el.kind === 'tool' && ctx.yn(el, 'thirdParty') === 'yes') return prop(el, 'thirdParty');
  if (el.kind !== 'data-source' && el.kind !== 'data-store' && el.kind !== 'vector-store' && el.kind !== 'tool') return '';
  if (hasUntrustedOrigin(ctx, el)) return prop(el, 'origin');
  const outside = ctx.within(el, 'internet') ?? ctx.within(el, 'third-party');
  if (outside) return `in ${outside.kind} boundary ${quote(outside.name)}`;
  return '';
}

/** Untrusted content (documents, tool results) that reaches an LLM app or agent at run time. */
export function untrustedContentFor(ctx: RuleContext, target: GraphElement): { el: GraphElement; reason: string }[] {
  const out: { el: GraphElement; reason: string }[] = [];
  for (const hop of ctx.reach(target.id, 'up', runtimeContent).values()) {
    const reason = untrustedContentReason(ctx, hop.element);
    if (reason) out.push({ el: hop.element, reason });
  }
  return out;
}

/** "reachable from the internet: “Customer” → “Chat” (in internet boundary “Internet”)" */
export function exposureText(exp: Exposure): string {
  if (exp.trail.names.length === 1) return `is reachable from the internet (${exp.entryReason})`;
  const verb = exp.entryReason.startsWith('exposure') ? 'has' : 'is';
  return `is reachable from the internet: ${arrow(exp.trail.names)} (${exp.trail.names[0]} ${verb} ${exp.entryReason})`;
}

/** Users who talk to an LLM app or agent: internet exposure or an end user sending to it directly. */
export function userFacing(ctx: RuleContext, el: GraphElement): { text: string; ids: string[] } | undefined {
  const exp = ctx.exposure(el);
  if (exp) return { text: exposureText(exp), ids: exp.trail.ids };
  const users = ctx.inFlows(el).filter((f) => {
    const s = ctx.source(f);
    return s.kind === 'human-actor' && ctx.str(s, 'role') === 'end-user';
  });
  if (users.length === 0) return undefined;
  return { text: `takes input from end user ${quote(ctx.source(users[0]!).name)}`, ids: users.flatMap((f) => [f.sourceId, f.id]) };
}

export const notYes = (ctx: RuleContext, el: GraphElement, key: string) => ctx.yn(el, key) !== 'yes';

/** Spelt-out paths between `start` and the triggering elements, nearest first, plus their ids. */
export function pathsText(ctx: RuleContext, startId: string, triggers: readonly GraphElement[], dir: 'up' | 'down', t?: Traversal): { text: string; ids: string[] } {
  const r = ctx.trails(startId, triggers, dir, t);
  return { text: r.texts.join('; ') + (r.more ? `; and ${r.more} more` : ''), ids: r.ids };
}

/** Down through data stages into the first training job on each path. */
export const dataToTraining: Traversal = {
  key: 'data-to-training',
  enter: (el) => el.kind === 'training-job' || dataKinds.has(el.kind),
  cross: (el) => el.kind !== 'training-job',
};
