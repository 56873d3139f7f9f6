import type { Tx } from '../../db/database.js';
import { claimColumns, KNOWLEDGE_SELECT, LINE_COLUMNS, offencesSql, parametersJson, type LoadedRule } from './rule-sql.js';

export interface ChunkScope {
  insurerId: string;
  providerId: string;
  /** First days of the first and last settlement months screened. */
  fromMonth: string;
  toMonth: string;
  runId: string | null;
}

/** How far back history reaches for rules comparing a claim with earlier ones (prescription validity, readmission). */
export const HISTORY_MONTHS = 6;
/**
 * How far forward history reaches: a stay is settled at its discharge, so a stay spanning a
 * month end is stored in a later month than the outpatient visits made during it (住院期间门诊,
 * 住院时间重叠). Screening a closed month also compares with what was settled in the following
 * months; the rules that only look back (readmission, prescriptions, duplicates, refills) order by
 * settlement and are not changed by it, and screening the latest month reads nothing more.
 */
export const LATER_MONTHS = 3;

/**
 * 事后审核 of one provider's claims in a period, set-based in the database: the same rule text
 * as before and during settlement, over the provider's stored claims, with the insurer's claims
 * of the preceding months (and the few following, LATER_MONTHS) as history. Hits are inserted with their rule version and run; the
 * unique (rule, claim, stage) key makes a re-run add nothing it already found.
 */
export async function screenChunk(tx: Tx, scope: ChunkScope, rules: LoadedRule[]): Promise<{ claims: number; hits: number }> {
  const versions = JSON.stringify(Object.fromEntries(rules.map((r) => [r.definition.key, { id: r.row.id, version: r.row.version }])));
  const sql = `
    with tc as not materialized (
      select ${claimColumns()} from "Claim" c join "InsuredPerson" p on p.id = c."insuredPersonId"
      where c."insurerId" = $2::uuid and c."providerId" = $3::uuid and c."settlementMonth" between $4::date and $5::date
    ),
    tl as not materialized (
      select ${LINE_COLUMNS} from "ClaimLine" l
      where l."insurerId" = $2::uuid and l."providerId" = $3::uuid and l."settlementMonth" between $4::date and $5::date
    ),
    hc as not materialized (
      select ${claimColumns()} from "Claim" c join "InsuredPerson" p on p.id = c."insuredPersonId"
      where c."insurerId" = $2::uuid
        and c."settlementMonth" between ($4::date - interval '${HISTORY_MONTHS} months')::date and ($5::date + interval '${LATER_MONTHS} months')::date
    ),
    hl as not materialized (
      select ${LINE_COLUMNS} from "ClaimLine" l
      where l."insurerId" = $2::uuid
        and l."settlementMonth" between ($4::date - interval '${HISTORY_MONTHS} months')::date and ($5::date + interval '${LATER_MONTHS} months')::date
    ),
    kb as not materialized (${KNOWLEDGE_SELECT}),
    found as (
      select o.rule_key, o.claim_id, sum(o.amount_fen)::bigint as amount_fen, jsonb_agg(o.detail) as detail
      from (${offencesSql(rules)}) o group by o.rule_key, o.claim_id
    ),
    inserted as (
      insert into "RuleHit" ("id", "ruleId", "stage", "providerId", "agreementId", "physicianId", "insuredPersonId", "claimRef",
        "amountFen", "occurredAt", "claimId", "settlementMonth", "ruleVersion", "screeningRunId", "detailJson")
      select gen_random_uuid(), ($6::jsonb -> f.rule_key ->> 'id')::uuid, 'AFTER'::"RuleStage", c.provider_id, c.agreement_id,
        c.physician_id, c.person_id, c.settlement_id, f.amount_fen, c.settled_at, c.claim_id, c.settlement_month,
        ($6::jsonb -> f.rule_key ->> 'version')::int, $7::uuid, f.detail
      from found f join tc c on c.claim_id = f.claim_id
      on conflict ("ruleId", "claimId", "stage") do nothing
      returning 1
    )
    select (select count(*) from tc)::int as claims, (select count(*) from inserted)::int as hits`;
  const [row] = await tx.$queryRawUnsafe<{ claims: number; hits: number }[]>(
    sql,
    parametersJson(rules),
    scope.insurerId,
    scope.providerId,
    scope.fromMonth,
    scope.toMonth,
    versions,
    scope.runId,
  );
  return { claims: Number(row?.claims ?? 0), hits: Number(row?.hits ?? 0) };
}
