import type { Graph } from '../graph/types';
import { RuleContext } from './context';
import { agentRules } from './rules/agents';
import { dataPoisoningRules } from './rules/data-poisoning';
import { deliveryRules } from './rules/delivery';
import { flowRules } from './rules/flows';
import { inferenceRules } from './rules/inference';
import { kubernetesRules } from './rules/kubernetes';
import { llmRules } from './rules/llm';
import { operationsRules } from './rules/operations';
import { retrievalRules } from './rules/retrieval';
import { supplyChainRules } from './rules/supply-chain';
import type { Rule, RuleInfo, Suggestion } from './types';

/**
 * Bump when rules change what they suggest (added, removed or reworded rules), so stored
 * suggestions can be told apart from fresh ones. Fingerprints do not contain it: a re-run with a
 * newer engine still matches suggestions accepted or dismissed under an older one.
 */
export const engineVersion = '2026.11.0';

export const rules: readonly Rule[] = [
  ...dataPoisoningRules,
  ...supplyChainRules,
  ...deliveryRules,
  ...inferenceRules,
  ...llmRules,
  ...agentRules,
  ...retrievalRules,
  ...flowRules,
  ...kubernetesRules,
  ...operationsRules,
];

/** What each rule looks for and which threats it can suggest, for the UI (plain data). */
export const ruleCatalogue: readonly RuleInfo[] = rules.map(({ id, title, description, threatIds }) => ({ id, title, description, threatIds: [...threatIds] }));

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const targetOrder = { model: 0, element: 1, flow: 2 } as const;

/** Sorted by target (model, then elements, then flows, each by id), then rule, then threat. */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return (
    targetOrder[a.target.type] - targetOrder[b.target.type] ||
    cmp(a.target.id ?? '', b.target.id ?? '') ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.threatId, b.threatId)
  );
}

/**
 * Runs every rule over the diagram. Pure and deterministic: the same graph (whatever the order of
 * its records) gives the same suggestions in the same order, and one suggestion per fingerprint.
 */
export function runRules(graph: Graph, only: readonly Rule[] = rules): Suggestion[] {
  const ctx = new RuleContext(graph);
  const byFingerprint = new Map<string, Suggestion>();
  for (const rule of only) {
    for (const s of rule.evaluate(ctx)) {
      // A rule emitting the same fingerprint twice is a bug; keep the first rather than duplicate.
      if (!byFingerprint.has(s.fingerprint)) byFingerprint.set(s.fingerprint, s);
    }
  }
  return [...byFingerprint.values()].sort(compareSuggestions);
}
