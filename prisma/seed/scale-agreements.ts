import type { Prisma } from '../../server/db/generated/prisma/client.js';
import type { AgreementAction, AgreementKind, AgreementStatus, EntrustedWork, ProviderKind } from '../../server/db/generated/prisma/enums.js';
import { TEMPLATES } from './templates.js';
import { weighted, type ScaleContext, type ScaleParties, type ScaleProvider } from './scale-parties.js';
import { addYears, day } from './util.js';

export interface ScaleAgreement { id: string; insurerId: string; provider: ScaleProvider | null; status: AgreementStatus; startsOn: Date }

const SERVICE_KINDS: Record<ProviderKind, AgreementKind[]> = {
  HOSPITAL: ['MEDICAL_INSTITUTION_SERVICE', 'MEDICAL_INSTITUTION_SERVICE', 'MATERNITY_SERVICE', 'WORK_INJURY_SERVICE', 'CHRONIC_DISEASE_SERVICE'],
  CLINIC: ['OUTPATIENT_SERVICE'],
  OUTPATIENT_DEPARTMENT: ['OUTPATIENT_SERVICE', 'CHRONIC_DISEASE_SERVICE'],
  COMMUNITY_HEALTH_CENTRE: ['MEDICAL_INSTITUTION_SERVICE', 'CHRONIC_DISEASE_SERVICE'],
  VILLAGE_CLINIC: ['MEDICAL_INSTITUTION_SERVICE'],
  RETAIL_PHARMACY: ['RETAIL_PHARMACY_SERVICE', 'RETAIL_PHARMACY_SERVICE', 'CHRONIC_DISEASE_SERVICE'],
  DIALYSIS_CENTRE: ['MEDICAL_INSTITUTION_SERVICE'],
  REHABILITATION_CENTRE: ['MEDICAL_INSTITUTION_SERVICE', 'WORK_INJURY_SERVICE'],
};
const PARTNER_KINDS: AgreementKind[] = ['CRITICAL_ILLNESS_INSURANCE', 'INVESTIGATION_ENTRUSTMENT', 'ADMINISTRATION_SERVICE', 'SUPERVISION_SERVICE'];
const WORK: EntrustedWork[] = ['ROUTINE_ADMINISTRATION', 'SITE_PATROL', 'CASE_RECORD_REVIEW', 'TRAUMA_INVESTIGATION', 'SMART_MONITORING', 'CROSS_REGION_AUDIT', 'AD_HOC_REIMBURSEMENT_REVIEW'];
const STATUSES: [AgreementStatus, number][] = [['ACTIVE', 0.6], ['EXPIRED', 0.12], ['SUSPENDED', 0.08], ['TERMINATED', 0.06], ['SIGNED', 0.06], ['DRAFT', 0.08]];
/** Start-year ranges that make each status plausible against today (3-year terms). */
const START_YEARS: Record<AgreementStatus, [number, number]> = {
  ACTIVE: [2024, 2026], EXPIRED: [2017, 2022], SUSPENDED: [2023, 2026], TERMINATED: [2018, 2025], SIGNED: [2027, 2027], DRAFT: [2027, 2027],
};
const PATH: Record<AgreementStatus, [AgreementAction, AgreementStatus][]> = {
  DRAFT: [['DRAFT', 'DRAFT']],
  SIGNED: [['DRAFT', 'DRAFT'], ['SIGN', 'SIGNED']],
  ACTIVE: [['DRAFT', 'DRAFT'], ['SIGN', 'SIGNED'], ['ACTIVATE', 'ACTIVE']],
  SUSPENDED: [['DRAFT', 'DRAFT'], ['SIGN', 'SIGNED'], ['ACTIVATE', 'ACTIVE'], ['SUSPEND', 'SUSPENDED']],
  TERMINATED: [['DRAFT', 'DRAFT'], ['SIGN', 'SIGNED'], ['ACTIVATE', 'ACTIVE'], ['TERMINATE', 'TERMINATED']],
  EXPIRED: [['DRAFT', 'DRAFT'], ['SIGN', 'SIGNED'], ['ACTIVATE', 'ACTIVE'], ['EXPIRE', 'EXPIRED']],
};
const REASONS: Partial<Record<AgreementAction, string>> = {
  DRAFT: '定点评估准入通过,起草协议', SIGN: '双方签订协议', ACTIVATE: '协议生效', SUSPEND: '违反协议约定,暂停协议',
  TERMINATE: '严重违约,解除协议', EXPIRE: '协议期满', RENEW: '协议期满续签',
};

/** A fixed "today" keeps the generator deterministic. */
const NOW = day('2026-11-01');
const before = (d: Date) => (d > NOW ? NOW : d);

export async function seedScaleAgreements(ctx: ScaleContext, parties: ScaleParties, count: number): Promise<ScaleAgreement[]> {
  const out: ScaleAgreement[] = [];
  const rows: Prisma.AgreementCreateManyInput[] = [], renewals: Prisma.AgreementCreateManyInput[] = [];
  const versions: Prisma.AgreementVersionCreateManyInput[] = [], clauses: Prisma.AgreementClauseCreateManyInput[] = [];
  const indicators: Prisma.ControlIndicatorCreateManyInput[] = [], transitions: Prisma.AgreementTransitionCreateManyInput[] = [];
  const partnerShare = 0.12;
  let seq = 0;
  const make = (status: AgreementStatus, provider: ScaleProvider | null, kind: AgreementKind, insurerId: string, partnerId: string | null,
    startsOn: Date, renewedFromId: string | null) => {
    const id = ctx.id();
    const endsOn = new Date(addYears(startsOn, 3).getTime() - 86_400_000);
    const template = TEMPLATES[kind];
    const versionCount = status !== 'DRAFT' && ctx.rng() < 0.1 ? 2 : 1;
    const row: Prisma.AgreementCreateManyInput & { terminatedAt: Date | null } = {
      id, number: `SA-${String(++seq).padStart(7, '0')}`, family: provider ? 'SERVICE' as const : 'PARTNER' as const, kind, status,
      suspensionScope: status === 'SUSPENDED' ? (ctx.rng() < 0.5 ? 'AGREEMENT' as const : 'REAL_TIME_SETTLEMENT' as const) : null,
      insurerId, providerId: provider?.id ?? null, partnerId,
      entrustedWork: provider ? [] : WORK.filter(() => ctx.rng() < 0.4).concat(['ROUTINE_ADMINISTRATION']).filter((w, i, a) => a.indexOf(w) === i),
      startsOn, endsOn, signedAt: status === 'DRAFT' ? null : new Date(startsOn.getTime() - 10 * 86_400_000),
      terminatedAt: status === 'TERMINATED' ? before(new Date(startsOn.getTime() + ctx.int(60, 900) * 86_400_000)) : null,
      currentVersionNo: versionCount, renewedFromId,
    };
    (renewedFromId ? renewals : rows).push(row);
    for (let v = 1; v <= versionCount; v++) {
      const versionId = ctx.id();
      versions.push({ id: versionId, agreementId: id, versionNo: v, templateCode: template.templateCode,
        templateVersion: `${startsOn.getUTCFullYear() + v - 1}版`, changeNote: v > 1 ? '协议文本修订,重新签订' : null,
        effectiveFrom: v === 1 ? startsOn : addYears(startsOn, 1) });
      for (const c of template.clauses.slice(0, 4)) clauses.push({ id: ctx.id(), versionId, ...c });
      for (const ind of template.indicators.slice(0, 3)) indicators.push({ id: ctx.id(), versionId, ...ind, breachMeasure: ind.breachMeasure ?? null });
    }
    let from: AgreementStatus | null = null;
    const path = renewedFromId ? [['RENEW', 'DRAFT'] as [AgreementAction, AgreementStatus], ...PATH[status].slice(1)] : PATH[status];
    path.forEach(([action, to], k) => {
      const on = action === 'EXPIRE' ? endsOn : action === 'TERMINATE' ? row.terminatedAt!
        : action === 'SUSPEND' ? before(new Date(startsOn.getTime() + 180 * 86_400_000)) : new Date(startsOn.getTime() + (k - 2) * 15 * 86_400_000);
      transitions.push({ id: ctx.id(), agreementId: id, action, fromStatus: from, toStatus: to, reason: REASONS[action] ?? action,
        effectiveOn: on, actorType: 'SYSTEM' as const, actorId: 'seed-scale', occurredAt: on });
      from = to;
    });
    out.push({ id, insurerId, provider, status, startsOn });
    return id;
  };

  while (out.length < count) {
    const status = weighted(ctx.rng, STATUSES);
    const [y0, y1] = START_YEARS[status];
    let startsOn = day(`${ctx.int(y0, y1)}-${String(ctx.int(1, 12)).padStart(2, '0')}-01`);
    // Agreements that have run must have started before the generator's "today".
    if (y1 < 2027 && startsOn > NOW) startsOn = day('2026-01-01');
    if (ctx.rng() < partnerShare) {
      const insurerId = ctx.pick(parties.insurerIds);
      make(status, null, ctx.pick(PARTNER_KINDS), insurerId, ctx.pick(parties.partnerIds), startsOn, null);
      continue;
    }
    const provider = parties.providers[out.length % parties.providers.length]!;
    const kind = ctx.pick(SERVICE_KINDS[provider.kind]);
    const oldId = make(status, provider, kind, provider.insurerId, null, startsOn, null);
    // Some expired agreements were renewed: the successor points back at them.
    if (status === 'EXPIRED' && startsOn.getUTCFullYear() >= 2021 && out.length < count && ctx.rng() < 0.5) {
      make('ACTIVE', provider, kind, provider.insurerId, null, addYears(startsOn, 3), oldId);
    }
  }
  await ctx.insert('Agreement', rows);
  await ctx.insert('Agreement', renewals);
  await ctx.insert('AgreementVersion', versions);
  await ctx.insert('AgreementClause', clauses);
  await ctx.insert('ControlIndicator', indicators);
  await ctx.insert('AgreementTransition', transitions);
  return out;
}
