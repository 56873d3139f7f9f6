import { describe, expect, it } from 'vitest';
import { insurerAuditor } from '../factories/viewers.js';
import {
  createAgreement,
  createAppeal,
  createFinding,
  createPenalty,
  createProvider,
  createViolationType,
  day,
} from '../factories/records.js';
import { gid, ok } from './mutation-helpers.js';
import { COMPUTE, useCreditWorld, w, type Ev } from './credit-fixture.js';

/**
 * A provider's credit grade from its year's record (server/domain/credit/README.md; the grades
 * and the blacklist: docs/domain/workflows.md "Annual assessment and credit"): a year without
 * any finding, a record spread over two years, the floor of 0, and a penalty overturned on
 * appeal and then closed, which no longer stands against the provider.
 */
useCreditWorld();

async function ownProvider() {
  const provider = await createProvider(w.hub.prisma, { insurerId: w.insurer.id });
  const agreement = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, providerId: provider.id });
  return { provider, agreement };
}

async function grade(providerId: string, year: number): Promise<Ev> {
  return ok(
    await w.hub.exec<{ computeCreditGrade: { evaluation: Ev } }>(
      COMPUTE,
      { input: { subjectType: 'PROVIDER', subjectId: gid('Provider', providerId), year } },
      insurerAuditor(w.insurer.id),
    ),
  ).computeCreditGrade.evaluation;
}

describe('credit from the year’s record', () => {
  it('a year without any finding, penalty or assessment: the full 100 points, grade A, nothing listed', async () => {
    const { provider } = await ownProvider();
    expect(await grade(provider.id, 2025)).toMatchObject({ score: '100', grade: 'A', blacklisted: false, deductions: [] });
  });

  it('across years: the violation counts in the year it was found, its penalty in the year it was issued; no repeat across the new year', async () => {
    const { provider, agreement } = await ownProvider();
    const billing = await createViolationType(w.hub.prisma, { category: 'BILLING' });
    const late = await createFinding(w.hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: billing.id,
      status: 'PENALISED',
      foundOn: day('2024-12-20'),
    });
    // Issued at 00:30 on 1 January 2025 in Beijing (16:30 UTC the day before): a 2025 penalty.
    await createPenalty(w.hub.prisma, {
      findingId: late.id,
      measure: 'LIQUIDATED_DAMAGES',
      status: 'EXECUTED',
      issuedAt: new Date('2024-12-31T16:30:00Z'),
    });
    await createFinding(w.hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: billing.id,
      status: 'CLOSED',
      foundOn: day('2025-01-05'),
    });
    // 2024: 100 − 10 (billing) = 90 → A.
    const y2024 = await grade(provider.id, 2024);
    expect(y2024.deductions.map((d) => [d.rule, d.points])).toEqual([['VIOLATION', 10]]);
    expect(y2024).toMatchObject({ score: '90', grade: 'A' });
    // 2025: 100 − 10 (the second billing violation, the first of its year: no repeat) − 6 (liquidated damages) = 84 → B.
    const y2025 = await grade(provider.id, 2025);
    expect(y2025.deductions.map((d) => [d.rule, d.points])).toEqual([
      ['VIOLATION', 10],
      ['PENALTY', 6],
    ]);
    expect(y2025).toMatchObject({ score: '84', grade: 'B' });
  });

  it('never below 0: a year of terminations and referrals scores 0, grade D, blacklisted', async () => {
    const { provider, agreement } = await ownProvider();
    const card = await createViolationType(w.hub.prisma, { category: 'CARD_MISUSE' });
    for (const month of ['02', '05']) {
      const f = await createFinding(w.hub.prisma, {
        agreementId: agreement.id,
        violationTypeId: card.id,
        status: 'PENALISED',
        foundOn: day(`2025-${month}-01`),
      });
      await createPenalty(w.hub.prisma, { findingId: f.id, measure: 'JUDICIAL_REFERRAL', status: 'EXECUTED', issuedAt: day(`2025-${month}-10`) });
      await createPenalty(w.hub.prisma, { findingId: f.id, measure: 'BLACKLIST', status: 'EXECUTED', issuedAt: day(`2025-${month}-10`) });
    }
    // 15 + 15 + 5 + 2 × (40 + 41) = 197 points of deductions, all listed; the score stops at 0.
    const e = await grade(provider.id, 2025);
    expect(e.deductions.reduce((s, d) => s + d.points, 0)).toBe(197);
    expect(e).toMatchObject({ score: '0', grade: 'D', blacklisted: true });
  });

  it('a penalty overturned on appeal does not count, nor its finding when it was the only one, nor once closed', async () => {
    const { provider, agreement } = await ownProvider();
    const documentation = await createViolationType(w.hub.prisma, { category: 'DOCUMENTATION' });
    const f = await createFinding(w.hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: documentation.id,
      status: 'PENALISED',
      foundOn: day('2025-03-01'),
    });
    const p = await createPenalty(w.hub.prisma, {
      findingId: f.id,
      measure: 'AGREEMENT_SUSPENSION',
      status: 'OVERTURNED',
      issuedAt: day('2025-03-10'),
      decidedAt: day('2025-03-20'),
    });
    await createAppeal(w.hub.prisma, { penaltyId: p.id, decision: 'OVERTURN', decidedAt: day('2025-03-20') });
    // The only penalty was overturned: neither the suspension's 15 points nor the violation's 3.
    expect(await grade(provider.id, 2025)).toMatchObject({ score: '100', grade: 'A', deductions: [] });
    await w.hub.prisma.penalty.update({ where: { id: p.id }, data: { status: 'CLOSED', closedAt: day('2025-04-01') } });
    await w.hub.prisma.finding.update({ where: { id: f.id }, data: { status: 'CLOSED' } });
    expect(await grade(provider.id, 2025)).toMatchObject({ score: '100', grade: 'A', deductions: [] });

    // A finding with another penalty that stands (a warning upheld) still counts, once.
    const g = await createFinding(w.hub.prisma, {
      agreementId: agreement.id,
      violationTypeId: documentation.id,
      status: 'PENALISED',
      foundOn: day('2025-05-01'),
    });
    const q = await createPenalty(w.hub.prisma, { findingId: g.id, measure: 'DEDUCTION', status: 'OVERTURNED', issuedAt: day('2025-05-10') });
    await createAppeal(w.hub.prisma, { penaltyId: q.id, decision: 'OVERTURN', decidedAt: day('2025-05-20') });
    await createPenalty(w.hub.prisma, { findingId: g.id, measure: 'WARNING', status: 'EXECUTED', issuedAt: day('2025-05-10') });
    const e = await grade(provider.id, 2025);
    expect(e.deductions.map((d) => d.rule)).toEqual(['VIOLATION', 'PENALTY']);
    // 100 − 3 (documentation) − 2 (warning) = 95; no repeat: the overturned finding is not the first.
    expect(e).toMatchObject({ score: '95', grade: 'A' });
  });
});
