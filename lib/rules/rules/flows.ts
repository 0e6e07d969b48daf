import type { GraphElement, GraphFlow } from '../../graph/types';
import type { RuleContext } from '../context';
import { classificationText, encryptionText, flowNamed, list, named, quote } from '../describe';
import type { Rule, Suggestion } from '../types';

const sensitive: ReadonlySet<string> = new Set(['personal', 'confidential', 'restricted']);

function zone(ctx: RuleContext, el: GraphElement): string {
  const b = ctx.boundaries(el)[0];
  return b ? quote(b.name) : 'no boundary';
}

function crossing(ctx: RuleContext, f: GraphFlow): string {
  return `${flowNamed(f, ctx.source(f), ctx.target(f))} crosses from ${zone(ctx, ctx.source(f))} to ${zone(ctx, ctx.target(f))}`;
}

/** Classified flows whose ends sit in different innermost boundaries (unclassified ones are left to validation). */
function classifiedCrossings(ctx: RuleContext): GraphFlow[] {
  return ctx.flows().filter((f) => typeof f.properties.classification === 'string' && ctx.crosses(f));
}

const tri = (v: unknown) => (v === 'yes' || v === 'no' ? v : 'not recorded');

export const unencryptedCrossing: Rule = {
  id: 'R-FLOW-CROSSING-UNENCRYPTED',
  title: 'Trust-boundary crossing without encryption',
  description:
    'Reports classified flows that cross a trust boundary with encryption none or not recorded: eavesdropping unless the data is public, and tampering unless the flow is integrity protected.',
  threatIds: ['TL-STRIDE-I-FLOW', 'TL-STRIDE-T-FLOW'],
  evaluate(ctx) {
    const out: Suggestion[] = [];
    for (const f of classifiedCrossings(ctx)) {
      const enc = f.properties.encryption;
      if (enc === 'tls' || enc === 'mtls') continue;
      const head = `${crossing(ctx, f)} with encryption: ${encryptionText(f)}`;
      if (f.properties.classification !== 'public') {
        out.push(ctx.forFlow(this.id, 'TL-STRIDE-I-FLOW', f, `${head}, carrying ${classificationText(f)} — anyone on the path can read it.`));
      }
      if (f.properties.integrityProtected !== 'yes') {
        out.push(ctx.forFlow(this.id, 'TL-STRIDE-T-FLOW', f, `${head} and integrity protected: ${tri(f.properties.integrityProtected)} — data can be altered on the way unnoticed.`));
      }
    }
    return out;
  },
};

export const unauthenticatedCrossing: Rule = {
  id: 'R-FLOW-CROSSING-UNAUTHENTICATED',
  title: 'Trust-boundary crossing without authentication',
  description: 'Reports classified flows that cross a trust boundary where the receiver is not recorded as authenticating the sender.',
  threatIds: ['TL-STRIDE-S-FLOW'],
  evaluate(ctx) {
    return classifiedCrossings(ctx)
      .filter((f) => f.properties.authenticated !== 'yes')
      .map((f) => ctx.forFlow(this.id, 'TL-STRIDE-S-FLOW', f, `${crossing(ctx, f)} with authenticated: ${tri(f.properties.authenticated)} — anyone who reaches ${quote(ctx.target(f).name)} can send data in ${quote(ctx.source(f).name)}’s name.`));
  },
};

export const sensitiveToThirdParty: Rule = {
  id: 'R-FLOW-SENSITIVE-TO-THIRD-PARTY',
  title: 'Personal or confidential data handed to a third party',
  description:
    'Reports elements inside a third-party boundary that receive personal, confidential or restricted flows from outside it (external LLM APIs are covered by their own rule), noting whether a data processing agreement is recorded.',
  threatIds: ['TL-STRIDE-I'],
  evaluate(ctx) {
    const byTarget = new Map<string, GraphFlow[]>();
    for (const f of ctx.flows()) {
      if (!sensitive.has(String(f.properties.classification))) continue;
      const target = ctx.target(f);
      if (target.kind === 'human-actor' || target.kind === 'external-llm-api') continue;
      const vendor = ctx.within(target, 'third-party');
      if (!vendor || ctx.boundaries(ctx.source(f)).includes(vendor)) continue;
      byTarget.set(target.id, [...(byTarget.get(target.id) ?? []), f]);
    }
    const out: Suggestion[] = [];
    for (const [id, flows] of [...byTarget.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const target = ctx.element(id)!;
      const vendor = ctx.within(target, 'third-party')!;
      const dpa = `data processing agreement: ${tri(vendor.properties.dataProcessingAgreement)}`;
      const what = list(flows.map((f) => `${classificationText(f)} from ${named(ctx.source(f))}`), 3);
      out.push(
        ctx.forElement(this.id, 'TL-STRIDE-I', target, `${named(target)} in third-party boundary ${quote(vendor.name)} (${dpa}) receives ${what} — the vendor and its breaches now hold that data.`, [target.id, ...flows.flatMap((f) => [f.sourceId, f.id])]),
      );
    }
    return out;
  },
};

export const flowRules: Rule[] = [unencryptedCrossing, unauthenticatedCrossing, sensitiveToThirdParty];
