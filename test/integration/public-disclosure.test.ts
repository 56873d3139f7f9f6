import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerViewer } from '../factories/viewers.js';
import {
  createAgreement,
  createCreditEvaluation,
  createFinding,
  createInsuredPerson,
  createInsurer,
  createPenalty,
  createPhysician,
  createProvider,
} from '../factories/records.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/logger.js';
import { publicRoutes } from '../../server/public/routes.js';
import { eventBySeq, expectNoChange, gid, ok } from './mutation-helpers.js';

let hub: TestHub;
let server: Server;
let base: string;
let insurer: { id: string };
let provider: { id: string; nameZh: string };
let hidden: { id: string; nameZh: string };
let penaltyId: string;
let personalPenaltyId: string;
let proposedPenaltyId: string;
let blacklistId: string;
const PERSON = { name: '赵六', id: '340503199001019999' };

/** Exactly the published model's fields, written out so that a new column fails this test. */
const PUBLIC_KEYS = [
  'amountFen',
  'creditGrade',
  'decidedOn',
  'id',
  'insurerNameEn',
  'insurerNameZh',
  'kind',
  'measures',
  'providerKind',
  'providerNameEn',
  'providerNameZh',
  'publishedAt',
  'regionCode',
  'violationsEn',
  'violationsZh',
  'year',
];

function listen(limit: number): Promise<{ server: Server; base: string }> {
  const app = express();
  app.set('trust proxy', 'loopback');
  app.use(
    '/public',
    publicRoutes(
      loadConfig({ NODE_ENV: 'test', PUBLIC_RATE_LIMIT_PER_MINUTE: String(limit) }),
      createLogger('silent'),
    ),
  );
  return new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () =>
      resolve({ server: s, base: `http://127.0.0.1:${(s.address() as AddressInfo).port}` }),
    );
  });
}

beforeAll(async () => {
  hub = await createTestHub();
  ({ server, base } = await listen(1000));
  insurer = await createInsurer(hub.prisma);
  provider = await createProvider(hub.prisma, { insurerId: insurer.id, nameZh: '姚家寨康复医院' });
  hidden = await createProvider(hub.prisma, { insurerId: insurer.id, nameZh: '未公开的诊所' });
  const agreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  const person = await createInsuredPerson(hub.prisma, {
    insurerId: insurer.id,
    nameZh: PERSON.name,
    idNumber: PERSON.id,
  });
  const physician = await createPhysician(hub.prisma, { primaryProviderId: provider.id, nameZh: '钱医生' });
  const finding = await createFinding(hub.prisma, {
    agreementId: agreement.id,
    insuredPersonId: person.id,
    physicianId: physician.id,
    description: `${PERSON.name}（${PERSON.id}）冒名住院，钱医生开具`,
  });
  penaltyId = (
    await createPenalty(hub.prisma, {
      findingId: finding.id,
      status: 'EXECUTED',
      executedAt: new Date('2026-03-02T03:00:00Z'),
      notes: PERSON.name,
    })
  ).id;
  personalPenaltyId = (
    await createPenalty(hub.prisma, {
      findingId: finding.id,
      target: 'INSURED_PERSON',
      insuredPersonId: person.id,
      measure: 'INSURED_SETTLEMENT_SUSPENSION',
      status: 'EXECUTED',
    })
  ).id;
  proposedPenaltyId = (await createPenalty(hub.prisma, { findingId: finding.id })).id;
  const hiddenAgreement = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: hidden.id });
  const hiddenFinding = await createFinding(hub.prisma, { agreementId: hiddenAgreement.id });
  await createPenalty(hub.prisma, { findingId: hiddenFinding.id, status: 'EXECUTED' });
  blacklistId = (
    await createCreditEvaluation(hub.prisma, {
      insurerId: insurer.id,
      providerId: provider.id,
      score: '40.00',
      grade: 'D',
      blacklisted: true,
    })
  ).id;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await hub.close();
});

const PUBLISH = `mutation ($input: PublishDisclosureInput!) { publishDisclosure(input: $input) { auditSeq disclosure { id kind providerNameZh measures } } }`;
const WITHDRAW = `mutation ($input: WithdrawDisclosureInput!) { withdrawDisclosure(input: $input) { auditSeq disclosure { withdrawnAt } } }`;
/** The JSON answers: a list (total, items) or one item. */
type PublicBody = { total: number; items: { id: string; kind: string }[] } & Record<string, unknown>;
const getJson = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, body: (await res.json()) as PublicBody };
};

describe('public disclosure (曝光)', () => {
  it('publishes a typical case and a blacklisted provider; the anonymous view shows only the published model', async () => {
    const admin = insurerAdmin(insurer.id);
    const t = ok(
      await hub.exec<{ publishDisclosure: { auditSeq: string; disclosure: { id: string } } }>(
        PUBLISH,
        { input: { kind: 'TYPICAL_CASE', penaltyId: gid('Penalty', penaltyId) } },
        admin,
      ),
    ).publishDisclosure;
    expect(await eventBySeq(hub, t.auditSeq)).toMatchObject({
      type: 'publicDisclosure.published',
      insurerId: insurer.id,
      providerId: provider.id,
    });
    ok(
      await hub.exec(
        PUBLISH,
        { input: { kind: 'BLACKLISTED_PROVIDER', creditEvaluationId: gid('CreditEvaluation', blacklistId) } },
        admin,
      ),
    );
    const list = await getJson('/public/api/disclosures');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(2);
    for (const item of list.body.items) expect(Object.keys(item).sort()).toEqual(PUBLIC_KEYS);
    const kinds = list.body.items.map((i) => i.kind).sort();
    expect(kinds).toEqual(['BLACKLISTED_PROVIDER', 'TYPICAL_CASE']);
    const page = await (await fetch(`${base}/public/`)).text();
    for (const text of [JSON.stringify(list.body), page]) {
      expect(text).toContain('姚家寨康复医院');
      for (const secret of [
        PERSON.name,
        PERSON.id,
        '钱医生',
        hidden.nameZh,
        insurer.id,
        provider.id,
        penaltyId,
      ])
        expect(text).not.toContain(secret);
    }
    expect(page).not.toMatch(/<script|https?:\/\//);
    const one = await getJson(`/public/api/disclosures/${list.body.items[0]!.id}`);
    expect(Object.keys(one.body).sort()).toEqual(PUBLIC_KEYS);
    expect((await getJson('/public/api/disclosures?kind=TYPICAL_CASE')).body.total).toBe(1);
    expect((await getJson('/public/api/disclosures?limit=1000')).status).toBe(400);
    // A repeated or bracketed parameter is refused, not ignored (which would list every kind).
    expect((await getJson('/public/api/disclosures?kind[]=TYPICAL_CASE')).status).toBe(400);
    expect((await getJson('/public/api/disclosures?kind=TYPICAL_CASE&kind=BLACKLISTED_PROVIDER')).status).toBe(400);
    expect((await getJson('/public/api/disclosures/not-an-id')).status).toBe(404);
  });

  it('withdrawn items disappear at once; withdrawing is an event', async () => {
    const list = await getJson('/public/api/disclosures?kind=TYPICAL_CASE');
    const id = list.body.items[0]!.id;
    const w = ok(
      await hub.exec<{ withdrawDisclosure: { auditSeq: string } }>(
        WITHDRAW,
        { input: { id: gid('PublicDisclosure', id), reason: '处理决定被撤销' } },
        insurerAdmin(insurer.id),
      ),
    ).withdrawDisclosure;
    expect(await eventBySeq(hub, w.auditSeq)).toMatchObject({
      type: 'publicDisclosure.withdrawn',
      data: expect.objectContaining({ reason: '处理决定被撤销' }),
    });
    expect((await getJson('/public/api/disclosures?kind=TYPICAL_CASE')).body.total).toBe(0);
    expect((await getJson(`/public/api/disclosures/${id}`)).status).toBe(404);
    const row = () => hub.prisma.publicDisclosure.findMany();
    await expectNoChange(
      hub,
      row,
      () =>
        hub.exec(
          WITHDRAW,
          { input: { id: gid('PublicDisclosure', id), reason: 'x' } },
          insurerAdmin(insurer.id),
        ),
      'ILLEGAL_TRANSITION',
    );
  });

  it('refuses persons’ penalties, unexecuted ones, duplicates, viewers and other insurers', async () => {
    const admin = insurerAdmin(insurer.id);
    const count = () => hub.prisma.publicDisclosure.count();
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          PUBLISH,
          { input: { kind: 'TYPICAL_CASE', penaltyId: gid('Penalty', personalPenaltyId) } },
          admin,
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          PUBLISH,
          { input: { kind: 'TYPICAL_CASE', penaltyId: gid('Penalty', proposedPenaltyId) } },
          admin,
        ),
      'BAD_USER_INPUT',
    );
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          PUBLISH,
          {
            input: { kind: 'BLACKLISTED_PROVIDER', creditEvaluationId: gid('CreditEvaluation', blacklistId) },
          },
          admin,
        ),
      'CONFLICT',
    );
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          PUBLISH,
          { input: { kind: 'TYPICAL_CASE', penaltyId: gid('Penalty', penaltyId) } },
          insurerViewer(insurer.id),
        ),
      'FORBIDDEN',
    );
    const other = await createInsurer(hub.prisma);
    await expectNoChange(
      hub,
      count,
      () =>
        hub.exec(
          PUBLISH,
          { input: { kind: 'TYPICAL_CASE', penaltyId: gid('Penalty', penaltyId) } },
          insurerAdmin(other.id),
        ),
      'NOT_FOUND',
    );
    await expectNoChange(
      hub,
      count,
      () => hub.exec(PUBLISH, { input: { kind: 'TYPICAL_CASE' } }, admin),
      'BAD_USER_INPUT',
    );
  });

  it('is rate-limited per IP', async () => {
    const limited = await listen(3);
    const codes: number[] = [];
    for (let i = 0; i < 4; i += 1) codes.push((await fetch(`${limited.base}/public/api/disclosures`)).status);
    await new Promise((r) => limited.server.close(r));
    expect(codes).toEqual([200, 200, 200, 429]);
  });
});
