import { describe, expect, it } from 'vitest';
import { providerStaff } from '../factories/viewers.js';
import { createFinding, createProvider, createAgreement } from '../factories/records.js';
import { DomainError } from '../../server/domain/errors.js';
import { proposePenalty } from '../../server/domain/penalties/propose-penalty.js';
import { issuePenalty } from '../../server/domain/penalties/issue-penalty.js';
import { fileAppeal } from '../../server/domain/penalties/file-appeal.js';
import { executePenalty } from '../../server/domain/penalties/execute-penalty.js';
import { closePenalty } from '../../server/domain/penalties/close-penalty.js';
import { auditCount } from './mutation-helpers.js';
import { penaltyRow, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * The appeal period at its boundary, on a fixed clock (docs/domain/workflows.md "Penalty and
 * appeal": 15 days on the agency's calendar, from the day after the issue, to 24:00 of the last
 * day). Issued at 00:30 on 1 March 2026 in Beijing — still 28 February in UTC, so a period
 * counted on UTC days would end a day early. The last instant is 23:59:59.999 on 16 March in
 * Beijing (15:59:59.999Z): an appeal then is in time, one a millisecond later is not; a
 * termination waits until the period is over, and so does closing an unappealed execution.
 */
usePenaltyWorld();

const ISSUED_AT = new Date('2026-02-28T16:30:00.000Z');
const LAST_INSTANT = new Date('2026-03-16T15:59:59.999Z');
const JUST_AFTER = new Date('2026-03-16T16:00:00.000Z');
const at = (now: Date, actor = w.admin) => ({ actor, requestId: null, now });

async function issuedPenalty(measure: 'RECOVERY' | 'AGREEMENT_TERMINATION') {
  const provider = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
  const agreement = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, providerId: provider.id });
  const finding = await createFinding(w.hub.prisma, { agreementId: agreement.id, violatingAmountFen: 1_300_000n });
  const { penalty } = await proposePenalty(at(new Date('2026-02-27T02:00:00Z'), w.auditor), {
    findingId: finding.id,
    measure,
    legalBasis: '《服务协议》第三十条',
    clauseRef: '第三十条',
  });
  await issuePenalty(at(ISSUED_AT), { id: penalty.id, expectedVersion: 1 });
  return { penalty: await penaltyRow(penalty.id), provider };
}

/** The refusal a command throws, with nothing written (no audit event, the penalty unchanged). */
async function refusal(run: () => Promise<unknown>, penaltyId: string): Promise<DomainError> {
  const [events, before] = [await auditCount(w.hub), await penaltyRow(penaltyId)];
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect(await auditCount(w.hub)).toBe(events);
  expect(await penaltyRow(penaltyId)).toEqual(before);
  return error as DomainError;
}

const appeal = (penaltyId: string, providerId: string, now: Date) =>
  fileAppeal(at(now, providerStaff(providerId)), { penaltyId, kind: 'APPEAL', grounds: '违规金额计算有误' });

describe('the last day of the appeal period, on the agency’s calendar', () => {
  it('sets the deadline at 24:00 Beijing on the 15th day after the agency day of issue', async () => {
    const { penalty } = await issuedPenalty('RECOVERY');
    expect(penalty.appealDeadline).toEqual(LAST_INSTANT);
  });

  it('takes an appeal at the last instant of the last day', async () => {
    const { penalty, provider } = await issuedPenalty('RECOVERY');
    const r = await appeal(penalty.id, provider.id, LAST_INSTANT);
    expect(r.penalty.status).toBe('APPEALED');
  });

  it('refuses one a millisecond later (00:00 on 17 March), naming the last day in zh and en; nothing written', async () => {
    const { penalty, provider } = await issuedPenalty('RECOVERY');
    const e = await refusal(() => appeal(penalty.id, provider.id, JUST_AFTER), penalty.id);
    expect(e.code).toBe('APPEAL_DEADLINE_PASSED');
    expect(e.messageZh).toContain('2026-03-16 24 时届满');
    expect(e.message).toContain('ended at the end of 2026-03-16');
    expect(e.details).toEqual({ appealDeadline: LAST_INSTANT.toISOString() });
  });

  it('a termination is executed only once the period is over: refused at the last instant, executed just after', async () => {
    const { penalty } = await issuedPenalty('AGREEMENT_TERMINATION');
    const e = await refusal(() => executePenalty(at(LAST_INSTANT), { id: penalty.id, expectedVersion: 2 }), penalty.id);
    expect(e.code).toBe('APPEAL_PERIOD_RUNNING');
    expect(e.messageZh).toContain('2026-03-16 24 时');
    const r = await executePenalty(at(JUST_AFTER), { id: penalty.id, expectedVersion: 2 });
    expect(r.penalty).toMatchObject({ status: 'EXECUTED', effectiveFrom: new Date('2026-03-17T00:00:00Z') });
  });

  it('an unappealed execution is closed only once the period is over', async () => {
    const { penalty } = await issuedPenalty('RECOVERY');
    await executePenalty(at(new Date('2026-03-02T02:00:00Z')), { id: penalty.id, expectedVersion: 2 });
    const e = await refusal(() => closePenalty(at(LAST_INSTANT), { id: penalty.id, expectedVersion: 3 }), penalty.id);
    expect(e.code).toBe('APPEAL_PERIOD_RUNNING');
    expect((await closePenalty(at(JUST_AFTER), { id: penalty.id, expectedVersion: 3 })).penalty.status).toBe('CLOSED');
  });
});
