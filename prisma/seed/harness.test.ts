// The per-file database the test harness provides (migrated, private to this file, fast to make),
// and the demo seed on it. Lives in prisma/ because it uses the database client directly.
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { PrismaClient } from '@/prisma/generated/client';
import { seedDemo, DEMO_EMAIL, DEMO_MODEL } from '@/prisma/seed/demo';
import { seedDemo as seedDemoWithTemplate } from '@/prisma/seed';
import { createDatabase, dropDatabase } from '@/tests/integration/databases';

const url = process.env.DATABASE_URL ?? '';
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
afterAll(() => db.$disconnect());

describe('integration database harness', () => {
  it('points DATABASE_URL at a t_* database copied from the migrated template', async () => {
    expect(new URL(url).pathname).toMatch(/^\/t_[0-9a-f]{12}$/);
    expect(await db.user.count()).toBe(0);
  });

  it('copies the template quickly', async () => {
    const adminUrl = inject('threatlineAdminUrl');
    const started = performance.now();
    const copy = await createDatabase(adminUrl, { template: inject('threatlineTemplate') });
    const elapsed = performance.now() - started;
    await dropDatabase(adminUrl, new URL(copy).pathname.slice(1));
    console.log(`template copy took ${elapsed.toFixed(0)} ms`); // reported, never asserted (DESIGN.md)
  });

  it('seeds the demo data with audit events', async () => {
    const seed = await seedDemo(db, async (password) => `test-hash:${password}`, 'correct-horse');
    expect(seed.email).toBe(DEMO_EMAIL);
    const member = await db.membership.findFirstOrThrow({ where: { userId: seed.userId }, include: { workspace: true } });
    expect(member).toMatchObject({ role: 'OWNER', workspace: { slug: 'demo', name: 'Demo workspace' } });
    expect(await db.threatModel.findFirstOrThrow({ where: { workspaceId: seed.workspaceId } })).toMatchObject({
      name: DEMO_MODEL.name,
    });
    // Same transaction, so createdAt may tie: compare without order.
    const events = await db.auditEvent.findMany({ select: { action: true, entityType: true } });
    expect(events).toHaveLength(3);
    expect(events).toEqual(expect.arrayContaining([
      { action: 'workspace.create', entityType: 'workspace' },
      { action: 'membership.create', entityType: 'membership' },
      { action: 'model.create', entityType: 'model' },
    ]));
  });

  it('draws the demo model from its template and analyses it, in the same transaction', async () => {
    const adminUrl = inject('threatlineAdminUrl');
    const fresh = await createDatabase(adminUrl, { template: inject('threatlineTemplate') });
    const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh }) });
    try {
      const seed = await seedDemoWithTemplate(other, 'correct-horse-battery');
      const [elements, flows, boundaries, suggestions] = await Promise.all([
        other.element.count({ where: { modelId: seed.modelId } }),
        other.flow.count({ where: { modelId: seed.modelId } }),
        other.boundary.count({ where: { modelId: seed.modelId } }),
        other.suggestion.count({ where: { modelId: seed.modelId } }),
      ]);
      expect(elements).toBeGreaterThan(15);
      expect(flows).toBeGreaterThan(15);
      expect(boundaries).toBeGreaterThan(2);
      expect(suggestions).toBeGreaterThan(0);
      expect(await other.threatModel.findUniqueOrThrow({ where: { id: seed.modelId } })).toMatchObject({ name: DEMO_MODEL.name, rulesRunAt: expect.any(Date) });
      // argon2id, not the test hash.
      expect((await other.user.findUniqueOrThrow({ where: { id: seed.userId } })).passwordHash).toMatch(/^\$argon2id\$/);
    } finally {
      await other.$disconnect();
      await dropDatabase(adminUrl, new URL(fresh).pathname.slice(1));
    }
  });
});
