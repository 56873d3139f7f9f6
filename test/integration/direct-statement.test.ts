import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Prisma } from '../../server/db/generated/prisma/client.js';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, platformAdmin } from '../factories/viewers.js';
import { createInsurer, uniq } from '../factories/records.js';
import { directPool } from '../../server/db/direct-statement.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../server/db/connection-errors.js';
import { statementRowsAs, viewerClient } from '../../server/policy/rls-client.js';

/**
 * A one-statement command's statement goes below Prisma on PostgreSQL (server/db/direct-statement.ts,
 * rls-client.ts `statementRowsAs`), through Prisma's viewer client on the embedded database.
 * Either way its rows must be what `$queryRaw` gives (the command hands them on as Prisma
 * rows) and it must run under the actor's row security.
 */
let hub: TestHub;
let insurer: string;
let other: string;
let tipOffId: string;

beforeAll(async () => {
  hub = await createTestHub();
  insurer = (await createInsurer(hub.prisma)).id;
  other = (await createInsurer(hub.prisma)).id;
  const received = new Date('2026-03-04T05:06:07.089Z');
  // Every column type of a tip-off set: date, timestamptz, bigint, int, enums, nullable text.
  tipOffId = (
    await hub.prisma.tipOff.create({
      data: {
        number: uniq('TIP'), insurerId: insurer, channel: 'LETTER', summary: '举报：串换药品', status: 'REWARDED',
        investigationDueOn: new Date('2026-04-30T00:00:00.000Z'), rewardApprovedAt: received, rewardPaidAt: null,
        verifiedAmountFen: 12_345_678_901n, rewardKind: 'MONETARY', rewardFen: 500_000n, receivedAt: received, version: 3,
      },
    })
  ).id;
  await hub.prisma.tipOff.create({ data: { number: uniq('TIP'), insurerId: other, channel: 'PHONE', summary: '举报：挂床住院' } });
  await hub.prisma.$queryRaw`SELECT 1`; // the pool exists once Prisma has connected
});
afterAll(() => hub?.close());

describe('one statement as the actor (statementRowsAs)', () => {
  it('goes straight to the pool on PostgreSQL only', () => {
    expect(directPool(hub.prisma) !== null).toBe(process.env.TEST_DB === 'postgres');
  });

  it("gives a table's rows exactly as $queryRaw does", async () => {
    const sql = Prisma.sql`SELECT * FROM "TipOff" WHERE "id" = ${tipOffId}::uuid`;
    const rows = await statementRowsAs(hub.prisma, null, hub.prisma, sql);
    expect(rows).toEqual(await hub.prisma.$queryRaw(sql));
    expect(rows[0]).toMatchObject({ verifiedAmountFen: 12_345_678_901n, investigationDueOn: new Date('2026-04-30T00:00:00.000Z'), version: 3 });
  });

  it('gives every scalar type as $queryRaw does', async () => {
    const at = new Date('2026-01-02T03:04:05.678Z');
    const sql = Prisma.sql`SELECT 9007199254740993::int8 AS "i8", 2::int4 AS "i4", 1.50::numeric AS "num", 1.25::float8 AS "f8",
      '2026-01-02'::date AS "d", '2026-01-02 03:04:05.678'::timestamp AS "ts", ${at}::timestamptz AS "tstz",
      '{"a":[1,"x"]}'::jsonb AS "jb", '{"b":null}'::json AS "j", true AS "b", 'x'::text AS "t", NULL::text AS "n",
      gen_random_uuid() IS NOT NULL AS "u", ARRAY['a','b'] AS "arr", 'LETTER'::"TipOffChannel" AS "e"`;
    const [direct] = await statementRowsAs<Record<string, unknown>>(hub.prisma, null, hub.prisma, sql);
    const [prisma] = await hub.prisma.$queryRaw<Record<string, unknown>[]>(sql);
    expect(direct).toEqual(prisma);
    expect(direct).toMatchObject({ i8: 9007199254740993n, d: new Date('2026-01-02T00:00:00.000Z'), ts: at, tstz: at, jb: { a: [1, 'x'] } });
  });

  it('fails with errors the hub recognises: a taken number is a unique violation, a missing insurer a foreign key', async () => {
    const { number } = await hub.prisma.tipOff.findUniqueOrThrow({ where: { id: tipOffId } });
    const insert = (num: string, insurerId: string) =>
      statementRowsAs(hub.prisma, null, hub.prisma, Prisma.sql`INSERT INTO "TipOff" ("id", "number", "insurerId", "channel", "summary")
        VALUES (gen_random_uuid(), ${num}, ${insurerId}::uuid, 'PHONE', '举报') RETURNING "id"`);
    const taken = await insert(number, insurer).catch((error: unknown) => error);
    expect(isUniqueViolation(taken)).toBe(true);
    const orphan = await insert(uniq('TIP'), '00000000-0000-7000-8000-000000000000').catch((error: unknown) => error);
    expect(isForeignKeyViolation(orphan)).toBe(true);
  });

  it("runs under the actor's row security, and as the hub with no actor", async () => {
    const sql = Prisma.sql`SELECT "insurerId" FROM "TipOff" ORDER BY "insurerId"`;
    const asInsurer = insurerAdmin(insurer);
    const mine = await statementRowsAs<{ insurerId: string }>(hub.prisma, asInsurer, viewerClient(hub.prisma, asInsurer), sql);
    expect(mine.map((r) => r.insurerId)).toEqual([insurer]);
    const admin = platformAdmin();
    const all = await statementRowsAs<{ insurerId: string }>(hub.prisma, admin, viewerClient(hub.prisma, admin), sql);
    expect(new Set(all.map((r) => r.insurerId))).toEqual(new Set([insurer, other]));
    // The viewer's session does not outlive its statement: the hub's next one sees every row.
    const hubRows = await statementRowsAs<{ insurerId: string }>(hub.prisma, null, hub.prisma, sql);
    expect(new Set(hubRows.map((r) => r.insurerId))).toEqual(new Set([insurer, other]));
  });
});
