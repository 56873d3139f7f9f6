import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementKind } from '../server/db/generated/prisma/enums.js';
import { createEmbeddedTemplate, type EmbeddedDatabase, type EmbeddedTemplate } from '../server/db/embedded.js';
import { createPrismaClient } from '../server/db/prisma-client.js';
import { seedScale } from './seed-scale.js';

const SMALL = { providers: 60, agreements: 400, penalties: 600, batchSize: 150 };
let template: EmbeddedTemplate;
const opened: EmbeddedDatabase[] = [];

async function freshClient() {
  const db = await template.clone();
  opened.push(db);
  return createPrismaClient(db.adapterFactory);
}

beforeAll(async () => {
  template = await createEmbeddedTemplate();
});
afterAll(async () => {
  for (const db of opened) await db.close();
});

describe('seedScale', () => {
  it('generates the requested volume, every agreement kind, deterministically, once', async () => {
    const a = await freshClient();
    const b = await freshClient();
    const [ra, rb] = [await seedScale(a, SMALL), await seedScale(b, SMALL)];
    expect(ra.counts).toMatchObject({ providers: 60, agreements: 400, penalties: 600 });
    expect(await a.penalty.count()).toBe(600);
    expect(await a.agreement.count({ where: { versions: { none: {} } } })).toBe(0);
    const kinds = await a.agreement.groupBy({ by: ['kind'], _count: true });
    expect(kinds).toHaveLength(Object.keys(AgreementKind).length);
    const ids = (c: typeof a) => c.penalty.findMany({ select: { id: true, amountFen: true }, orderBy: { number: 'asc' }, take: 50 });
    expect(await ids(a)).toEqual(await ids(b));
    expect(rb.counts).toEqual(ra.counts);
    expect((await seedScale(a, SMALL)).seeded).toBe(false);
    await Promise.all([a.$disconnect(), b.$disconnect()]);
  });
});
