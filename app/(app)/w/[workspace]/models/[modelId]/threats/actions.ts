'use server';
import { modelRefSchema } from '@/lib/domain/model';
import {
  bulkUpdateThreatsSchema,
  createThreatSchema,
  deleteThreatsSchema,
  dismissSuggestionSchema,
  suggestionDecisionSchema,
  updateThreatSchema,
} from '@/lib/domain/threat';
import { authedAction } from '@/server/authed-action';
import { acceptSuggestions } from '@/server/suggestions/accept-suggestions';
import { dismissSuggestions } from '@/server/suggestions/dismiss-suggestions';
import { reopenSuggestions } from '@/server/suggestions/reopen-suggestions';
import { runModelRules } from '@/server/suggestions/run-model-rules';
import { bulkUpdateThreats } from '@/server/threats/bulk-update-threats';
import { createThreat } from '@/server/threats/create-threat';
import { deleteThreats } from '@/server/threats/delete-threats';
import { updateThreat } from '@/server/threats/update-threat';

export const runRulesAction = authedAction(modelRefSchema, (actor, input) => runModelRules(actor, input.modelId));
export const acceptSuggestionsAction = authedAction(suggestionDecisionSchema, acceptSuggestions);
export const dismissSuggestionsAction = authedAction(dismissSuggestionSchema, dismissSuggestions);
export const reopenSuggestionsAction = authedAction(suggestionDecisionSchema, reopenSuggestions);
export const createThreatAction = authedAction(createThreatSchema, createThreat);
export const updateThreatAction = authedAction(updateThreatSchema, updateThreat);
export const bulkUpdateThreatsAction = authedAction(bulkUpdateThreatsSchema, bulkUpdateThreats);
export const deleteThreatsAction = authedAction(deleteThreatsSchema, deleteThreats);
