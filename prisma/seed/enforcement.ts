import type { Tx } from '../../server/db/database.js';
import type { AppealDecision, AppealKind, PenaltyStatus, RewardKind, TipOffChannel, TipOffStatus } from '../../server/db/generated/prisma/enums.js';
import { VIOLATION_TYPES } from '../../server/domain/catalogue/violation-types.js';
import { AGREEMENTS } from './agreements.js';
import { FINDINGS, PENALTIES } from './cases.js';
import type { Ids } from './ids.js';
import { addDays, cst, day, fen } from './util.js';

/**
 * Tip-offs (举报). Reward rule (Ma'anshan 2019 campaign, S2 (docs/domain/sources.md)): verified fraud ≥ 50,000
 * yuan earns up to 1 % of the verified amount, at most 100,000 yuan; below that a commendation.
 */
type TipRow = [key: string, insurer: string, provider: string | null, channel: TipOffChannel, status: TipOffStatus,
  received: string, summary: string, verifiedYuan?: number, reward?: RewardKind];
export const TIP_OFFS: TipRow[] = [
  ['tip-kanghao', 'MAS', 'mas-kanghao', 'LETTER', 'REWARDED', '2019-03-08', '社保大厅举报箱来信:康豪医院违规使用他人医保卡。', 7204, 'COMMENDATION'],
  ['tip-ly', 'LY', 'ly-demo-pharmacy', 'PHONE', 'REWARDED', '2025-03-28', '举报电话:药店虚开处方套取医保基金。', 865000, 'MONETARY'],
  ['tip-cs', 'CQ-CS', 'cs-demo-hospital', 'ONLINE', 'INVESTIGATING', '2026-11-02', '网上投诉:疑似冒名顶替住院报账。'],
  ['tip-mas-new', 'MAS', 'mas-xiehe', 'ONLINE', 'RECEIVED', '2026-11-20', '网上举报:疑似诱导参保人员住院体检。'],
  ['tip-xz-unfounded', 'XZ', 'xz-demo-pharmacy-a', 'PHONE', 'UNFOUNDED', '2026-05-11', '电话举报:药店为参保人员结算化妆品;现场核查未发现。'],
];

const YUAN_50K = fen(50_000);
const REWARD_CAP = fen(100_000);
export const rewardFor = (verified: bigint): bigint => (verified >= YUAN_50K ? (verified / 100n < REWARD_CAP ? verified / 100n : REWARD_CAP) : 0n);

type AppealRow = [penalty: string, kind: AppealKind, filedBy: string, filed: string, grounds: string,
  decision?: AppealDecision, decidedBy?: string, decided?: string, reason?: string, reducedYuan?: number];
export const APPEALS: AppealRow[] = [
  ['p-pharmacy-recover', 'APPEAL', 'mas-pharmacy-staff', '2026-09-22', '部分商品为医用耗材,属医保支付范围。',
    'UPHOLD', 'mas-admin', '2026-10-10', '所涉商品为日用品,不属于医用耗材,维持原处理。'],
  ['p-xzb-damages', 'RECONSIDERATION', 'xz-pharmacy-staff', '2026-03-30', '首次违规且已主动退回,请求从轻处理。',
    'REDUCE', 'xz-admin', '2026-04-20', '系首次违规、主动退回违规费用,违约金由2倍减为1倍。', 18400],
  ['p-gx-refuse', 'APPEAL', 'gx-village-staff', '2026-05-15', '就诊登记簿完整,检查当日未能及时提供。',
    'OVERTURN', 'gx-admin', '2026-05-28', '补充材料证实登记完整,撤销拒付。'],
  ['p-signin-refuse', 'APPEAL', 'mas-hospital-staff', '2026-11-15', '医师离岗后补录的是离岗前诊疗的病历,并非离岗后诊疗。'],
];

const MONETARY = new Set(['RECOVERY', 'DEDUCTION', 'PAYMENT_REFUSAL', 'LIQUIDATED_DAMAGES']);
const DECIDED = new Set<PenaltyStatus>(['UPHELD', 'REDUCED', 'OVERTURNED']);
const DONE = new Set<PenaltyStatus>(['EXECUTED', 'CLOSED']);

export async function seedEnforcement(prisma: Tx, ids: Ids): Promise<void> {
  await prisma.violationType.createMany({
    data: VIOLATION_TYPES.map((v) => ({ id: ids.violationType(v.code), ...v, appliesTo: [...v.appliesTo] })),
  });

  const numbers = new Map<string, number>();
  const number = (prefix: string, insurer: string, date: string) => {
    const k = `${prefix}-${insurer}-${date.slice(0, 4)}`;
    const n = (numbers.get(k) ?? 0) + 1;
    numbers.set(k, n);
    return `${k}-${String(n).padStart(4, '0')}`;
  };

  await prisma.tipOff.createMany({
    data: TIP_OFFS.map(([key, insurer, provider, channel, status, received, summary, verifiedYuan, reward]) => {
      const verified = verifiedYuan === undefined ? null : fen(verifiedYuan);
      return {
        id: ids.tipOff(key), number: number('T', insurer, received), insurerId: ids.insurer(insurer),
        providerId: provider ? ids.provider(provider) : null, channel, status, summary,
        verifiedAmountFen: verified, rewardKind: reward ?? null, rewardFen: reward === 'MONETARY' && verified ? rewardFor(verified) : null,
        receivedAt: cst(`${received}T10:15:00`),
        closedAt: ['REWARDED', 'UNFOUNDED'].includes(status) ? addDays(cst(`${received}T17:00:00`), 60) : null,
      };
    }),
  });

  // Reporters' identities are kept apart from the tip-offs (whistle-blower protection).
  await prisma.tipOffReporter.createMany({
    data: TIP_OFFS.map(([key, insurer]) => ({ tipOffId: ids.tipOff(key), insurerId: ids.insurer(insurer), contact: '138****0000' })),
  });

  const insurerOf = new Map(AGREEMENTS.map((a) => [a.key, a.insurer]));
  const findingByKey = new Map(FINDINGS.map((f) => [f.key, f]));
  await prisma.finding.createMany({
    data: FINDINGS.map((f) => ({
      id: ids.finding(f.key), number: number('F', insurerOf.get(f.agreement)!, f.found), agreementId: ids.agreement(f.agreement), insurerId: ids.insurer(insurerOf.get(f.agreement)!),
      providerId: ids.provider(f.provider), physicianId: f.physician ? ids.physician(f.physician) : null,
      insuredPersonId: f.insured ? ids.insured(f.insured) : null, violationTypeId: ids.violationType(f.vt), source: f.source,
      partnerId: f.partner ? ids.partner(f.partner) : null, tipOffId: f.tipOff ? ids.tipOff(f.tipOff) : null,
      description: f.desc, evidence: f.evidence.map((title, i) => ({ no: i + 1, title })), violatingAmountFen: fen(f.yuan),
      occurredFrom: f.from ? day(f.from) : null, occurredTo: f.to ? day(f.to) : null, foundOn: day(f.found), status: f.status,
    })),
  });

  const reducedBy = new Map(APPEALS.filter((a) => a[9] !== undefined).map((a) => [a[0], a[9]!]));
  await prisma.penalty.createMany({
    data: PENALTIES.map((p) => {
      const f = findingByKey.get(p.finding)!;
      const issuedAt = cst(`${p.issued}T15:00:00`);
      const monetary = MONETARY.has(p.measure) && p.base !== undefined;
      const reduced = reducedBy.get(p.key);
      const multiple = reduced !== undefined ? 1 : (p.multiple ?? 1);
      const amount = monetary ? fen(p.base! * multiple) : null;
      const done = DONE.has(p.status);
      const decidedOn = APPEALS.find((a) => a[0] === p.key)?.[7];
      return {
        id: ids.penalty(p.key), number: number('P', insurerOf.get(f.agreement)!, p.issued), findingId: ids.finding(f.key),
        agreementId: ids.agreement(f.agreement), insurerId: ids.insurer(insurerOf.get(f.agreement)!), providerId: ids.provider(f.provider),
        physicianId: p.physician ? ids.physician(p.physician) : null, insuredPersonId: p.insured ? ids.insured(p.insured) : null,
        target: p.target, measure: p.measure, status: p.status, insuredSuspensionScope: p.scope ?? (p.measure === 'INSURED_SETTLEMENT_SUSPENSION' ? 'ALL_DIRECT_SETTLEMENT' : null),
        baseAmountFen: monetary ? fen(p.base!) : null, multiple: monetary ? multiple.toFixed(2) : null, amountFen: amount,
        recoveredAmountFen: done && amount !== null ? amount : 0n, durationMonths: p.months ?? null,
        rectificationDueOn: p.rectDue ? day(p.rectDue) : null, effectiveFrom: p.from ? day(p.from) : null, effectiveUntil: p.until ? day(p.until) : null,
        legalBasis: p.basis, clauseRef: p.clause ?? null,
        notes: reduced !== undefined ? `${p.notes ?? ''}复议决定:违约金由${p.multiple}倍减为1倍` : (p.notes ?? null),
        appealDeadline: p.status === 'PROPOSED' ? null : addDays(issuedAt, 15),
        proposedAt: addDays(issuedAt, p.status === 'PROPOSED' ? 0 : -3),
        issuedAt: p.status === 'PROPOSED' ? null : issuedAt,
        decidedAt: decidedOn && (DECIDED.has(p.status) || done) ? cst(`${decidedOn}T16:00:00`) : null,
        executedAt: done ? addDays(issuedAt, 5) : null,
        closedAt: p.status === 'CLOSED' ? addDays(issuedAt, 40) : null,
      };
    }),
  });

  await prisma.appeal.createMany({
    data: APPEALS.map(([penalty, kind, filedBy, filed, grounds, decision, decidedBy, decided, reason, reducedYuan]) => ({
      penaltyId: ids.penalty(penalty), kind, grounds, filedByType: 'USER' as const, filedById: ids.user(filedBy), filedAt: cst(`${filed}T11:00:00`),
      decision: decision ?? null, decisionReason: reason ?? null, reducedAmountFen: reducedYuan === undefined ? null : fen(reducedYuan),
      decidedByType: decidedBy ? ('USER' as const) : null, decidedById: decidedBy ? ids.user(decidedBy) : null,
      decidedAt: decided ? cst(`${decided}T16:00:00`) : null,
    })),
  });
}
