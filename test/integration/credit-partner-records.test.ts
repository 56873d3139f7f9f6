import { describe, expect, it } from 'vitest';
import { insurerAdmin, insurerAuditor, partnerViewer, providerStaff } from '../factories/viewers.js';
import { createAgreement, createProvider, day } from '../factories/records.js';
import { createFinding, createPenalty, createViolationType } from '../factories/supervision.js';
import { audienceAllows, resolveAudience } from '../../server/policy/audience.js';
import { gid, ok } from './mutation-helpers.js';
import { COMPUTE, type Ev } from './credit-fixture.js';
import { partners, raw, useEntrustedPartners, usePenaltyWorld, w } from './penalty-fixture.js';

/**
 * A provider's credit grade lists its deductions: each confirmed finding and each penalty of the
 * year, by number and violation type. Every partner the insurer entrusts reads the provider's
 * grades (rows-supervision: creditEvaluation) and their `credit.graded` events, while a finding
 * a partner recorded, and the penalty taken on it, are that partner's records
 * (partner-own-findings.test.ts). The deductions named them — number, violation type, measure —
 * to the other partners. Another partner's records now count in the score, unnamed.
 */
usePenaltyWorld();
useEntrustedPartners();

const DEDUCTIONS = `query($id: ID!) { node(id: $id) { ... on CreditEvaluation { score deductions { rule ref points labelZh labelEn } } } }`;
type Read = { node: { score: string; deductions: Ev['deductions'] } | null };

async function gradedProvider() {
  const provider = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
  const agreement = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, providerId: provider.id });
  const secret = await createViolationType(w.hub.prisma, {
    category: 'BILLING',
    nameZh: '调查所得：虚构诊疗',
    nameEn: 'Investigated: fictitious care',
  });
  const investigated = await createFinding(w.hub.prisma, {
    agreementId: agreement.id,
    partnerId: partners.investigator,
    source: 'PARTNER_INVESTIGATION',
    violationTypeId: secret.id,
    status: 'PENALISED',
    foundOn: day('2025-04-01'),
  });
  const penalty = await createPenalty(w.hub.prisma, {
    findingId: investigated.id,
    measure: 'LIQUIDATED_DAMAGES',
    status: 'EXECUTED',
    issuedAt: day('2025-04-10'),
  });
  const agency = await createFinding(w.hub.prisma, {
    agreementId: agreement.id,
    status: 'CLOSED',
    foundOn: day('2025-06-01'),
  });
  const graded = ok(
    await w.hub.exec<{ computeCreditGrade: { evaluation: Ev & { id: string } } }>(
      COMPUTE,
      { input: { subjectType: 'PROVIDER', subjectId: gid('Provider', provider.id), year: 2025 } },
      insurerAuditor(w.insurer.id),
    ),
  ).computeCreditGrade.evaluation;
  return {
    provider,
    graded,
    secrets: [investigated.number, penalty.number, '虚构诊疗', 'fictitious care'],
    agencyNumber: agency.number,
  };
}

const read = async (id: string, viewer: Parameters<typeof w.hub.exec>[2]) =>
  ok(await w.hub.exec<Read>(DEDUCTIONS, { id }, viewer)).node!;

describe('a provider’s credit grade and another partner’s records', () => {
  it('the other partners read the score and every deduction’s points, not which record of the partner it was', async () => {
    const { graded, secrets, agencyNumber } = await gradedProvider();
    const seen = await read(graded.id, partnerViewer(partners.bystander));
    expect(seen.score).toBe(graded.score);
    expect(seen.deductions.map((d) => [d.rule, d.points])).toEqual(
      graded.deductions.map((d) => [d.rule, d.points]),
    );
    const text = JSON.stringify(seen.deductions);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain(agencyNumber);
  });

  it('the insurer, the provider and the partner that recorded them still read them named', async () => {
    const { provider, graded, secrets } = await gradedProvider();
    for (const viewer of [
      insurerAdmin(w.insurer.id),
      providerStaff(provider.id),
      partnerViewer(partners.investigator),
    ]) {
      const text = JSON.stringify((await read(graded.id, viewer)).deductions);
      for (const secret of secrets) expect(text).toContain(secret);
    }
  });

  it('its credit.graded event, which every entrusted partner receives, names no partner’s record', async () => {
    const { graded, secrets, agencyNumber } = await gradedProvider();
    const [event] = await w.hub.prisma.auditEvent.findMany({
      where: { subject: `CreditEvaluation/${raw(graded.id)}` },
    });
    expect(
      audienceAllows(await resolveAudience(w.hub.prisma, partnerViewer(partners.bystander)), event!),
    ).toBe(true);
    const text = JSON.stringify(event!.data);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain(agencyNumber);
  });
});
