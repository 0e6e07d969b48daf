import 'server-only';
import type { Tx } from '../db';

/** Appends threat status transitions (the dashboard's burndown replays them). */
export async function recordThreatStatus(
  tx: Tx,
  actorId: string | null,
  changes: { threatId: string; from: string | null; to: string }[],
): Promise<void> {
  const real = changes.filter((c) => c.from !== c.to);
  if (real.length) {
    await tx.threatStatusChange.createMany({
      data: real.map((c) => ({ threatId: c.threatId, actorId, fromValue: c.from, toValue: c.to })),
    });
  }
}
