import type { Graph, GraphElement, GraphFlow } from '../graph/types';
import type { RuleContext } from './context';

export type TargetType = 'element' | 'flow' | 'model';

export interface SuggestionTarget {
  type: TargetType;
  /** Element or flow id; null for the whole model. */
  id: string | null;
}

/** A rule's output before anyone accepted it: which threat, where, and why. */
export interface Suggestion {
  /**
   * Stable across re-runs: `ruleId|threatId|type:id`. Paths are not part of it, so editing the
   * diagram elsewhere, or adding a second triggering path, never creates a second suggestion.
   */
  fingerprint: string;
  ruleId: string;
  threatId: string;
  target: SuggestionTarget;
  /** Human-readable reason, naming the elements, flows, properties and paths that triggered it. */
  explanation: string;
  /** Element and flow ids along the triggering path(s), for highlighting on the canvas. */
  path: string[];
}

export interface Rule {
  /** e.g. 'R-POISON-UPSTREAM-UNTRUSTED'; stored in fingerprints, so never rename one. */
  id: string;
  title: string;
  /** What the rule looks for, shown in the catalogue and next to its suggestions. */
  description: string;
  /** Every catalogue threat the rule can suggest. */
  threatIds: readonly string[];
  evaluate(ctx: RuleContext): Suggestion[];
}

/** The public description of a rule, without its code (safe to hand to client components). */
export type RuleInfo = Pick<Rule, 'id' | 'title' | 'description' | 'threatIds'>;

export type { Graph, GraphElement, GraphFlow };
