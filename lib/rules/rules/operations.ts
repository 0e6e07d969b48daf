import { list, named, props } from '../describe';
import type { Rule, Suggestion } from '../types';

const privilegedTargets: ReadonlySet<string> = new Set(['model-registry', 'ci-cd', 'orchestrator', 'experiment-tracking', 'secrets-store', 'deployment', 'training-job']);

export const operatorWithoutMfa: Rule = {
  id: 'R-OPS-OPERATOR-WITHOUT-MFA',
  title: 'Person with access to ML infrastructure without MFA',
  description: 'Reports people with flows into a model registry, CI/CD, orchestrator, experiment tracking, secrets store, deployment or training job whose multi-factor authentication is not recorded as yes.',
  threatIds: ['TL-K8S-019'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const person of ctx.elements('human-actor')) {
      if (ctx.yn(person, 'mfa') === 'yes') continue;
      const flows = ctx.outFlows(person).filter((f) => privilegedTargets.has(ctx.target(f).kind));
      if (flows.length === 0) continue;
      const targets = [...new Set(flows.map((f) => ctx.target(f)))];
      out.push(
        ctx.forElement(this.id, 'TL-K8S-019', person, `${named(person)}${props(person, ['role', 'mfa'])} has access to ${list(targets.map(named), 3)} — a phished password is enough to change models or pipelines.`, [person.id, ...flows.flatMap((f) => [f.id, f.targetId])]),
      );
    }
    return out;
  },
};

export const exposedMlTooling: Rule = {
  id: 'R-OPS-EXPOSED-ML-TOOLING',
  title: 'Experiment tracking, orchestrator or registry open to theft',
  description:
    'Reports experiment tracking and orchestrators exposed to the internet (recorded or by boundary) without authentication, experiment tracking that stores artefacts without authentication, and model registries whose access is not restricted.',
  threatIds: ['TL-K8S-009', 'TL-AI-033', 'TL-AI-032'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const el of ctx.elements('experiment-tracking', 'orchestrator')) {
      const internet = ctx.str(el, 'exposure') === 'internet' || ctx.within(el, 'internet') !== undefined;
      const noAuth = ctx.yn(el, 'authentication') !== 'yes';
      const keys = ['exposure', 'authentication'];
      if (internet && noAuth) {
        out.push(ctx.forElement(this.id, 'TL-K8S-009', el, `${named(el)}${props(el, keys)} — anyone on the internet can open its dashboard and run or read jobs.`));
      }
      if (el.kind === 'experiment-tracking' && internet) {
        out.push(ctx.forElement(this.id, 'TL-AI-033', el, `${named(el)}${props(el, [...keys, 'storesArtifacts'])} — runs, datasets and model files can be browsed from outside.`));
      }
      if (el.kind === 'experiment-tracking' && noAuth && ctx.yn(el, 'storesArtifacts') === 'yes') {
        out.push(ctx.forElement(this.id, 'TL-AI-032', el, `${named(el)}${props(el, ['storesArtifacts', 'authentication'])} — model weights can be copied without credentials.`));
      }
    }
    for (const reg of ctx.elements('model-registry')) {
      if (ctx.yn(reg, 'accessControl') === 'yes') continue;
      out.push(ctx.forElement(this.id, 'TL-AI-032', reg, `${named(reg)}${props(reg, ['accessControl'])} — anyone with network access can download the weights.`));
    }
    return out;
  },
};

export const operationsRules: Rule[] = [operatorWithoutMfa, exposedMlTooling];
