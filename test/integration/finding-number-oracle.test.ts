import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAuditor, partnerViewer } from '../factories/viewers.js';
import { createAgreement, createFinding, createInsurer, createPartner, createProvider, createViolationType } from '../factories/records.js';
import { agencyToday, gid, iso } from './mutation-helpers.js';

/**
 * A finding's number was unique nationally and chosen by whoever recorded it, a partner too:
 * recording one numbered like another insurer's finding answered CONFLICT ("a record with the
 * same unique number already exists") and one never used was written. Numbers are sequential
 * (F-XZ-2026-0001…), so a partner could list which findings other insurers hold, and take a
 * number before the insurer that owns the sequence. Numbers are now unique per insurer, and a
 * partner's findings are numbered by the hub (it does not see other partners' findings of the
 * same insurer, whose numbers it would otherwise probe the same way).
 */
let hub: TestHub;
let insurerId: string;
let mine: { id: string };
let elsewhere: string;
let sameInsurerOtherPartner: string;
let partner: string;
let violationTypeId: string;
beforeAll(async () => {
  hub = await createTestHub();
  const insurer = await createInsurer(hub.prisma);
  insurerId = insurer.id;
  const other = await createInsurer(hub.prisma);
  const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  const otherProvider = await createProvider(hub.prisma, { insurerId: other.id });
  mine = await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id });
  const theirs = await createAgreement(hub.prisma, { insurerId: other.id, providerId: otherProvider.id });
  partner = (await createPartner(hub.prisma)).id;
  const rival = (await createPartner(hub.prisma)).id;
  for (const partnerId of [partner, rival])
    await createAgreement(hub.prisma, { insurerId: insurer.id, partnerId, entrustedWork: ['CASE_RECORD_REVIEW'] });
  violationTypeId = (await createViolationType(hub.prisma)).id;
  elsewhere = (await createFinding(hub.prisma, { agreementId: theirs.id })).number;
  sameInsurerOtherPartner = (
    await createFinding(hub.prisma, { agreementId: mine.id, partnerId: rival, source: 'PARTNER_INVESTIGATION' })
  ).number;
});
afterAll(() => hub?.close());

const RECORD = `mutation ($input: RecordFindingInput!) { recordFinding(input: $input) { finding { number } } }`;
const input = (number: string | null, source = 'PARTNER_INVESTIGATION') => ({
  agreementId: gid('Agreement', mine.id),
  violationTypeId: gid('ViolationType', violationTypeId),
  source,
  description: '入院记录与结算清单不符',
  violatingAmountFen: 10_000,
  foundOn: iso(agencyToday()),
  ...(number ? { number } : {}),
});
type Recorded = { recordFinding: { finding: { number: string } } | null };
const codes = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors ?? []).map((e) => e.extensions?.code);

describe('a finding number chosen by its recorder', () => {
  it('is refused from a partner, the same for a number in use elsewhere and one never used', async () => {
    const answers = [];
    for (const number of [elsewhere, sameInsurerOtherPartner, `${elsewhere}-never-used`]) {
      const result = await hub.exec<Recorded>(RECORD, { input: input(number) }, partnerViewer(partner));
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      const fields = result.errors![0]!.extensions!.fields as { path: string[]; message: string; messageZh: string }[];
      answers.push(fields);
    }
    expect(answers[0]).toEqual([expect.objectContaining({ path: ['input', 'number'], messageZh: expect.stringContaining('系统编号') })]);
    // One answer for all three: nothing tells a number in use from one never used.
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(await hub.prisma.finding.count({ where: { partnerId: partner } })).toBe(0);
  });

  it('is numbered by the hub when a partner leaves it out', async () => {
    const result = await hub.exec<Recorded>(RECORD, { input: input(null) }, partnerViewer(partner));
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordFinding!.finding.number).toMatch(/^FND-/);
  });

  it('from agency staff clashes only with their own insurer’s findings, beside the field in zh and en', async () => {
    const auditor = insurerAuditor(insurerId);
    // Another insurer's number is free here: it tells nothing about that insurer.
    const taken = await hub.exec<Recorded>(RECORD, { input: input(elsewhere, 'ON_SITE_INSPECTION') }, auditor);
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.recordFinding!.finding.number).toBe(elsewhere);
    // The insurer's own number (a partner's finding, which its staff see) is refused beside the field.
    const again = await hub.exec<Recorded>(RECORD, { input: input(sameInsurerOtherPartner, 'ON_SITE_INSPECTION') }, auditor);
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors![0]!.extensions!.fields).toEqual([
      expect.objectContaining({ path: ['input', 'number'], message: 'another finding of this insurer has this number', messageZh: '本医保部门已有违规使用该编号' }),
    ]);
  });
});
