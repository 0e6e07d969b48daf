import 'server-only';
import { requireWorkspaceRole } from '../access';
import type { Actor } from '../actor';
import { getDb } from '../db';

export interface ModelSummary {
  id: string;
  name: string;
  description: string;
  version: number;
  updatedAt: Date;
  createdBy: string | null;
  counts: { elements: number; threats: number; mitigations: number };
}

export async function listModels(actor: Actor | null, workspaceId: string): Promise<ModelSummary[]> {
  const db = getDb();
  await requireWorkspaceRole(db, actor, workspaceId, 'VIEWER');
  const rows = await db.threatModel.findMany({
    where: { workspaceId },
    select: {
      id: true,
      name: true,
      description: true,
      version: true,
      updatedAt: true,
      createdBy: { select: { name: true, email: true } },
      _count: { select: { elements: true, threats: true, mitigations: true } },
    },
    orderBy: { updatedAt: 'desc' },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    version: r.version,
    updatedAt: r.updatedAt,
    createdBy: r.createdBy?.name ?? r.createdBy?.email ?? null,
    counts: { elements: r._count.elements, threats: r._count.threats, mitigations: r._count.mitigations },
  }));
}
