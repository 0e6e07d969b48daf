import 'server-only';
import type { Role } from '@/lib/domain/roles';
import { requireModelRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';
import { NotFoundError } from '../errors';

export interface ModelDetail {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  version: number;
  /** Latest number of the model's live feed (clients resume live updates after it). */
  eventSeq: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
  role: Role;
  counts: { elements: number; boundaries: number; flows: number; threats: number; mitigations: number };
}

/** `inWorkspaceId` (from the URL) must match: a model is never shown under another workspace. */
export async function getModel(actor: Actor | null, modelId: string, inWorkspaceId?: string): Promise<ModelDetail> {
  const db = getDb();
  const access = await requireModelRole(db, actor, modelId, 'VIEWER');
  if (inWorkspaceId && access.workspaceId !== inWorkspaceId) throw new NotFoundError('Threat model');
  const m = await db.threatModel.findUniqueOrThrow({
    where: { id: modelId },
    select: {
      id: true,
      workspaceId: true,
      name: true,
      description: true,
      version: true,
      eventSeq: true,
      createdAt: true,
      updatedAt: true,
      createdBy: { select: { name: true, email: true } },
      _count: { select: { elements: true, boundaries: true, flows: true, threats: true, mitigations: true } },
    },
  });
  return {
    id: m.id,
    workspaceId: m.workspaceId,
    name: m.name,
    description: m.description,
    version: m.version,
    eventSeq: m.eventSeq,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
    createdBy: m.createdBy?.name ?? m.createdBy?.email ?? null,
    role: access.role,
    counts: m._count,
  };
}
