import { describe, expect, it } from 'vitest';
import type { FormattedExecutionResult } from 'graphql';
import { insurerAuditor } from '../factories/viewers.js';
import { createAgreement, createProvider, day } from '../factories/records.js';
import { agencyToday, auditCount, gid, plusDays } from './mutation-helpers.js';
import { RENEW, useAgreementWorld, w } from './agreement-fixture.js';

/**
 * An annual assessment published twice at once, an agreement renewed twice at once: one result,
 * one renewal, one event; the other request is refused as the sequential second one is
 * (CONFLICT naming what exists), not as a clash of record numbers.
 */
useAgreementWorld();

const PUBLISH = `mutation ($input: PublishAssessmentInput!) { publishAssessment(input: $input) { auditSeq assessment { result } } }`;
const codeOf = (r: FormattedExecutionResult<unknown>) => r.errors?.[0]?.extensions?.code ?? 'OK';

async function agreement(endsInDays: number) {
  const provider = await createProvider(w.hub.prisma, { insurerId: w.insurerA.id });
  return createAgreement(w.hub.prisma, {
    insurerId: w.insurerA.id,
    providerId: provider.id,
    startsOn: day(`${agencyToday().getUTCFullYear() - 2}-01-01`),
    endsOn: plusDays(agencyToday(), endsInDays),
  });
}

describe('twice at once', () => {
  it('an assessment published twice: one result, one event, the other refused as already published', async () => {
    const a = await agreement(400);
    const input = { agreementId: gid('Agreement', a.id), year: agencyToday().getUTCFullYear() - 1, score: '88' };
    const before = await auditCount(w.hub);
    const results = await Promise.all([
      w.hub.exec(PUBLISH, { input }, insurerAuditor(w.insurerA.id)),
      w.hub.exec(PUBLISH, { input: { ...input, score: '91' } }, insurerAuditor(w.insurerA.id)),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    const refusal = results.find((r) => r.errors)!.errors![0]!;
    expect(refusal.extensions?.messageZh).toContain('年度考核结果已公布');
    expect(await auditCount(w.hub)).toBe(before + 1);
    expect(await w.hub.prisma.assessment.count({ where: { agreementId: a.id } })).toBe(1);
  });

  it('an agreement renewed twice: one successor, the other refused as already renewed', async () => {
    const a = await agreement(30);
    const before = await auditCount(w.hub);
    const results = await Promise.all([
      w.hub.exec(RENEW, { input: { id: gid('Agreement', a.id), expectedVersion: 1 } }, w.adminA),
      w.hub.exec(RENEW, { input: { id: gid('Agreement', a.id), expectedVersion: 1 } }, w.adminA),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    const successor = await w.hub.prisma.agreement.findFirstOrThrow({ where: { renewedFromId: a.id } });
    expect(results.find((r) => r.errors)!.errors![0]!.extensions?.messageZh).toBe(`协议（${a.number}）已续签为 ${successor.number}`);
    // The old agreement's renewal event and the new draft's.
    expect(await auditCount(w.hub)).toBe(before + 2);
    expect(await w.hub.prisma.agreement.count({ where: { renewedFromId: a.id } })).toBe(1);
  });
});
