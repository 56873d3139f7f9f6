import type { Tx } from '../../db/database.js';
import type { MonthAggregate } from './indicators.js';
import { withQuarterToDate, type AgreementMonth } from './indicator-periods.js';

/** A readmission within this many days counts for the readmission rate (the split-admission rule's default). */
export const READMISSION_DAYS = 15;

type AggregateRow = {
  agreement_id: string;
  provider_id: string;
  month: Date;
  visits: bigint;
  visit_total: bigint;
  admissions: bigint;
  admission_total: bigint;
  bed_days: bigint;
  readmissions: bigint;
  total: bigint;
  drug: bigint;
  fund: bigint;
  fund_ytd: bigint;
};

/**
 * Sums one insurer's settled claims per agreement and settlement month (from 1 January of the
 * first month's year, so the year-to-date payment is whole). Set-based: one statement whatever
 * the number of agreements.
 */
const AGGREGATE_SQL = `
  with c as (
    select c.id, c."agreementId" as agreement_id, c."providerId" as provider_id, c."settlementMonth" as month,
      c."visitType"::text as visit_type, c."totalFen" as total, c."fundFen" as fund, c."insuredPersonId" as person_id,
      c."admittedOn" as admitted_on, c."dischargedOn" as discharged_on
    from "Claim" c
    where c."insurerId" = $1::uuid and c."agreementId" is not null
      and c."settlementMonth" between date_trunc('year', $2::date)::date and $3::date
  ),
  drugs as (
    select l."claimId" as claim_id, sum(l."amountFen") as drug
    from "ClaimLine" l
    where l."insurerId" = $1::uuid and l.category in ('WESTERN_DRUG', 'PATENT_CHINESE_DRUG', 'HERBAL')
      and l."settlementMonth" between date_trunc('year', $2::date)::date and $3::date
    group by l."claimId"
  ),
  monthly as (
    select c.agreement_id, c.provider_id, c.month,
      count(*) filter (where c.visit_type <> 'INPATIENT') as visits,
      coalesce(sum(c.total) filter (where c.visit_type <> 'INPATIENT'), 0) as visit_total,
      count(*) filter (where c.visit_type = 'INPATIENT') as admissions,
      coalesce(sum(c.total) filter (where c.visit_type = 'INPATIENT'), 0) as admission_total,
      coalesce(sum(greatest(c.discharged_on - c.admitted_on, 1)) filter (where c.visit_type = 'INPATIENT'), 0) as bed_days,
      count(*) filter (where c.visit_type = 'INPATIENT' and exists (
        select 1 from "Claim" p
        where p."insurerId" = $1::uuid and p."insuredPersonId" = c.person_id and p."providerId" = c.provider_id
          and p.id <> c.id and p."visitType" = 'INPATIENT' and p."dischargedOn" <= c.admitted_on
          and c.admitted_on - p."dischargedOn" <= ${READMISSION_DAYS}
      )) as readmissions,
      coalesce(sum(c.total), 0) as total,
      coalesce(sum(d.drug), 0) as drug,
      coalesce(sum(c.fund), 0) as fund
    from c left join drugs d on d.claim_id = c.id
    group by c.agreement_id, c.provider_id, c.month
  )
  select m.*, sum(m.fund) over (partition by m.agreement_id, date_trunc('year', m.month) order by m.month) as fund_ytd
  from monthly m`;

/**
 * The monthly sums of AGGREGATE_SQL for settlement months `from`..`to` (first days), each with its
 * quarter so far (indicator-periods.ts). The SQL reads from 1 January, so a quarter's earlier
 * months count even when `from` is mid-quarter.
 */
export async function monthAggregates(
  tx: Tx,
  insurerId: string,
  from: Date,
  to: Date,
): Promise<AgreementMonth[]> {
  const rows = await tx.$queryRawUnsafe<AggregateRow[]>(AGGREGATE_SQL, insurerId, from, to);
  const months = rows.map((r) => ({
    agreementId: r.agreement_id,
    providerId: r.provider_id,
    month: r.month,
    aggregate: {
      visits: Number(r.visits),
      visitTotalFen: BigInt(r.visit_total),
      admissions: Number(r.admissions),
      admissionTotalFen: BigInt(r.admission_total),
      bedDays: Number(r.bed_days),
      readmissions: Number(r.readmissions),
      totalFen: BigInt(r.total),
      drugFen: BigInt(r.drug),
      fundPaidFen: BigInt(r.fund),
      fundPaidYearToDateFen: BigInt(r.fund_ytd),
    } satisfies MonthAggregate,
  }));
  return withQuarterToDate(months, from, to);
}
