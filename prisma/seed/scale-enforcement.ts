import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { FindingSource, FindingStatus, PenaltyMeasure, PenaltyStatus, PenaltyTarget } from '../../server/db/generated/prisma/enums.js';
import type { ScaleAgreement } from './scale-agreements.js';
import { weighted, type ScaleContext, type ScaleParties } from './scale-parties.js';

const SOURCES: FindingSource[] = ['ON_SITE_INSPECTION', 'FLIGHT_INSPECTION', 'RANDOM_INSPECTION', 'SMART_MONITORING', 'AUDIT',
  'CASE_RECORD_REVIEW', 'TIP_OFF', 'PARTNER_INVESTIGATION', 'SELF_INSPECTION'];
const MEASURES: [PenaltyMeasure, number][] = [
  ['RECOVERY', 0.3], ['DEDUCTION', 0.12], ['LIQUIDATED_DAMAGES', 0.1], ['PAYMENT_REFUSAL', 0.08], ['FORMAL_TALK', 0.1],
  ['WARNING', 0.06], ['RECTIFICATION', 0.08], ['PUBLIC_CRITICISM', 0.02], ['SETTLEMENT_SUSPENSION', 0.03],
  ['AGREEMENT_SUSPENSION', 0.02], ['AGREEMENT_TERMINATION', 0.01], ['PHYSICIAN_BILLING_SUSPENSION', 0.03],
  ['INSURED_SETTLEMENT_SUSPENSION', 0.01], ['ADMINISTRATIVE_FINE_REFERRAL', 0.01], ['JUDICIAL_REFERRAL', 0.005],
  ['PUBLIC_DISCLOSURE', 0.01], ['BLACKLIST', 0.005],
];
const STATUSES: [PenaltyStatus, number][] = [
  ['PROPOSED', 0.08], ['ISSUED', 0.14], ['APPEALED', 0.04], ['UPHELD', 0.02], ['REDUCED', 0.02], ['OVERTURNED', 0.01],
  ['EXECUTED', 0.3], ['CLOSED', 0.39],
];
const MONETARY = new Set<PenaltyMeasure>(['RECOVERY', 'DEDUCTION', 'LIQUIDATED_DAMAGES', 'PAYMENT_REFUSAL']);
const TIMED = new Set<PenaltyMeasure>(['SETTLEMENT_SUSPENSION', 'AGREEMENT_SUSPENSION', 'AGREEMENT_TERMINATION', 'PHYSICIAN_BILLING_SUSPENSION', 'INSURED_SETTLEMENT_SUSPENSION']);
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 1);

/** Findings on service agreements that have run, and `penaltyCount` penalties over them (1–3 each). */
export async function seedScaleEnforcement(ctx: ScaleContext, parties: ScaleParties,
  agreements: ScaleAgreement[], penaltyCount: number): Promise<{ findings: number; penalties: number }> {
  const eligible = agreements.filter((a) => a.provider && a.status !== 'DRAFT' && a.status !== 'SIGNED');
  const findings: Prisma.FindingCreateManyInput[] = [], penalties: Prisma.PenaltyCreateManyInput[] = [];
  let f = 0;
  while (penalties.length < penaltyCount) {
    const a = eligible[Math.floor(ctx.rng() * eligible.length)]!;
    const provider = a.provider!;
    const start = a.startsOn.getTime();
    const foundMs = start + Math.floor(ctx.rng() * Math.max(DAY, Math.min(NOW - 20 * DAY, start + 1000 * DAY) - start));
    // Log-uniform from 100 to 1,000,000 yuan, in fen.
    const amount = BigInt(Math.round(10 ** (4 + ctx.rng() * 4)));
    const physicianId = provider.physicianIds.length && ctx.rng() < 0.3 ? ctx.pick(provider.physicianIds) : null;
    const n = Math.min(ctx.int(1, 3), penaltyCount - penalties.length);
    const statuses = Array.from({ length: n }, () => weighted(ctx.rng, STATUSES));
    const status: FindingStatus = statuses.every((s) => s === 'CLOSED' || s === 'OVERTURNED') ? 'CLOSED' : 'PENALISED';
    const findingId = ctx.id();
    findings.push({
      id: findingId, number: `SF-${String(++f).padStart(7, '0')}`, agreementId: a.id, insurerId: a.insurerId, providerId: provider.id, physicianId,
      violationTypeId: ctx.pick(parties.violationTypeIds), source: ctx.pick(SOURCES), description: '规模测试数据 / generated for benchmarks',
      violatingAmountFen: amount, foundOn: new Date(foundMs - (foundMs % DAY)), status,
    });
    for (const pStatus of statuses) {
      const measure = weighted(ctx.rng, MEASURES);
      const target: PenaltyTarget = measure === 'PHYSICIAN_BILLING_SUSPENSION' && physicianId ? 'PHYSICIAN' : 'PROVIDER';
      const monetary = MONETARY.has(measure);
      const multiple = measure === 'LIQUIDATED_DAMAGES' || measure === 'DEDUCTION' ? ctx.pick([1, 2, 2, 3]) : 1;
      const amountFen = monetary ? amount * BigInt(multiple) : null;
      const proposedMs = Math.min(NOW, foundMs + ctx.int(1, 20) * DAY);
      const issued = pStatus !== 'PROPOSED';
      const issuedMs = proposedMs + 3 * DAY;
      const done = pStatus === 'EXECUTED' || pStatus === 'CLOSED';
      const months = TIMED.has(measure) ? (measure === 'AGREEMENT_TERMINATION' ? 36 : ctx.pick([3, 6, 12, 24])) : null;
      penalties.push({
        id: ctx.id(), number: `SP-${String(penalties.length + 1).padStart(8, '0')}`, findingId, agreementId: a.id, insurerId: a.insurerId, providerId: provider.id,
        physicianId: target === 'PHYSICIAN' ? physicianId : null, target, measure, status: pStatus,
        baseAmountFen: monetary ? amount : null, multiple: monetary ? `${multiple}.00` : null, amountFen,
        recoveredAmountFen: done && amountFen !== null ? amountFen : 0n, durationMonths: months,
        rectificationDueOn: measure === 'RECTIFICATION' ? new Date(issuedMs + 30 * DAY - ((issuedMs + 30 * DAY) % DAY)) : null,
        effectiveFrom: months ? new Date(issuedMs + 5 * DAY - ((issuedMs + 5 * DAY) % DAY)) : null,
        legalBasis: '《医疗保障基金使用监督管理条例》及定点医药机构服务协议', clauseRef: '第9条',
        appealDeadline: issued ? new Date(issuedMs + 15 * DAY) : null, proposedAt: new Date(proposedMs),
        issuedAt: issued ? new Date(issuedMs) : null,
        decidedAt: ['UPHELD', 'REDUCED', 'OVERTURNED'].includes(pStatus) ? new Date(issuedMs + 25 * DAY) : null,
        executedAt: done ? new Date(issuedMs + 10 * DAY) : null, closedAt: pStatus === 'CLOSED' ? new Date(issuedMs + 40 * DAY) : null,
      });
    }
  }
  await ctx.insert('Finding', findings);
  await ctx.insert('Penalty', penalties);
  return { findings: findings.length, penalties: penalties.length };
}
