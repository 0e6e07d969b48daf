import { list, named, props } from '../describe';
import { notYes } from '../facts';
import type { Rule, Suggestion } from '../types';

export const cicdControls: Rule = {
  id: 'R-SUPPLY-CICD-CONTROLS',
  title: 'CI/CD without branch protection, short-lived credentials or pinned dependencies',
  description: 'Reports CI/CD systems where branch protection, short-lived (OIDC) credentials or pinned dependencies are not recorded as yes, naming what they deploy to.',
  threatIds: ['TL-K8S-013'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const ci of ctx.elements('ci-cd')) {
      const missing = ['branchProtection', 'shortLivedCredentials', 'pinnedDependencies'].filter((k) => notYes(ctx, ci, k));
      if (missing.length === 0) continue;
      const targets = ctx.successors(ci);
      const reach = targets.length ? `, releasing to ${list(targets.map(named), 3)}` : '';
      out.push(
        ctx.forElement(this.id, 'TL-K8S-013', ci, `${named(ci)}${props(ci, missing)}${reach} — a compromised pipeline ships attacker code with your credentials.`, [ci.id, ...ctx.outFlows(ci).flatMap((f) => [f.id, f.targetId])]),
      );
    }
    return out;
  },
};

export const orchestratorControls: Rule = {
  id: 'R-SUPPLY-ORCHESTRATOR',
  title: 'Pipeline orchestrator without authentication or step isolation',
  description: 'Reports orchestrators where authentication or step isolation is not recorded as yes, naming the steps they launch.',
  threatIds: ['TL-AI-018', 'TL-K8S-012'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const orch of ctx.elements('orchestrator')) {
      const missing = ['authentication', 'stepIsolation'].filter((k) => notYes(ctx, orch, k));
      if (missing.length === 0) continue;
      const steps = ctx.successors(orch);
      const runs = steps.length ? `, running ${list(steps.map(named), 3)}` : '';
      const ids = [orch.id, ...ctx.outFlows(orch).flatMap((f) => [f.id, f.targetId])];
      out.push(ctx.forElement(this.id, 'TL-AI-018', orch, `${named(orch)}${props(orch, missing)}${runs} — a modified step can alter data or models mid-pipeline.`, ids));
      if (missing.includes('stepIsolation')) {
        out.push(ctx.forElement(this.id, 'TL-K8S-012', orch, `${named(orch)}${props(orch, ['stepIsolation'])}${runs} — every step shares one broad identity.`, ids));
      }
    }
    return out;
  },
};

export const unpinnedDependencies: Rule = {
  id: 'R-SUPPLY-UNPINNED-DEPENDENCIES',
  title: 'ML code runs with unpinned dependencies',
  description: 'Reports training jobs, data ingestion, artifact builds and orchestrators whose libraries are not recorded as pinned.',
  threatIds: ['TL-AI-011'],
  evaluate(ctx) {
    return ctx
      .elements('training-job', 'data-ingestion', 'artifact-build', 'orchestrator')
      .filter((el) => notYes(ctx, el, 'pinnedDependencies'))
      .map((el) => ctx.forElement(this.id, 'TL-AI-011', el, `${named(el)}${props(el, ['pinnedDependencies'])} — a malicious or typosquatted package release would be installed on the next run.`));
  },
};

export const deliveryRules: Rule[] = [cicdControls, orchestratorControls, unpinnedDependencies];
