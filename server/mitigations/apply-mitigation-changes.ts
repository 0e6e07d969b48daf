import 'server-only';
import { transitionProblem, type MitigationStatus } from '@/lib/domain/mitigation';
import type { Prisma } from '@/prisma/generated/client';
import type { Tx } from '../db';
import { ValidationError } from '../errors';
import { fromIsoDate, isoDate, recordMitigationChanges, type TrackedField } from './history';

export interface MitigationChanges {
  title?: string;
  description?: string;
  controlType?: string;
  status?: MitigationStatus;
  rejectionReason?: string;
  ownerId?: string | null;
  dueDate?: string | null;
  ticketUrl?: string | null;
  evidence?: string;
  evidenceLinks?: string[];
}

type Current = { id: string; status: string; ownerId: string | null; dueDate: Date | null; evidence: string; evidenceLinks: string[] };

/**
 * Validates a change against the workflow and returns the update plus its history rows.
 * Shared by single and bulk edits so both enforce the same rules.
 */
export function planMitigationUpdate(current: Current, changes: MitigationChanges): { data: Prisma.MitigationUncheckedUpdateManyInput; history: { mitigationId: string; field: TrackedField; from: string | null; to: string | null }[] } {
  const history: { mitigationId: string; field: TrackedField; from: string | null; to: string | null }[] = [];
  const data: Prisma.MitigationUncheckedUpdateManyInput = {};
  for (const key of ['title', 'description', 'controlType', 'evidence', 'evidenceLinks'] as const) {
    if (changes[key] !== undefined) (data as Record<string, unknown>)[key] = changes[key];
  }
  if (changes.ticketUrl !== undefined) data.ticketUrl = changes.ticketUrl || null;
  if (changes.status !== undefined && changes.status !== current.status) {
    const problem = transitionProblem(current.status as MitigationStatus, changes.status);
    if (problem) throw new ValidationError(problem, { status: [problem] });
    if (changes.status === 'verified' && !(changes.evidence ?? current.evidence).trim() && !(changes.evidenceLinks ?? current.evidenceLinks).length) {
      throw new ValidationError('Record the evidence before marking it verified.', { evidence: ['Describe or link the evidence that it works.'] });
    }
    data.status = changes.status;
    data.rejectionReason = changes.status === 'rejected' ? (changes.rejectionReason ?? null) : null;
    history.push({ mitigationId: current.id, field: 'status', from: current.status, to: changes.status });
  }
  if (changes.ownerId !== undefined && changes.ownerId !== current.ownerId) {
    data.ownerId = changes.ownerId;
    history.push({ mitigationId: current.id, field: 'owner', from: current.ownerId, to: changes.ownerId });
  }
  if (changes.dueDate !== undefined && changes.dueDate !== isoDate(current.dueDate)) {
    data.dueDate = fromIsoDate(changes.dueDate);
    history.push({ mitigationId: current.id, field: 'dueDate', from: isoDate(current.dueDate), to: changes.dueDate });
  }
  return { data, history };
}

export async function writeHistory(tx: Tx, actorId: string, history: Parameters<typeof recordMitigationChanges>[2]): Promise<void> {
  await recordMitigationChanges(tx, actorId, history);
}
