import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementKind, AgreementStatus, PenaltyMeasure } from '../server/db/generated/prisma/enums.js';
import { createEmbeddedTemplate, type EmbeddedDatabase } from '../server/db/embedded.js';
import { createPrismaClient, type AppPrismaClient } from '../server/db/prisma-client.js';
import { verifyPassword } from '../server/auth/password.js';
import { hashApiKey } from '../server/auth/api-key.js';
import { VIOLATION_TYPES } from '../server/domain/catalogue/violation-types.js';
import { AUDIT_RULES } from '../server/domain/catalogue/audit-rules.js';
import { DEMO_API_CLIENTS, DEMO_PASSWORD } from './seed/identities.js';
import { seedDemo } from './seed.js';
import { RULES } from '../server/domain/monitoring/rules/index.js';

let db: EmbeddedDatabase;
let prisma: AppPrismaClient;

beforeAll(async () => {
  const template = await createEmbeddedTemplate();
  db = await template.clone();
  prisma = createPrismaClient(db.adapterFactory);
  expect((await seedDemo(prisma)).seeded).toBe(true);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.close();
});

describe('seedDemo', () => {
  it('is a no-op on a database that already has insurers', async () => {
    const before = await prisma.agreement.count();
    expect((await seedDemo(prisma)).seeded).toBe(false);
    expect(await prisma.agreement.count()).toBe(before);
  });

  it("carries the Ma'anshan maternity case: 36,430 yuan deducted at 2x = 72,860 yuan", async () => {
    const penalty = await prisma.penalty.findFirstOrThrow({ where: { amountFen: 7_286_000n }, include: { finding: true, agreement: true } });
    expect(penalty.baseAmountFen).toBe(3_643_000n);
    expect(penalty.multiple?.toString()).toBe('2');
    expect(penalty.finding.violatingAmountFen).toBe(3_643_000n);
    expect(penalty.agreement.kind).toBe('MATERNITY_SERVICE');
    const maternity2018 = await prisma.assessment.findMany({ where: { year: 2018, agreement: { kind: 'MATERNITY_SERVICE' } } });
    expect(maternity2018.length).toBeGreaterThanOrEqual(3);
    for (const a of maternity2018) expect(Number(a.score)).toBeGreaterThanOrEqual(90);
  });

  it('has every agreement kind and status, each agreement with a version, clauses and indicators', async () => {
    const kinds = await prisma.agreement.groupBy({ by: ['kind'], _count: true });
    expect(kinds.map((k) => k.kind).sort()).toEqual(Object.values(AgreementKind).sort());
    const statuses = await prisma.agreement.groupBy({ by: ['status'], _count: true });
    expect(statuses.map((s) => s.status).sort()).toEqual(Object.values(AgreementStatus).sort());
    const bare = await prisma.agreement.count({ where: { versions: { none: {} } } });
    expect(bare).toBe(0);
    const version = await prisma.agreementVersion.findFirstOrThrow({ include: { clauses: true, indicators: true } });
    expect(version.clauses.length).toBeGreaterThan(0);
    expect(version.indicators.length).toBeGreaterThan(0);
    expect(await prisma.agreement.count({ where: { renewedFromId: { not: null } } })).toBeGreaterThan(0);
  });

  it('bans a terminated provider from reapplying for 3 years', async () => {
    const yjz = await prisma.provider.findFirstOrThrow({ where: { nameZh: '姚家寨康复医院' }, include: { agreements: true } });
    expect(yjz.status).toBe('TERMINATED');
    const terminated = yjz.agreements.find((a) => a.status === 'TERMINATED')!;
    expect(yjz.reapplicationBannedUntil!.getUTCFullYear() - terminated.terminatedAt!.getUTCFullYear()).toBe(3);
  });

  it('has every catalogue violation type with zh and en names, and every rule', async () => {
    const rows = await prisma.violationType.findMany();
    expect(rows.map((r) => r.code).sort()).toEqual(VIOLATION_TYPES.map((v) => v.code).sort());
    for (const r of rows) {
      expect(r.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.nameEn).toMatch(/[A-Za-z]/);
    }
    const rules = await prisma.auditRule.findMany({ where: { insurer: { code: 'MAS' } } });
    // The catalogue's rules as recorded, each shipped rule definition installed (adopting a
    // catalogue rule of the same code).
    expect(rules.length).toBeGreaterThanOrEqual(AUDIT_RULES.length);
    expect(rules.map((r) => r.ruleKey).filter(Boolean).sort()).toEqual(RULES.map((r) => r.key).sort());
    expect(await prisma.ruleHit.count({ where: { findingId: { not: null } } })).toBeGreaterThan(0);
  });

  it('uses every penalty measure and has decided and pending appeals', async () => {
    const measures = await prisma.penalty.groupBy({ by: ['measure'], _count: true });
    expect(measures.map((m) => m.measure).sort()).toEqual(Object.values(PenaltyMeasure).sort());
    expect(await prisma.appeal.count({ where: { decision: { not: null } } })).toBeGreaterThan(0);
    expect(await prisma.appeal.count({ where: { decision: null } })).toBeGreaterThan(0);
  });

  it('rewards tip-offs by the 1 % / 100,000-yuan rule', async () => {
    const tips = await prisma.tipOff.findMany({ where: { verifiedAmountFen: { not: null } } });
    const big = tips.find((t) => t.verifiedAmountFen! >= 5_000_000n)!;
    expect(big.rewardKind).toBe('MONETARY');
    const onePercent = big.verifiedAmountFen! / 100n;
    expect(big.rewardFen).toBe(onePercent < 10_000_000n ? onePercent : 10_000_000n);
    const small = tips.find((t) => t.verifiedAmountFen! < 5_000_000n)!;
    expect(small.rewardKind).toBe('COMMENDATION');
  });

  it('grades credit A to D with a blacklisted D', async () => {
    const grades = await prisma.creditEvaluation.groupBy({ by: ['grade'], _count: true });
    expect(grades.map((g) => g.grade).sort()).toEqual(['A', 'B', 'C', 'D']);
    expect(await prisma.creditEvaluation.count({ where: { grade: 'D', blacklisted: true } })).toBeGreaterThan(0);
  });

  it('creates demo users for every staff role and partner API keys, hashed', async () => {
    const users = await prisma.user.findMany();
    expect(new Set(users.map((u) => u.role))).toEqual(
      new Set(['PLATFORM_ADMIN', 'INSURER_ADMIN', 'INSURER_AUDITOR', 'INSURER_VIEWER', 'PROVIDER_STAFF']),
    );
    const admin = users.find((u) => u.username === 'admin')!;
    expect(admin.passwordHash).not.toContain(DEMO_PASSWORD);
    expect(await verifyPassword(DEMO_PASSWORD, admin.passwordHash)).toBe(true);
    const picc = DEMO_API_CLIENTS.find((c) => c.key === 'picc')!;
    const key = await prisma.apiKey.findUniqueOrThrow({ where: { prefix: 'demopicc' }, include: { apiClient: { include: { partner: true } } } });
    expect(key.keyHash).toBe(hashApiKey(picc.apiKey));
    expect(key.apiClient.partner?.nameZh).toContain('人保财险');
    expect(await prisma.apiClient.count({ where: { role: 'INTEGRATOR' } })).toBe(1);
  });

  it('writes audit events only for what went through import commands (knowledge, claims)', async () => {
    const types = await prisma.auditEvent.groupBy({ by: ['type'], _count: true });
    expect(types.map((t) => t.type).sort()).toEqual(['claims.imported', 'knowledge.imported']);
  });

  it('seeds a screened month of Ma\'anshan claims with violations in it', async () => {
    const claims = await prisma.claim.count({ where: { settlementId: { startsWith: 'MAS' } } });
    expect(claims).toBeGreaterThanOrEqual(1500);
    expect(await prisma.ruleHit.count({ where: { stage: 'AFTER', claimRef: { startsWith: 'MAS' } } })).toBeGreaterThan(50);
  });
  it('gives every supervision screen rows on first start (ended suspensions, notices, referrals, applications, reports, disclosures)', async () => {
    // Insured persons' settlement comes back only after the term, on request and pledge (S2).
    const ended = await prisma.sanctionEnd.findMany();
    expect(ended).toHaveLength(2);
    for (const e of ended) {
      expect(e).toMatchObject({ reason: 'TERM_ENDED', requestDocumentRef: expect.any(String), pledgeDocumentRef: expect.any(String) });
      expect(e.endedOn.getTime()).toBeGreaterThan(e.suspendedUntil!.getTime());
    }
    expect((await prisma.dispatchedDocument.findMany()).map((d) => d.deliveryStatus).sort()).toEqual(['DELIVERED', 'DISPATCHED']);
    expect((await prisma.referral.findMany()).map((r) => r.kind).sort()).toEqual(['JOINT_PUNISHMENT', 'JUDICIAL']);
    expect((await prisma.designationApplication.findMany()).map((a) => a.status).sort()).toEqual(['EVALUATED', 'REFUSED', 'SUBMITTED']);
    const reports = await prisma.monthlyReport.findMany({ include: { lines: true }, orderBy: { period: 'asc' } });
    expect(reports.map((r) => [r.period, r.late, r.lines.length])).toEqual([['2026-09', false, 3], ['2026-10', true, 3]]);
    expect(reports[0]!.totalFen).toBe(reports[0]!.lines.reduce((s, l) => s + l.amountFen, 0n));
    expect(await prisma.agreement.count({ where: { serviceFeeBaseFen: { not: null } } })).toBe(1);
    expect((await prisma.publicDisclosure.findMany({ where: { withdrawnAt: null } })).map((d) => d.kind).sort()).toEqual([
      'BLACKLISTED_PROVIDER',
      'TYPICAL_CASE',
    ]);
  });

  it('keeps every seeded settlement suspension in the history monitoring and the person page read', async () => {
    // Each member the seed suspends has the suspension's row, from its first day, as executing
    // the penalty would have written it; without it INSURED_SUSPENDED finds none of their visits.
    const suspended = await prisma.insuredPerson.findMany({
      where: { settlementSuspendedUntil: { not: null } },
      include: { settlementSuspensions: true },
    });
    // The demo's members and the monitoring simulation's (seed-simulation.ts).
    expect(suspended.map((p) => p.nameZh)).toEqual(expect.arrayContaining(['刘某', '赵某', '高某']));
    for (const p of suspended) {
      const running = p.settlementSuspensions.filter((r) => r.restoredOn === null && r.reversedOn === null);
      expect(running, p.nameZh).toHaveLength(1);
      expect(running[0]).toMatchObject({
        suspendedFrom: p.settlementSuspendedFrom,
        suspendedUntil: p.settlementSuspendedUntil,
        restoredOn: null,
      });
      // The demo's three are recorded with their first day (visits before it are not inside).
      if (['刘某', '赵某', '高某'].includes(p.nameZh)) expect(p.settlementSuspendedFrom, p.nameZh).not.toBeNull();
    }
    // The two restorations on request (sanction ends) close their suspensions on the same day.
    for (const end of await prisma.sanctionEnd.findMany({ where: { kind: 'INSURED_SETTLEMENT_SUSPENSION' } })) {
      const rows = await prisma.insuredSettlementSuspension.findMany({ where: { insuredPersonId: end.insuredPersonId! } });
      expect(rows.map((r) => [r.suspendedUntil, r.restoredOn])).toEqual([[end.suspendedUntil, end.endedOn]]);
    }
  });
});
