import type { GraphElement } from '../../graph/types';
import { servingKinds, type RuleContext, type Traversal } from '../context';
import { list, named, prop, props, propsInline } from '../describe';
import { exposureText, hasUntrustedOrigin, pathsText, personalDataFeeding, unredactedData } from '../facts';
import type { Rule, Suggestion } from '../types';

/** Serving elements on the request path from the internet (the element itself included). */
function onRequestPath(ctx: RuleContext, el: GraphElement): GraphElement[] {
  const exp = ctx.exposure(el);
  return exp ? exp.trail.ids.flatMap((id) => ctx.element(id) ?? []).filter((e) => servingKinds.has(e.kind)) : [el];
}

export const exposedModelExtraction: Rule = {
  id: 'R-EXPOSED-MODEL-EXTRACTION',
  title: 'Internet-facing model API open to extraction',
  description:
    'Reports inference services called directly from the internet that lack rate limiting or authentication, or return confidence scores, which make stealing a functional copy of the model cheap.',
  threatIds: ['TL-AI-031'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const svc of ctx.elements('inference-service')) {
      const exp = ctx.exposure(svc);
      if (!exp?.direct) continue;
      const weak = [
        ...['rateLimiting', 'authentication'].filter((k) => ctx.yn(svc, k) !== 'yes'),
        ...(ctx.yn(svc, 'returnsConfidenceScores') === 'yes' ? ['returnsConfidenceScores'] : []),
      ];
      if (weak.length === 0) continue;
      out.push(
        ctx.forElement(this.id, 'TL-AI-031', svc, `${named(svc)} ${exposureText(exp)}, with ${propsInline(svc, weak)} — unlimited queries let anyone train a copy of the model.`, exp.trail.ids),
      );
    }
    return out;
  },
};

export const exposedEvasion: Rule = {
  id: 'R-EXPOSED-EVASION',
  title: 'Internet-reachable model can be probed for evasive inputs',
  description:
    'Reports inference services reachable from the internet: black-box evasion when called directly and scores are returned or queries are not rate limited; hand-crafted evasive inputs when no element on the request path filters input.',
  threatIds: ['TL-AI-022', 'TL-AI-023'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const svc of ctx.elements('inference-service')) {
      const exp = ctx.exposure(svc);
      if (!exp) continue;
      const chain = onRequestPath(ctx, svc);
      const rateLimited = chain.some((e) => ctx.yn(e, 'rateLimiting') === 'yes');
      if (exp.direct && (ctx.yn(svc, 'returnsConfidenceScores') === 'yes' || !rateLimited)) {
        const facts = propsInline(svc, ctx.yn(svc, 'returnsConfidenceScores') === 'yes' ? ['returnsConfidenceScores', 'rateLimiting'] : ['rateLimiting']);
        out.push(ctx.forElement(this.id, 'TL-AI-022', svc, `${named(svc)} ${exposureText(exp)}, with ${facts} — repeated queries let an attacker search for inputs the model gets wrong.`, exp.trail.ids));
      }
      if (!chain.some((e) => ctx.yn(e, 'inputFiltering') === 'yes')) {
        out.push(
          ctx.forElement(this.id, 'TL-AI-023', svc,
            `${named(svc)} ${exposureText(exp)} and no element on that path filters input (${chain.map((e) => `${prop(e, 'inputFiltering')} at “${e.name}”`).join(', ')}) — crafted inputs reach the model unscreened.`, exp.trail.ids),
        );
      }
    }
    return out;
  },
};

/** Training jobs upstream of a serving element, with the personal data each was trained on. */
function trainedOnPersonal(ctx: RuleContext, svc: GraphElement): { job: GraphElement; personal: GraphElement[] }[] {
  const out: { job: GraphElement; personal: GraphElement[] }[] = [];
  for (const hop of ctx.reach(svc.id, 'up').values()) {
    if (hop.element.kind !== 'training-job') continue;
    const personal = personalDataFeeding(ctx, hop.element);
    if (personal.length) out.push({ job: hop.element, personal });
  }
  return out;
}

function trainedText(ctx: RuleContext, svc: GraphElement, jobs: { job: GraphElement; personal: GraphElement[] }[]): { text: string; ids: string[] } {
  const first = jobs[0]!;
  const toService = pathsText(ctx, svc.id, [first.job], 'up');
  const data = `${list(first.personal.map((p) => named(p)), 2)} (personal data: yes)`;
  const dp = prop(first.job, 'differentialPrivacy');
  return { text: `serves a model trained by ${named(first.job)} (${dp}) on ${data}: ${toService.text}`, ids: toService.ids };
}

export const exposedPrivacyAttacks: Rule = {
  id: 'R-EXPOSED-PRIVACY-ATTACKS',
  title: 'Internet-facing model trained on personal data leaks facts about it',
  description:
    'Reports inference services called directly from the internet whose upstream training jobs were fed personal data: membership and attribute inference, and model inversion when confidence scores are returned.',
  threatIds: ['TL-AI-025', 'TL-AI-026', 'TL-AI-027'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const svc of ctx.elements('inference-service')) {
      const exp = ctx.exposure(svc);
      if (!exp?.direct) continue;
      const jobs = trainedOnPersonal(ctx, svc);
      if (jobs.length === 0) continue;
      const t = trainedText(ctx, svc, jobs);
      const ids = [...exp.trail.ids, ...t.ids];
      const head = `${named(svc)} ${exposureText(exp)} and ${t.text}`;
      out.push(ctx.forElement(this.id, 'TL-AI-026', svc, `${head} — queries can reveal whether a person was in the training data.`, ids));
      out.push(ctx.forElement(this.id, 'TL-AI-027', svc, `${head} — outputs can reveal sensitive attributes of people in the data.`, ids));
      if (ctx.yn(svc, 'returnsConfidenceScores') === 'yes') {
        out.push(ctx.forElement(this.id, 'TL-AI-025', svc, `${head}, and it returns confidence scores — scores guide reconstruction of training records.`, ids));
      }
    }
    return out;
  },
};

const servingLifecycle: ReadonlySet<string> = new Set(['evaluation', 'model-registry', 'artifact-build', 'deployment', 'experiment-tracking', 'data-store', 'ci-cd', 'inference-service']);
/** Down from a training job along the model's path to the elements that serve it. */
const toServing: Traversal = { key: 'to-serving', cross: (el) => servingLifecycle.has(el.kind) };

export const trainingMemorisation: Rule = {
  id: 'R-PRIVACY-MEMORISATION',
  title: 'Model trained on personal data without differential privacy',
  description:
    'Finds training jobs fed (through data stages, not past an ingestion that redacts personal data) by personal data and without differential privacy, and reports the inference services and LLM applications downstream that can regurgitate it (or the job itself when nothing serves it).',
  threatIds: ['TL-AI-028'],
  evaluate(ctx) {
    const bySurface = new Map<string, { surface: GraphElement; jobs: { job: GraphElement; personal: GraphElement[] }[] }>();
    for (const job of ctx.elements('training-job')) {
      if (ctx.yn(job, 'differentialPrivacy') === 'yes') continue;
      const personal = personalDataFeeding(ctx, job);
      if (personal.length === 0) continue;
      const surfaces = [...ctx.reach(job.id, 'down', toServing).values()].map((h) => h.element).filter((e) => e.kind === 'inference-service' || e.kind === 'llm-application');
      for (const surface of surfaces.length ? surfaces : [job]) {
        const entry = bySurface.get(surface.id) ?? { surface, jobs: [] };
        entry.jobs.push({ job, personal });
        bySurface.set(surface.id, entry);
      }
    }
    const out: Suggestion[] = [];
    for (const { surface, jobs } of [...bySurface.values()].sort((a, b) => (a.surface.id < b.surface.id ? -1 : 1))) {
      const { job, personal } = jobs[0]!;
      const fromData = pathsText(ctx, job.id, personal.slice(0, 2), 'up', unredactedData);
      const toSurface = surface.id === job.id ? { text: '', ids: [] } : pathsText(ctx, job.id, [surface], 'down', toServing);
      const where = surface.id === job.id ? `${named(job)}` : `${named(surface)} serves the model of ${named(job)}`;
      const text = `${where}${props(job, ['differentialPrivacy'])}, which trains on personal data: ${fromData.text}${toSurface.text ? `; served via ${toSurface.text}` : ''} — the model can memorise and repeat personal records.`;
      out.push(ctx.forElement(this.id, 'TL-AI-028', surface, text, [...fromData.ids, ...toSurface.ids]));
    }
    return out;
  },
};

export const exposedNoRateLimit: Rule = {
  id: 'R-EXPOSED-NO-RATE-LIMIT',
  title: 'Internet-reachable model or LLM app without rate limiting',
  description:
    'Reports inference services and LLM apps reachable from the internet with no rate limiting anywhere on the request path (denial of service), and cost harvesting where such a path ends in a paid external LLM API or runs an agent without a step limit.',
  threatIds: ['TL-AI-059', 'TL-AI-060'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    const paidApis = new Map<string, GraphElement[]>();
    for (const el of ctx.elements('inference-service', 'llm-application', 'agent')) {
      const exp = ctx.exposure(el);
      if (!exp) continue;
      const chain = onRequestPath(ctx, el);
      const limited = chain.some((e) => ctx.yn(e, 'rateLimiting') === 'yes' || (e.kind === 'agent' && ctx.yn(e, 'stepLimit') === 'yes'));
      if (limited) continue;
      const facts = chain.map((e) => (e.kind === 'agent' ? `${prop(e, 'stepLimit')} at “${e.name}”` : `${prop(e, 'rateLimiting')} at “${e.name}”`)).join(', ');
      if (el.kind !== 'agent') {
        out.push(ctx.forElement(this.id, 'TL-AI-059', el, `${named(el)} ${exposureText(exp)} with no rate limiting on the path (${facts}) — a flood of requests exhausts its capacity.`, exp.trail.ids));
      }
      const apis = ctx.successors(el).filter((s) => s.kind === 'external-llm-api');
      if (apis.length || (el.kind === 'agent' && ctx.yn(el, 'stepLimit') !== 'yes')) {
        const pays = apis.length ? ` and calls paid ${list(apis.map(named), 2)}` : '';
        out.push(ctx.forElement(this.id, 'TL-AI-060', el, `${named(el)} ${exposureText(exp)}${pays} with no limit on the path (${facts}) — anyone can run up your model bill.`, [...exp.trail.ids, ...apis.map((a) => a.id)]));
      }
      for (const api of apis) paidApis.set(api.id, [...(paidApis.get(api.id) ?? []), el]);
    }
    for (const api of ctx.elements('external-llm-api')) {
      const callers = paidApis.get(api.id);
      if (!callers || ctx.yn(api, 'scopedApiKey') === 'yes') continue;
      out.push(ctx.forElement(this.id, 'TL-AI-060', api, `${named(api)}${props(api, ['scopedApiKey'])} is called by internet-reachable ${list(callers.map(named), 2)} without rate limiting — no spend cap stops a runaway bill.`, [api.id, ...callers.map((c) => c.id)]));
    }
    return out;
  },
};

function monitorsOf(ctx: RuleContext, els: GraphElement[]): GraphElement[] {
  const seen = new Map<string, GraphElement>();
  for (const el of els) for (const s of ctx.successors(el)) if (s.kind === 'monitoring') seen.set(s.id, s);
  return [...seen.values()];
}

/** Collects, per monitoring element, the services it watches that triggered a rule. */
class MonitorFindings {
  private readonly byMonitor = new Map<string, { monitor: GraphElement; services: GraphElement[]; ids: string[] }>();
  add(monitor: GraphElement, svc: GraphElement, ids: readonly string[]) {
    const entry = this.byMonitor.get(monitor.id) ?? { monitor, services: [], ids: [] };
    entry.services.push(svc);
    entry.ids.push(...ids, monitor.id);
    this.byMonitor.set(monitor.id, entry);
  }
  entries() {
    return [...this.byMonitor.values()].sort((a, b) => (a.monitor.id < b.monitor.id ? -1 : 1));
  }
}

export const exposedNoAbuseDetection: Rule = {
  id: 'R-EXPOSED-NO-ABUSE-DETECTION',
  title: 'Internet-reachable model without abuse detection',
  description: 'Reports inference services reachable from the internet when no monitoring fed by the request path has abuse detection: on the monitoring elements that lack it, or on the service when none is drawn.',
  threatIds: ['TL-AI-062'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    const found = new MonitorFindings();
    const why = ' — floods of junk or probing queries go unnoticed.';
    for (const svc of ctx.elements('inference-service')) {
      const exp = ctx.exposure(svc);
      if (!exp) continue;
      const monitors = monitorsOf(ctx, onRequestPath(ctx, svc));
      if (monitors.some((m) => ctx.yn(m, 'abuseDetection') === 'yes')) continue;
      if (monitors.length === 0) out.push(ctx.forElement(this.id, 'TL-AI-062', svc, `${named(svc)} ${exposureText(exp)} and no monitoring is drawn for it${why}`, exp.trail.ids));
      for (const m of monitors) found.add(m, svc, exp.trail.ids);
    }
    for (const { monitor, services, ids } of found.entries()) {
      out.push(ctx.forElement(this.id, 'TL-AI-062', monitor, `${named(monitor)}${props(monitor, ['abuseDetection'])} watches internet-reachable ${list(services.map(named), 3)}${why}`, ids));
    }
    return out;
  },
};

/** Upstream without passing through people: a person editing a wiki does not make a model's input drift. */
const withoutPeople: Traversal = { key: 'without-people', enter: (el) => el.kind !== 'human-actor' };

function changingData(ctx: RuleContext, svc: GraphElement): string {
  if (ctx.exposure(svc)?.direct) return 'takes requests straight from the internet';
  for (const hop of ctx.reach(svc.id, 'up', withoutPeople).values()) {
    const el = hop.element;
    if (el.kind === 'feature-store' && ctx.yn(el, 'onlineServing') === 'yes') return `reads online features from ${named(el)}`;
    if (el.kind === 'feedback-loop') return `depends on data from ${named(el)}`;
    if (el.kind === 'data-source' && hasUntrustedOrigin(ctx, el)) return `depends on ${named(el)} (${prop(el, 'origin')})`;
  }
  return '';
}

export const driftUnmonitored: Rule = {
  id: 'R-DRIFT-UNMONITORED',
  title: 'Model fed by changing data without drift detection',
  description:
    'Reports inference services fed by changing data (internet requests, online features, feedback loops or user, partner or web data upstream) when no monitoring fed by the service has drift detection.',
  threatIds: ['TL-AI-024'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    const found = new MonitorFindings();
    const reasons = new Map<string, string>();
    const tail = ' — shifts in the data can be exploited before anyone notices the model degrading.';
    for (const svc of ctx.elements('inference-service')) {
      const monitors = monitorsOf(ctx, [svc]);
      if (monitors.some((m) => ctx.yn(m, 'driftDetection') === 'yes')) continue;
      const why = changingData(ctx, svc);
      if (!why) continue;
      reasons.set(svc.id, why);
      if (monitors.length === 0) out.push(ctx.forElement(this.id, 'TL-AI-024', svc, `${named(svc)} ${why} and no monitoring is drawn for it${tail}`));
      for (const m of monitors) found.add(m, svc, [svc.id]);
    }
    for (const { monitor, services, ids } of found.entries()) {
      const watched = list(services.map((s) => `${named(s)}, which ${reasons.get(s.id)}`), 2);
      out.push(ctx.forElement(this.id, 'TL-AI-024', monitor, `${named(monitor)}${props(monitor, ['driftDetection'])} watches ${watched}${tail}`, ids));
    }
    return out;
  },
};

export const inferenceRules: Rule[] = [exposedModelExtraction, exposedEvasion, exposedPrivacyAttacks, trainingMemorisation, exposedNoRateLimit, exposedNoAbuseDetection, driftUnmonitored];
