export { compareSuggestions, engineVersion, ruleCatalogue, rules, runRules } from './engine';
export type { Rule, RuleInfo, Suggestion, SuggestionTarget, TargetType } from './types';
