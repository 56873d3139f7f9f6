import type { Tx } from '../../db/database.js';
import { claimColumns, CLAIM_RECORD, KNOWLEDGE_SELECT, LINE_COLUMNS, LINE_RECORD, offencesSql, parametersJson, type LoadedRule } from './rule-sql.js';
import type { ClaimRecord } from './claim-record.js';
import { agencyDaySql } from './agency-day-sql.js';

export interface ClaimOffence {
  rule: LoadedRule;
  amountFen: bigint;
  detail: unknown[];
}

/**
 * Runs the rules over one submitted claim (before or during settlement): `tc`/`tl` are the
 * claim itself, `hc`/`hl` the insured person's stored claims plus this one. Nothing is written.
 *
 * The claim and history CTEs are MATERIALIZED (a handful of rows each): inlined, every rule of
 * the UNION re-plans them, and planning, not execution, was the check's cost (bind ~49 → ~25 ms
 * per call on 200,000 stored claims, README "npm run bench:screening"). Screening keeps them
 * inlined, where predicates must reach the partitions and indexes.
 */
export async function evaluateClaim(tx: Tx, claim: ClaimRecord, rules: LoadedRule[]): Promise<ClaimOffence[]> {
  if (rules.length === 0) return [];
  const { lines, ...head } = claim;
  const sql = `
    with src as materialized (
      select x.*, ${agencyDaySql('x.settled_at')} as visit_day, p.sex::text as person_sex,
        p."birthDate" as person_birth_date, p."settlementSuspendedUntil" as person_suspended_until,
        p."settlementSuspendedFrom" as person_suspended_from, p."settlementRestoredOn" as person_restored_on
      from jsonb_to_recordset($3::jsonb) as x(${CLAIM_RECORD})
      left join "InsuredPerson" p on p.id = x.person_id
    ),
    tc as materialized (
      select claim_id, settlement_id, settlement_month, insurer_id, provider_id, agreement_id, physician_id, person_id,
        insurance_type, visit_type, admitted_on, discharged_on, settled_at, visit_day, diagnoses, settlement_category,
        total_fen, fund_fen, account_fen, self_fen, person_sex, person_birth_date, person_suspended_until, person_suspended_from,
        person_restored_on, interim_settlement from src
    ),
    tl as materialized (select * from jsonb_to_recordset($4::jsonb) as x(${LINE_RECORD})),
    stored as materialized (
      select ${claimColumns()} from "Claim" c join "InsuredPerson" p on p.id = c."insuredPersonId"
      where c."insurerId" = $2::uuid and c."insuredPersonId" = $5::uuid and c."settlementId" <> $6
    ),
    hc as materialized (select * from stored union all select * from tc),
    hl as materialized (
      select ${LINE_COLUMNS} from "ClaimLine" l
      where l."insurerId" = $2::uuid and (l."claimId", l."settlementMonth") in (select claim_id, settlement_month from stored)
      union all select * from tl
    ),
    kb as not materialized (${KNOWLEDGE_SELECT})
    select o.rule_key, sum(o.amount_fen)::bigint as amount_fen, jsonb_agg(o.detail) as detail
    from (${offencesSql(rules)}) o
    group by o.rule_key`;
  const rows = await tx.$queryRawUnsafe<{ rule_key: string; amount_fen: bigint; detail: unknown[] }[]>(
    sql,
    parametersJson(rules),
    head.insurerId,
    JSON.stringify([toClaimJson(head)]),
    JSON.stringify(lines.map((l) => toLineJson(claim, l))),
    head.insuredPersonId,
    head.settlementId,
  );
  const byKey = new Map(rules.map((r) => [r.definition.key, r]));
  return rows.map((r) => ({ rule: byKey.get(r.rule_key)!, amountFen: BigInt(r.amount_fen), detail: r.detail }));
}

function toClaimJson(c: Omit<ClaimRecord, 'lines'>) {
  return {
    claim_id: c.id,
    settlement_id: c.settlementId,
    settlement_month: c.settlementMonth,
    insurer_id: c.insurerId,
    provider_id: c.providerId,
    agreement_id: c.agreementId,
    physician_id: c.physicianId,
    person_id: c.insuredPersonId,
    insurance_type: c.insuranceType,
    visit_type: c.visitType,
    admitted_on: c.admittedOn,
    discharged_on: c.dischargedOn,
    settled_at: c.settledAt.toISOString(),
    diagnoses: c.diagnoses,
    settlement_category: c.settlementCategory,
    total_fen: c.totalFen.toString(),
    fund_fen: c.fundFen.toString(),
    account_fen: c.accountFen.toString(),
    self_fen: c.selfFen.toString(),
    interim_settlement: c.interimSettlement,
  };
}

function toLineJson(c: ClaimRecord, l: ClaimRecord['lines'][number]) {
  return {
    claim_id: c.id,
    settlement_month: c.settlementMonth,
    line_no: l.lineNo,
    code: l.catalogueCode,
    name: l.name,
    category: l.category,
    quantity: l.quantity,
    unit_price_fen: l.unitPriceFen.toString(),
    amount_fen: l.amountFen.toString(),
    days_supply: l.daysSupply,
    prescription_no: l.prescriptionNo,
    prescribed_on: l.prescribedOn,
    served_on: l.servedOn,
  };
}
