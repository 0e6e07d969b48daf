import type { Graph } from '../../graph/types';

export interface Expectation {
  threatId: string;
  /** Element or flow id. */
  target: string;
  /** Substrings the explanation must contain: the triggering element, property or path. */
  mentions: string[];
}

/**
 * One rule, and one graph builder that yields a graph triggering it (`safe = false`) or the
 * near-identical safe variant (`safe = true`) in which none of the expectations may fire.
 */
export interface RuleCase {
  rule: string;
  name: string;
  graph(safe: boolean): Graph;
  expect: Expectation[];
}
