'use server';
import { addCommentSchema, deleteCommentSchema } from '@/lib/domain/comment';
import {
  acceptWorkshopSuggestionSchema,
  addParkingLotItemSchema,
  addWorkshopDecisionSchema,
  addWorkshopThreatSchema,
  castVoteSchema,
  moveStageSchema,
  resolveParkingLotItemSchema,
  revealVotesSchema,
  startWorkshopSchema,
  workshopRefSchema,
} from '@/lib/workshop/schemas';
import { authedAction } from '@/server/authed-action';
import { addComment } from '@/server/comments/add-comment';
import { deleteComment } from '@/server/comments/delete-comment';
import { acceptWorkshopSuggestion } from '@/server/workshops/accept-workshop-suggestion';
import { addParkingLotItem } from '@/server/workshops/add-parking-lot-item';
import { addWorkshopDecision } from '@/server/workshops/add-workshop-decision';
import { addWorkshopThreat } from '@/server/workshops/add-workshop-threat';
import { castWorkshopVote } from '@/server/workshops/cast-workshop-vote';
import { endWorkshop } from '@/server/workshops/end-workshop';
import { moveWorkshopStage } from '@/server/workshops/move-workshop-stage';
import { resolveParkingLotItem } from '@/server/workshops/resolve-parking-lot-item';
import { revealWorkshopVotes } from '@/server/workshops/reveal-workshop-votes';
import { startWorkshop } from '@/server/workshops/start-workshop';

export const startWorkshopAction = authedAction(startWorkshopSchema, startWorkshop);
export const moveStageAction = authedAction(moveStageSchema, moveWorkshopStage);
export const castVoteAction = authedAction(castVoteSchema, castWorkshopVote);
export const revealVotesAction = authedAction(revealVotesSchema, revealWorkshopVotes);
export const addWorkshopThreatAction = authedAction(addWorkshopThreatSchema, addWorkshopThreat);
export const acceptWorkshopSuggestionAction = authedAction(acceptWorkshopSuggestionSchema, acceptWorkshopSuggestion);
export const addParkingLotItemAction = authedAction(addParkingLotItemSchema, addParkingLotItem);
export const resolveParkingLotItemAction = authedAction(resolveParkingLotItemSchema, resolveParkingLotItem);
export const addWorkshopDecisionAction = authedAction(addWorkshopDecisionSchema, addWorkshopDecision);
export const endWorkshopAction = authedAction(workshopRefSchema, endWorkshop);
export const addCommentAction = authedAction(addCommentSchema, addComment);
export const deleteCommentAction = authedAction(deleteCommentSchema, deleteComment);
