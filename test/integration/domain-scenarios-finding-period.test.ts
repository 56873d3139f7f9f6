import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAuditor } from '../factories/viewers.js';
import { createAgreement, createInsurer, createProvider, createViolationType, day } from '../factories/records.js';
import { expectNoChange, gid, ok } from './mutation-helpers.js';

/**
 * A violation (违约) is handled under the agreement that bound the provider when it happened
 * (docs/domain/violations.md). Before, a finding could be recorded on an agreement for a period
 * wholly before its term began or after it ended, and its penalty then applied clauses that
 * never bound the provider then.
 */
let hub: TestHub;
let insurer: { id: string };
let agreement: { id: string; number: string };
let violationType: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
  agreement = await createAgreement(hub.prisma, {
    insurerId: insurer.id,
    providerId: provider.id,
    status: 'EXPIRED',
    startsOn: day('2022-01-01'),
    endsOn: day('2023-12-31'),
  });
  violationType = await createViolationType(hub.prisma);
});
afterAll(() => hub.close());

const RECORD = `mutation ($input: RecordFindingInput!) { recordFinding(input: $input) { finding { id } } }`;
const record = (occurredFrom: string | null, occurredTo: string | null) =>
  hub.exec(
    RECORD,
    {
      input: {
        agreementId: gid('Agreement', agreement.id),
        violationTypeId: gid('ViolationType', violationType.id),
        source: 'ON_SITE_INSPECTION',
        description: '挂床住院',
        violatingAmountFen: 1_300_000,
        occurredFrom,
        occurredTo,
        foundOn: '2024-03-01',
      },
    },
    insurerAuditor(insurer.id),
  );
const findings = () => hub.prisma.finding.count({ where: { agreementId: agreement.id } });

describe('a finding’s period meets the term of its agreement', () => {
  it('refuses a period ended before the term or begun after it, in zh and en; one overlapping either end is recorded', async () => {
    const before = await expectNoChange(hub, findings, () => record('2021-03-01', '2021-12-31'), 'BAD_USER_INPUT');
    expect(before.fields).toEqual([
      {
        path: ['input', 'occurredTo'],
        message: `the violation ended before agreement ${agreement.number} began (its term: 2022-01-01 – 2023-12-31)`,
        messageEn: `the violation ended before agreement ${agreement.number} began (its term: 2022-01-01 – 2023-12-31)`,
        messageZh: `违规行为在协议（${agreement.number}）期限（2022-01-01 – 2023-12-31）开始前已结束`,
      },
    ]);
    const after = await expectNoChange(hub, findings, () => record('2024-01-01', null), 'BAD_USER_INPUT');
    expect(after.fields).toMatchObject([{ path: ['input', 'occurredFrom'] }]);
    ok(await record('2021-12-01', '2022-01-01'));
    ok(await record('2023-12-31', '2024-02-01'));
    ok(await record(null, null));
    expect(await findings()).toBe(3);
  });
});
