import type { GraphElement } from '../../graph/types';
import type { RuleContext } from '../context';
import { list, named, props, quote } from '../describe';
import type { Rule, Suggestion } from '../types';

/** What a Kubernetes workload runs, as drawn: the ML stages it has flows to. */
function runs(ctx: RuleContext, dep: GraphElement): GraphElement[] {
  return ctx.successors(dep).filter((s) => s.kind === 'inference-service' || s.kind === 'training-job' || s.kind === 'llm-application' || s.kind === 'agent' || s.kind === 'orchestrator');
}

function runsText(ctx: RuleContext, dep: GraphElement): string {
  const r = runs(ctx, dep);
  return r.length ? `, running ${list(r.map(named), 2)}` : '';
}

/** One suggestion per deployment whose recorded value of `key` equals `bad`. */
function propertyRule(spec: { id: string; title: string; description: string; threatId: string; key: string; bad: string; why: string }): Rule {
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    threatIds: [spec.threatId],
    evaluate(ctx) {
      return ctx
        .elements('deployment')
        .filter((d) => ctx.yn(d, spec.key) === spec.bad)
        .map((d) => ctx.forElement(spec.id, spec.threatId, d, `${named(d)}${props(d, [spec.key])}${runsText(ctx, d)} — ${spec.why}.`, [d.id, ...runs(ctx, d).map((r) => r.id)]));
    },
  };
}

const workloadKinds = ['deployment', 'training-job', 'inference-service', 'orchestrator'];

export const podHardening: Rule = {
  id: 'R-K8S-POD-HARDENING',
  title: 'Privileged or root ML pods',
  description:
    'Reports Kubernetes workloads recorded as privileged, not runAsNonRoot or without a read-only root filesystem, and ML workloads in a namespace whose Pod Security level is privileged.',
  threatIds: ['TL-K8S-001'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const el of ctx.elements(...workloadKinds)) {
      const reasons: string[] = [];
      if (el.kind === 'deployment') {
        const bad = [
          ...(ctx.yn(el, 'privileged') === 'yes' ? ['privileged'] : []),
          ...['runAsNonRoot', 'readOnlyRootFilesystem'].filter((k) => ctx.yn(el, k) === 'no'),
        ];
        if (bad.length) reasons.push(props(el, bad).slice(1));
      }
      const ns = ctx.within(el, 'namespace');
      if (ns && ns.properties.podSecurityLevel === 'privileged') reasons.push(`runs in namespace ${quote(ns.name)} whose Pod Security level is privileged`);
      if (reasons.length === 0) continue;
      out.push(ctx.forElement(this.id, 'TL-K8S-001', el, `${named(el)} ${reasons.join(' and ')}${el.kind === 'deployment' ? runsText(ctx, el) : ''} — a compromised container can take over its node.`));
    }
    return out;
  },
};

export const networkPolicy: Rule = {
  id: 'R-K8S-NETWORK-POLICY',
  title: 'ML workloads without network restrictions',
  description:
    'Reports deployments recorded without a NetworkPolicy (or with none recorded in a namespace without default-deny), and training jobs whose network egress is recorded as unrestricted.',
  threatIds: ['TL-K8S-002'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    const why = ' — a compromised pod can reach every other service, or send data anywhere.';
    for (const dep of ctx.elements('deployment')) {
      const np = ctx.yn(dep, 'networkPolicy');
      if (np === 'yes') continue;
      const ns = ctx.within(dep, 'namespace');
      const denyByDefault = ns?.properties.defaultDenyNetworkPolicy;
      if (np === 'unknown' && denyByDefault !== 'no') continue;
      const nsText = ns && denyByDefault === 'no' ? ` in namespace ${quote(ns.name)} without default-deny` : '';
      out.push(ctx.forElement(this.id, 'TL-K8S-002', dep, `${named(dep)}${props(dep, ['networkPolicy'])}${nsText}${runsText(ctx, dep)}${why}`, [dep.id, ...runs(ctx, dep).map((r) => r.id)]));
    }
    for (const job of ctx.elements('training-job')) {
      if (ctx.yn(job, 'egressRestricted') !== 'no') continue;
      out.push(ctx.forElement(this.id, 'TL-K8S-002', job, `${named(job)}${props(job, ['egressRestricted'])}${why}`));
    }
    return out;
  },
};

export const serviceAccountToken = propertyRule({
  id: 'R-K8S-SERVICE-ACCOUNT-TOKEN',
  title: 'Kubernetes API token mounted into ML pods',
  description: 'Reports deployments whose pods get a service-account token automounted.',
  threatId: 'TL-K8S-003',
  key: 'automountServiceAccountToken',
  bad: 'yes',
  why: 'code running in the pod can call the Kubernetes API with that token',
});

export const sharedGpu = propertyRule({
  id: 'R-K8S-SHARED-GPU',
  title: 'ML workload on shared GPU nodes',
  description: 'Reports deployments recorded as sharing GPUs or nodes with other workloads or tenants.',
  threatId: 'TL-K8S-005',
  key: 'sharedGpuNode',
  bad: 'yes',
  why: 'a neighbour on the same GPU can read memory or timing side channels',
});

export const resourceLimits: Rule = {
  id: 'R-K8S-RESOURCE-LIMITS',
  title: 'ML pods without resource limits',
  description: 'Reports deployments recorded without CPU, memory or GPU limits; GPU hijacking too when they run training or inference or share GPU nodes.',
  threatIds: ['TL-K8S-016', 'TL-K8S-011'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const dep of ctx.elements('deployment')) {
      if (ctx.yn(dep, 'resourceLimits') !== 'no') continue;
      const ids = [dep.id, ...runs(ctx, dep).map((r) => r.id)];
      out.push(ctx.forElement(this.id, 'TL-K8S-016', dep, `${named(dep)}${props(dep, ['resourceLimits'])}${runsText(ctx, dep)} — one runaway or abused pod starves everything on its nodes.`, ids));
      const gpu = runs(ctx, dep).some((r) => r.kind === 'training-job' || r.kind === 'inference-service') || ctx.yn(dep, 'sharedGpuNode') === 'yes';
      if (gpu) out.push(ctx.forElement(this.id, 'TL-K8S-011', dep, `${named(dep)}${props(dep, ['resourceLimits', 'sharedGpuNode'])}${runsText(ctx, dep)} — stolen access can take the GPUs for cryptomining or other jobs.`, ids));
    }
    return out;
  },
};

export const secretsHandling: Rule = {
  id: 'R-K8S-SECRETS',
  title: 'Secrets exposed through environment variables or a loose secrets store',
  description:
    'Reports deployments recorded as injecting secrets as environment variables, and secrets stores without rotation or scoped access, naming the workloads they serve.',
  threatIds: ['TL-K8S-004'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const dep of ctx.elements('deployment')) {
      if (ctx.yn(dep, 'secretsAsEnvVars') !== 'yes') continue;
      out.push(ctx.forElement(this.id, 'TL-K8S-004', dep, `${named(dep)}${props(dep, ['secretsAsEnvVars'])}${runsText(ctx, dep)} — environment variables leak through logs, crash dumps and child processes.`));
    }
    for (const store of ctx.elements('secrets-store')) {
      const missing = ['rotation', 'scopedAccess'].filter((k) => ctx.yn(store, k) !== 'yes');
      if (missing.length === 0) continue;
      const consumers = ctx.successors(store);
      const serves = consumers.length ? ` and serves ${list(consumers.map(named), 3)}` : '';
      out.push(ctx.forElement(this.id, 'TL-K8S-004', store, `${named(store)}${props(store, missing)}${serves} — one leaked credential stays valid or opens every other secret.`, [store.id, ...ctx.outFlows(store).flatMap((f) => [f.id, f.targetId])]));
    }
    return out;
  },
};

export const kubernetesRules: Rule[] = [podHardening, networkPolicy, serviceAccountToken, secretsHandling, resourceLimits, sharedGpu];
