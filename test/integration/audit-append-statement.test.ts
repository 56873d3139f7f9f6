import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { appendOne, asSuperuser } from '../support/audit.js';
import { insurerAdmin, insurerAuditor, platformAdmin } from '../factories/viewers.js';
import { createInsurer, createProvider } from '../factories/records.js';
import { gid, ok, rawOf, refused } from './mutation-helpers.js';
import { bodyDigest, GENESIS_HASH, linkHash } from '../../server/audit/canonical.js';

/**
 * A command whose change is new rows only (receiveTipOff) appends its event in the same single
 * statement as its rows (server/audit/append-event.ts `insertWithEvent`), with no interactive
 * transaction. Interleaved with transactional appends it keeps seq gap-free and the chain
 * linked; each tip-off has exactly its one event, with the seq the mutation answered; and if
 * the event cannot be written, neither the tip-off nor the reporter's identity is.
 */
let hub: TestHub;
let insurer: string;
let otherInsurer: string;

const RECEIVE = `mutation ($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq tipOff { id number status channel } } }`;
type Received = { receiveTipOff: { auditSeq: string; tipOff: { id: string; number: string; status: string; channel: string } } };
const VERIFY = `{ verifyAuditChain { ok checkedCount firstBroken { seq problem } } }`;

beforeAll(async () => {
  hub = await createTestHub();
  insurer = (await createInsurer(hub.prisma)).id;
  otherInsurer = (await createInsurer(hub.prisma)).id;
});
afterAll(() => hub?.close());

describe('one-statement appends', () => {
  it('interleaved with transactional appends: gap-free seqs, every link verified, one event per tip-off', async () => {
    const before = await hub.prisma.auditEvent.count();
    const received = await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        if (i % 3 === 0) {
          await appendOne(hub.prisma, { data: { i } });
          return null;
        }
        const input = { channel: 'LETTER', summary: `举报：第 ${i} 件`, ...(i % 2 ? { reporterContact: `联系人 ${i}` } : {}) };
        return ok(await hub.exec<Received>(RECEIVE, { input }, insurerAuditor(insurer))).receiveTipOff;
      }),
    );
    const rows = await hub.prisma.auditEvent.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: before + 24 }, (_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const row of rows) {
      expect(row.prevHash).toBe(prev);
      expect(row.hash).toBe(linkHash(prev, row.seq, bodyDigest(row)));
      prev = row.hash;
    }
    for (const r of received.filter((x) => x !== null)) {
      const id = rawOf(r.tipOff.id);
      const events = rows.filter((row) => row.entityId === id);
      expect(events.map((e) => e.seq.toString())).toEqual([r.auditSeq]);
      expect(events[0]).toMatchObject({ type: 'tipOff.received', subject: `TipOff/${id}`, insurerId: insurer, data: { number: r.tipOff.number, channel: 'LETTER', providerId: null } });
      expect(r.tipOff).toMatchObject({ status: 'RECEIVED', channel: 'LETTER' });
      const tipOff = await hub.prisma.tipOff.findUniqueOrThrow({ where: { id } });
      expect(tipOff).toMatchObject({ number: r.tipOff.number, insurerId: insurer, status: 'RECEIVED', version: 1 });
    }
    expect(await hub.prisma.tipOffReporter.count()).toBe(8);
    const report = ok(await hub.exec<{ verifyAuditChain: { ok: boolean; checkedCount: number } }>(VERIFY, {}, platformAdmin()));
    expect(report.verifyAuditChain).toMatchObject({ ok: true, checkedCount: before + 24, firstBroken: null });
  });

  it('a provider the actor cannot see is not found; nothing is written', async () => {
    const elsewhere = await createProvider(hub.prisma, { insurerId: otherInsurer });
    const counts = () => Promise.all([hub.prisma.tipOff.count(), hub.prisma.auditEvent.count()]);
    const before = await counts();
    const input = { channel: 'PHONE', summary: '分解住院', providerId: gid('Provider', elsewhere.id) };
    refused(await hub.exec(RECEIVE, { input }, insurerAdmin(insurer)), 'NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it('when the event cannot be written, neither the tip-off nor the reporter is', async () => {
    const counts = () => Promise.all([hub.prisma.tipOff.count(), hub.prisma.tipOffReporter.count(), hub.prisma.auditEvent.count()]);
    const before = await counts();
    // The superuser makes every event insert fail, as a full disk or a broken trigger would.
    await asSuperuser(hub.db, `CREATE FUNCTION refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no events today'; END $$`);
    await asSuperuser(hub.db, `CREATE TRIGGER refuse_event BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION refuse_event()`);
    try {
      const input = { channel: 'ONLINE', summary: '虚假就医', reporterContact: '匿名' };
      const result = await hub.exec(RECEIVE, { input }, insurerAdmin(insurer));
      expect(result.errors?.length).toBe(1);
      expect(await counts()).toEqual(before);
    } finally {
      await asSuperuser(hub.db, `DROP TRIGGER refuse_event ON "AuditEvent"`);
      await asSuperuser(hub.db, `DROP FUNCTION refuse_event()`);
    }
    ok(await hub.exec(RECEIVE, { input: { channel: 'ONLINE', summary: '虚假就医' } }, insurerAdmin(insurer)));
  });
});
