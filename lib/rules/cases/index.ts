import { agentCases, flowCases, platformCases } from './agents-and-platform';
import { dataAndSupplyChainCases } from './data-and-supply-chain';
import { llmCases, servingCases } from './serving-and-llm';
import type { RuleCase } from './types';

export type { Expectation, RuleCase } from './types';

/** Trigger and safe graphs for every rule; shared by the rule tests and the fingerprint tests. */
export const ruleCases: readonly RuleCase[] = [...dataAndSupplyChainCases, ...servingCases, ...llmCases, ...agentCases, ...flowCases, ...platformCases];
