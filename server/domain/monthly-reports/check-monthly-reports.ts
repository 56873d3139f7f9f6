import { z } from 'zod';
import { agencyDay, localDay, startOfAgencyDay } from '../shared/local-date.js';
import type { RuleHit } from '../../db/generated/prisma/client.js';
import { db } from '../../db/database.js';
import { AS_SYSTEM, inTransaction, type CommandContext } from '../transaction.js';
import { notFound } from '../errors.js';
import { requireCapability, requireInsurer } from '../shared/actor.js';
import { isoDate } from '../shared/dates.js';
import { invalidField, parseInput } from '../shared/input.js';
import { uuid } from '../shared/schemas.js';
import { MONTHLY_REPORT_RULE } from '../catalogue/monthly-report-rule.js';
import { raiseRuleHit } from '../monitoring/raise-rule-hit.js';
import { raiseStockingBreaches } from './stocking-breaches.js';
import { PERIOD, periodEnd, periodStart, REPORTING_KINDS, reportDueOn } from './rules.js';

export const checkMonthlyReportsInput = z.object({
  /** Required for the platform admin (and the system); agency staff check their own insurer. */
  insurerId: uuid.nullish(),
  period: z.string().regex(PERIOD, 'a month as YYYY-MM'),
});

export interface CheckResult {
  dueOn: Date;
  checked: number;
  hits: RuleHit[];
  /** Stocking rates below their indicator in the filed reports, raised as indicator hits. */
  stockingHits: number;
  lastSeq: bigint | null;
}

/**
 * After the insurer's deadline, every filed report's stocking rates are checked against the
 * agreement's indicators (a miss becomes an indicator hit, `stocking-breaches.ts`), and every designated pharmacy or clinic with a service agreement in
 * force in the month that filed no report, or filed it late, gets one rule hit "monthly report
 * not filed as required" in the smart-monitoring review (through `raiseRuleHit`). Idempotent:
 * a provider and month is hit once (the hit's claimRef names both). A job can run it daily.
 */
export async function checkMonthlyReports(
  ctx: CommandContext,
  raw: z.input<typeof checkMonthlyReportsInput>,
): Promise<CheckResult> {
  const { actor } = ctx;
  requireCapability(actor, 'manageSupervision');
  const input = parseInput(checkMonthlyReportsInput, raw);
  const now = ctx.now ?? new Date();
  // An insurer's staff check their own insurer; naming another is refused below (NOT_FOUND, as
  // for any record outside the tenant), never silently replaced by their own.
  const insurerId = input.insurerId ?? (actor.role === 'PLATFORM_ADMIN' ? null : actor.insurerId);
  if (!insurerId) throw invalidField(['insurerId'], 'name the insurer');
  requireInsurer(actor, insurerId, 'Insurer', insurerId);
  const insurer = await db().insurer.findUnique({ where: { id: insurerId } });
  if (!insurer) throw notFound('Insurer', insurerId);
  const dueOn = reportDueOn(input.period, insurer.monthlyReportDueDay);
  if (agencyDay(now) <= dueOn)
    throw invalidField(['period'], `reports for ${input.period} are due on ${isoDate(dueOn)}`);
  const rule = await adoptRule(insurer.id, insurer.code);
  const agreements = await db().agreement.findMany({
    where: {
      insurerId,
      family: 'SERVICE',
      status: { in: ['ACTIVE', 'SUSPENDED', 'TERMINATED', 'EXPIRED'] },
      startsOn: { lt: periodEnd(input.period) },
      endsOn: { gte: periodStart(input.period) },
      // terminatedAt is an instant: terminated at 00:30 on 1 January in Beijing, the agreement
      // was in force all December (its month ends at the agency's midnight, not UTC's).
      OR: [{ terminatedAt: null }, { terminatedAt: { gte: startOfAgencyDay(periodEnd(input.period)) } }],
      provider: { kind: { in: [...REPORTING_KINDS] } },
    },
    select: { id: true, providerId: true, provider: { select: { code: true } } },
    orderBy: { id: 'asc' },
  });
  const byProvider = new Map(agreements.map((a) => [a.providerId!, a]));
  const hits: RuleHit[] = [];
  let lastSeq: bigint | null = null;
  let stockingHits = 0;
  for (const [providerId, agreement] of byProvider) {
    const report = await db().monthlyReport.findUnique({
      where: { providerId_period: { providerId, period: input.period } },
    });
    if (report) {
      const raised = await inTransaction(ctx, (tx) =>
        raiseStockingBreaches(tx, { report, agreementId: agreement.id, actor, requestId: ctx.requestId, now }),
      );
      stockingHits += raised;
    }
    if (report && !report.late) continue;
    const claimRef = `MONTHLY-REPORT/${agreement.provider!.code}/${input.period}`;
    if ((await db().ruleHit.count({ where: { ruleId: rule.id, claimRef } })) > 0) continue;
    const { ruleHit, auditSeq } = await raiseRuleHit(ctx, {
      ruleId: rule.id,
      stage: 'AFTER',
      providerId,
      agreementId: agreement.id,
      claimRef,
      amountFen: 0n,
      detail: report
        ? `${input.period} 月报逾期报送（${localDay(report.submittedAt)}，截止 ${isoDate(dueOn)}）/ filed late`
        : `${input.period} 月报未报送（截止 ${isoDate(dueOn)}）/ not filed`,
      occurredAt: dueOn,
    });
    hits.push(ruleHit);
    lastSeq = auditSeq;
  }
  return { dueOn, checked: byProvider.size, hits, stockingHits, lastSeq };
}

/**
 * The insurer's copy of the monthly-report rule, created on first use from the catalogue
 * (reference data, like the seeded starter rules: no event of its own).
 */
async function adoptRule(insurerId: string, insurerCode: string) {
  const code = `${insurerCode}-${MONTHLY_REPORT_RULE.code}`;
  return inTransaction(AS_SYSTEM, async (tx) => {
    const found = await tx.auditRule.findUnique({ where: { code } });
    if (found) return found;
    const violationType = await tx.violationType.findUnique({
      where: { code: MONTHLY_REPORT_RULE.violationTypeCode },
    });
    return tx.auditRule.create({
      data: {
        code,
        insurerId,
        nameZh: MONTHLY_REPORT_RULE.nameZh,
        nameEn: MONTHLY_REPORT_RULE.nameEn,
        kind: MONTHLY_REPORT_RULE.kind,
        stages: MONTHLY_REPORT_RULE.stages,
        violationTypeId: violationType?.id ?? null,
        parameters: MONTHLY_REPORT_RULE.parameters as object,
      },
    });
  });
}
