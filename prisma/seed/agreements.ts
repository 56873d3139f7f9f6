import type { Tx } from '../../server/db/database.js';
import type {
  AgreementAction, AgreementKind, AgreementStatus, EntrustedWork, SuspensionScope,
} from '../../server/db/generated/prisma/enums.js';
import { TEMPLATES } from './templates.js';
import type { Ids } from './ids.js';
import { cst, day } from './util.js';
import { localDay } from '../../server/domain/shared/local-date.js';

/**
 * Demo agreements: every kind and every status. Ma'anshan re-signed all 585 agreements on a
 * new template in early 2019 (S2 (docs/domain/sources.md)), so its older agreements carry two versions; the
 * People's Hospital agreement expired and was renewed; Yaojiazhai's was terminated for a
 * falsified condition (3-year ban); the county partner contracts follow S0 §6 (docs/domain/sources.md).
 */
type Step = [action: AgreementAction, to: AgreementStatus, on: string, reason: string];
interface AgreementDef {
  key: string; kind: AgreementKind; insurer: string; provider?: string; partner?: string;
  startsOn: string; endsOn: string; status: AgreementStatus; scope?: SuspensionScope;
  work?: EntrustedWork[]; renewedFrom?: string; resigned2019?: boolean; steps?: Step[];
}

const SERVICE = new Set<AgreementKind>(['MEDICAL_INSTITUTION_SERVICE', 'RETAIL_PHARMACY_SERVICE', 'OUTPATIENT_SERVICE',
  'CHRONIC_DISEASE_SERVICE', 'MATERNITY_SERVICE', 'WORK_INJURY_SERVICE']);
const RESIGN_NOTE = '按新修改的协议文本,全市585家定点医药机构全部重新签订(2019)';

const s = (key: string, kind: AgreementKind, insurer: string, provider: string, startsOn: string, endsOn: string,
  status: AgreementStatus, extra: Partial<AgreementDef> = {}): AgreementDef => ({ key, kind, insurer, provider, startsOn, endsOn, status, ...extra });
const p = (key: string, kind: AgreementKind, insurer: string, partner: string, startsOn: string, endsOn: string,
  status: AgreementStatus, work: EntrustedWork[], extra: Partial<AgreementDef> = {}): AgreementDef => ({ key, kind, insurer, partner, startsOn, endsOn, status, work, ...extra });

export const AGREEMENTS: AgreementDef[] = [
  s('mas-renmin-2017', 'MEDICAL_INSTITUTION_SERVICE', 'MAS', 'mas-renmin', '2017-01-01', '2019-12-31', 'EXPIRED', { resigned2019: true,
    steps: [['EXPIRE', 'EXPIRED', '2019-12-31', '协议期满']] }),
  s('mas-renmin-2020', 'MEDICAL_INSTITUTION_SERVICE', 'MAS', 'mas-renmin', '2020-01-01', '2027-12-31', 'ACTIVE', { renewedFrom: 'mas-renmin-2017' }),
  s('mas-zhongxin', 'MEDICAL_INSTITUTION_SERVICE', 'MAS', 'mas-zhongxin', '2017-01-01', '2027-12-31', 'ACTIVE', { resigned2019: true }),
  s('mas-zhongyi', 'MEDICAL_INSTITUTION_SERVICE', 'MAS', 'mas-zhongyi', '2017-01-01', '2027-12-31', 'ACTIVE', { resigned2019: true }),
  s('mas-kanghao', 'MEDICAL_INSTITUTION_SERVICE', 'MAS', 'mas-kanghao', '2017-01-01', '2027-12-31', 'ACTIVE', { resigned2019: true }),
  s('mas-xiehe', 'MEDICAL_INSTITUTION_SERVICE', 'MAS', 'mas-xiehe', '2019-01-01', '2027-12-31', 'ACTIVE'),
  s('mas-jinjiazhuang', 'MEDICAL_INSTITUTION_SERVICE', 'MAS', 'mas-jinjiazhuang', '2019-01-01', '2027-12-31', 'ACTIVE'),
  s('mas-yaojiazhai', 'MEDICAL_INSTITUTION_SERVICE', 'MAS', 'mas-yaojiazhai', '2017-01-01', '2019-12-31', 'TERMINATED', { resigned2019: true,
    steps: [['TERMINATE', 'TERMINATED', '2019-02-26', '日常现场检查发现住院病人伪造病情,依据服务协议解除协议,3年内不得申请医保定点']] }),
  s('mas-demo-hospital', 'MEDICAL_INSTITUTION_SERVICE', 'MAS', 'mas-demo-hospital', '2017-01-01', '2027-12-31', 'ACTIVE', { resigned2019: true }),
  s('mas-husong', 'OUTPATIENT_SERVICE', 'MAS', 'mas-husong', '2017-01-01', '2027-12-31', 'ACTIVE', { resigned2019: true }),
  s('mas-demo-tcm', 'OUTPATIENT_SERVICE', 'MAS', 'mas-demo-tcm', '2019-01-01', '2027-12-31', 'ACTIVE'),
  s('mas-fuyou-maternity', 'MATERNITY_SERVICE', 'MAS', 'mas-fuyou', '2018-01-01', '2027-12-31', 'ACTIVE'),
  s('mas-renmin-maternity', 'MATERNITY_SERVICE', 'MAS', 'mas-renmin', '2018-01-01', '2027-12-31', 'ACTIVE'),
  s('mas-zhongxin-maternity', 'MATERNITY_SERVICE', 'MAS', 'mas-zhongxin', '2018-01-01', '2027-12-31', 'ACTIVE'),
  s('mas-demo-maternity', 'MATERNITY_SERVICE', 'MAS', 'mas-demo-maternity', '2018-01-01', '2027-12-31', 'ACTIVE'),
  s('mas-17ye-injury', 'WORK_INJURY_SERVICE', 'MAS', 'mas-17ye', '2018-01-01', '2027-12-31', 'ACTIVE'),
  s('mas-baozhilin', 'RETAIL_PHARMACY_SERVICE', 'MAS', 'mas-baozhilin', '2017-01-01', '2027-12-31', 'ACTIVE', { resigned2019: true }),
  s('mas-baozhilin-chronic', 'CHRONIC_DISEASE_SERVICE', 'MAS', 'mas-baozhilin', '2019-01-01', '2027-12-31', 'ACTIVE'),
  s('mas-demo-pharmacy', 'RETAIL_PHARMACY_SERVICE', 'MAS', 'mas-demo-pharmacy', '2019-01-01', '2027-12-31', 'SUSPENDED', { scope: 'REAL_TIME_SETTLEMENT',
    steps: [['SUSPEND', 'SUSPENDED', '2026-09-20', '为参保人员结算生活用品,暂停医保实时结算6个月']] }),
  s('hs-renmin', 'MEDICAL_INSTITUTION_SERVICE', 'MAS-HS', 'hs-renmin', '2019-01-01', '2027-12-31', 'ACTIVE'),
  s('xz-dialysis', 'MEDICAL_INSTITUTION_SERVICE', 'XZ', 'xz-demo-dialysis', '2020-01-01', '2027-12-31', 'ACTIVE'),
  s('xz-hospital', 'MEDICAL_INSTITUTION_SERVICE', 'XZ', 'xz-demo-hospital', '2020-01-01', '2027-12-31', 'ACTIVE'),
  s('xz-pharmacy-a', 'RETAIL_PHARMACY_SERVICE', 'XZ', 'xz-demo-pharmacy-a', '2020-01-01', '2027-12-31', 'ACTIVE'),
  s('xz-pharmacy-b', 'RETAIL_PHARMACY_SERVICE', 'XZ', 'xz-demo-pharmacy-b', '2020-01-01', '2027-12-31', 'ACTIVE'),
  s('wf-outpatient', 'OUTPATIENT_SERVICE', 'WF', 'wf-demo-outpatient', '2020-07-01', '2027-06-30', 'ACTIVE'),
  s('zb-hospital', 'MEDICAL_INSTITUTION_SERVICE', 'ZB', 'zb-demo-hospital', '2019-01-01', '2027-12-31', 'ACTIVE'),
  s('zb-chronic', 'CHRONIC_DISEASE_SERVICE', 'ZB', 'zb-demo-hospital', '2019-01-01', '2027-12-31', 'ACTIVE'),
  s('yt-hospital', 'MEDICAL_INSTITUTION_SERVICE', 'YT-FS', 'yt-demo-hospital', '2019-01-01', '2027-12-31', 'SUSPENDED', { scope: 'AGREEMENT',
    steps: [['SUSPEND', 'SUSPENDED', '2026-10-15', '智能监控提示并经现场核查确认挂床住院,暂停协议3个月并限期整改']] }),
  s('ly-pharmacy', 'RETAIL_PHARMACY_SERVICE', 'LY', 'ly-demo-pharmacy', '2020-01-01', '2027-12-31', 'TERMINATED', {
    steps: [['TERMINATE', 'TERMINATED', '2025-05-20', '举报查实虚开处方套取医保基金86.5万元,解除协议并移送司法']] }),
  s('ly-chain', 'RETAIL_PHARMACY_SERVICE', 'LY', 'ly-demo-chain', '2026-12-01', '2029-11-30', 'SIGNED'),
  s('jm-injury', 'WORK_INJURY_SERVICE', 'JM', 'jm-demo-hospital', '2020-01-01', '2027-12-31', 'ACTIVE'),
  s('ha-hospital', 'MEDICAL_INSTITUTION_SERVICE', 'HA', 'ha-demo-hospital', '2020-01-01', '2027-12-31', 'ACTIVE'),
  s('cs-hospital', 'MEDICAL_INSTITUTION_SERVICE', 'CQ-CS', 'cs-demo-hospital', '2019-01-01', '2027-12-31', 'ACTIVE'),
  s('gx-village', 'MEDICAL_INSTITUTION_SERVICE', 'GX', 'gx-demo-village', '2018-01-01', '2027-12-31', 'ACTIVE'),
  s('gy-village-1', 'MEDICAL_INSTITUTION_SERVICE', 'GY', 'gy-demo-village-1', '2018-01-01', '2020-12-31', 'TERMINATED', {
    steps: [['TERMINATE', 'TERMINATED', '2018-11-30', '稽查大队督查发现空刷医保卡、虚计费用,取消协议定点村卫生室资格']] }),
  s('gy-village-2', 'MEDICAL_INSTITUTION_SERVICE', 'GY', 'gy-demo-village-2', '2018-01-01', '2027-12-31', 'ACTIVE'),
  s('pn-village', 'MEDICAL_INSTITUTION_SERVICE', 'PN', 'pn-demo-village', '2027-01-01', '2029-12-31', 'DRAFT'),
  p('mas-picc-2019', 'CRITICAL_ILLNESS_INSURANCE', 'MAS', 'picc', '2019-01-01', '2021-12-31', 'EXPIRED', ['ROUTINE_ADMINISTRATION'], {
    steps: [['EXPIRE', 'EXPIRED', '2021-12-31', '协议期满']] }),
  p('mas-picc-2022', 'CRITICAL_ILLNESS_INSURANCE', 'MAS', 'picc', '2022-01-01', '2027-12-31', 'ACTIVE', ['ROUTINE_ADMINISTRATION'], { renewedFrom: 'mas-picc-2019' }),
  p('mas-pingan', 'ADMINISTRATION_SERVICE', 'MAS', 'pingan', '2018-01-01', '2027-12-31', 'ACTIVE',
    ['ROUTINE_ADMINISTRATION', 'CASE_RECORD_REVIEW', 'AD_HOC_REIMBURSEMENT_REVIEW', 'CROSS_REGION_AUDIT']),
  p('xz-pingan', 'INVESTIGATION_ENTRUSTMENT', 'XZ', 'pingan', '2021-01-01', '2027-12-31', 'ACTIVE', ['TRAUMA_INVESTIGATION', 'SITE_PATROL']),
  p('gy-chinalife', 'CRITICAL_ILLNESS_INSURANCE', 'GY', 'chinalife', '2018-01-01', '2027-12-31', 'ACTIVE', ['ROUTINE_ADMINISTRATION']),
  p('gx-picc', 'CRITICAL_ILLNESS_INSURANCE', 'GX', 'picc', '2017-01-01', '2027-12-31', 'ACTIVE', ['ROUTINE_ADMINISTRATION']),
  p('ha-chinalife', 'ADMINISTRATION_SERVICE', 'HA', 'chinalife', '2020-06-01', '2027-06-30', 'ACTIVE',
    ['ROUTINE_ADMINISTRATION', 'SITE_PATROL', 'CASE_RECORD_REVIEW', 'TRAUMA_INVESTIGATION', 'CROSS_REGION_AUDIT', 'AD_HOC_REIMBURSEMENT_REVIEW']),
  p('ha-itvendor', 'SUPERVISION_SERVICE', 'HA', 'itvendor', '2020-06-01', '2027-06-30', 'ACTIVE', ['SMART_MONITORING']),
  p('ha-accounting', 'SUPERVISION_SERVICE', 'HA', 'accounting', '2027-01-01', '2027-12-31', 'DRAFT', ['SITE_PATROL', 'CASE_RECORD_REVIEW']),
];

/** The year the demo's agreements were written in: their term ends are as of this year. */
export const DEMO_TERM_YEAR = 2026;

/**
 * A term end as seeded on `now`: ends after the demo year move on by as many years as the
 * agency's calendar has since DEMO_TERM_YEAR, so an agreement in force when written (to 31 Dec
 * or 30 Jun of a later year) is still in force on whatever day `npm start` seeds it; fixed 2027
 * ends were expired by the term-end job once the calendar passed them. Ends in or before the
 * demo year (the expired and terminated histories from the sources) stay as they are.
 */
export function termEnd(iso: string, now: Date): string {
  const year = Number(iso.slice(0, 4));
  if (year <= DEMO_TERM_YEAR) return iso;
  const shift = Math.max(0, Number(localDay(now).slice(0, 4)) - DEMO_TERM_YEAR);
  return `${year + shift}${iso.slice(4)}`;
}

/** The agency user each insurer's transitions are attributed to (see identities.ts). */
const actorFor = (insurer: string, ids: Ids) => (insurer === 'MAS' ? { actorType: 'USER' as const, actorId: ids.user('mas-admin') } : { actorType: 'SYSTEM' as const, actorId: `seed:${insurer}` });

export async function seedAgreements(prisma: Tx, ids: Ids, now: Date): Promise<void> {
  const seq = new Map<string, number>();
  const agreements = [], versions = [], clauses = [], indicators = [], transitions = [];
  for (const a of AGREEMENTS) {
    const t = TEMPLATES[a.kind];
    const year = a.startsOn.slice(0, 4);
    const n = (seq.get(a.insurer) ?? 0) + 1;
    seq.set(a.insurer, n);
    const signed = a.status !== 'DRAFT';
    const signedOn = a.renewedFrom ? a.startsOn : addDaysIso(a.startsOn, -15);
    const versionList = a.resigned2019
      ? [{ no: 1, tv: `${year}版`, note: null, from: a.startsOn }, { no: 2, tv: '2019版', note: RESIGN_NOTE, from: '2019-01-10' }]
      : [{ no: 1, tv: `${year}版`, note: null, from: a.startsOn }];
    const id = ids.agreement(a.key);
    agreements.push({
      id, number: `${a.insurer}-${year}-${t.templateCode}-${String(n).padStart(4, '0')}`,
      family: SERVICE.has(a.kind) ? 'SERVICE' as const : 'PARTNER' as const, kind: a.kind, status: a.status,
      suspensionScope: a.scope ?? null, insurerId: ids.insurer(a.insurer),
      providerId: a.provider ? ids.provider(a.provider) : null, partnerId: a.partner ? ids.partner(a.partner) : null,
      entrustedWork: a.work ?? [], startsOn: day(a.startsOn), endsOn: day(termEnd(a.endsOn, now)),
      signedAt: signed ? cst(`${signedOn}T10:00:00`) : null,
      terminatedAt: a.status === 'TERMINATED' ? cst(`${a.steps!.at(-1)![2]}T09:00:00`) : null,
      currentVersionNo: versionList.length, renewedFromId: a.renewedFrom ? ids.agreement(a.renewedFrom) : null,
      version: versionList.length + (a.steps?.length ?? 0),
    });
    for (const v of versionList) {
      const versionId = ids.next();
      versions.push({ id: versionId, agreementId: id, versionNo: v.no, templateCode: t.templateCode, templateVersion: v.tv, changeNote: v.note, effectiveFrom: day(v.from) });
      clauses.push(...t.clauses.map((cl) => ({ id: ids.next(), versionId, ...cl })));
      indicators.push(...t.indicators.map((ind) => ({ id: ids.next(), versionId, ...ind, breachMeasure: ind.breachMeasure ?? null })));
    }
    const actor = actorFor(a.insurer, ids);
    const steps: Step[] = [[a.renewedFrom ? 'RENEW' : 'DRAFT', 'DRAFT', addDaysIso(signedOn, -30),
      a.renewedFrom ? '协议期满续签' : `${a.partner ? '政府购买服务招标确定合作单位' : '定点评估准入通过'},起草协议`]];
    if (signed) steps.push(['SIGN', 'SIGNED', signedOn, '双方签订协议']);
    if (signed && a.status !== 'SIGNED') steps.push(['ACTIVATE', 'ACTIVE', a.startsOn, '协议生效']);
    if (a.resigned2019) steps.push(['AMEND', 'ACTIVE', '2019-01-10', RESIGN_NOTE]);
    steps.push(...(a.steps ?? []));
    let from: AgreementStatus | null = null;
    for (const [action, to, on, reason] of steps) {
      transitions.push({ id: ids.next(), agreementId: id, action, fromStatus: from, toStatus: to, reason, effectiveOn: day(on),
        ...actor, occurredAt: cst(`${on}T09:30:00`) });
      from = to;
    }
  }
  // Renewed-from rows must exist before the rows that point at them: insert in list order.
  await prisma.agreement.createMany({ data: agreements.filter((a) => !a.renewedFromId) });
  await prisma.agreement.createMany({ data: agreements.filter((a) => a.renewedFromId) });
  await prisma.agreementVersion.createMany({ data: versions });
  await prisma.agreementClause.createMany({ data: clauses });
  await prisma.controlIndicator.createMany({ data: indicators });
  await prisma.agreementTransition.createMany({ data: transitions });
}

function addDaysIso(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
