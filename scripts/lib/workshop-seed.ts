// Seeds a live-workshop benchmark: the bench owner's workspace and model (seedOwner) plus N editor
// accounts sharing one password (hashed once), and a diagram with one element per participant and
// some shared elements, each participant's element linked to its shared one by a flow.
import { hash } from '@node-rs/argon2';
import { elementKinds } from '../../lib/domain/element-kinds.ts';
import type { Graph } from '../../lib/graph/types.ts';
import { seedOwner } from './bench-app.ts';

export interface WorkshopSeed {
  modelId: string;
  workspaceId: string;
  password: string;
  participants: { email: string; userId: string; elementId: string }[];
  /** Shared elements in order (participant i has its own field on shared element floor(i / fieldsPerShared)). */
  sharedElementIds: string[];
}

export const ownName = (i: number) => `Participant ${i + 1} stage`;
export const sharedName = (k: number) => `Shared stage ${k + 1}`;

export function workshopGraph(participants: number, shared: number): Graph {
  const graph: Graph = { elements: {}, boundaries: {}, flows: {} };
  for (let k = 0; k < shared; k++) {
    graph.elements[`s${k}`] = {
      id: `s${k}`, kind: 'llm-application', name: sharedName(k), description: '', boundaryId: null,
      x: k * 220, y: 0, properties: {},
    };
  }
  for (let i = 0; i < participants; i++) {
    graph.elements[`p${i}`] = {
      id: `p${i}`, kind: elementKinds[i % elementKinds.length]!, name: ownName(i), description: '', boundaryId: null,
      x: (i % 10) * 200, y: 300 + Math.floor(i / 10) * 140, properties: {},
    };
    graph.flows[`f${i}`] = {
      id: `f${i}`, sourceId: `p${i}`, targetId: `s${i % shared}`, label: '',
      properties: { classification: 'internal', encryption: 'tls' },
    };
  }
  return graph;
}

export async function seedWorkshop(databaseUrl: string, participants: number, shared: number): Promise<WorkshopSeed> {
  const { db, workspaceId, modelId } = await seedOwner(databaseUrl);
  try {
    const password = 'workshop participant passphrase 2026';
    const passwordHash = await hash(password, { algorithm: 2 });
    const emails = Array.from({ length: participants }, (_, i) => `participant-${i + 1}@example.test`);
    await db.user.createMany({ data: emails.map((email, i) => ({ email, name: `Participant ${i + 1}`, passwordHash })) });
    const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
    const idOf = new Map(users.map((u) => [u.email, u.id]));
    await db.membership.createMany({ data: emails.map((email) => ({ workspaceId, userId: idOf.get(email)!, role: 'EDITOR' as const })) });

    const { insertGraph } = await import('../../server/canvas/insert-graph.ts');
    await db.$transaction((tx) => insertGraph(tx, modelId, workshopGraph(participants, shared)), { timeout: 60_000 });
    const elements = await db.element.findMany({ where: { modelId }, select: { id: true, name: true } });
    const byName = new Map(elements.map((e) => [e.name, e.id]));
    return {
      modelId,
      workspaceId,
      password,
      participants: emails.map((email, i) => ({ email, userId: idOf.get(email)!, elementId: byName.get(ownName(i))! })),
      sharedElementIds: Array.from({ length: shared }, (_, k) => byName.get(sharedName(k))!),
    };
  } finally {
    await db.$disconnect();
  }
}
