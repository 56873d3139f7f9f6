import type { AuditRule } from '../../db/generated/prisma/client.js';
import { ruleDefinition, type RuleDefinition } from './rules/index.js';
import { agencyDaySql } from './agency-day-sql.js';

/** An insurer's rule as the evaluator needs it: its row, its definition, its tuned parameters. */
export interface LoadedRule {
  row: Pick<AuditRule, 'id' | 'code' | 'ruleKey' | 'version' | 'kind' | 'blocking' | 'stages' | 'judgementLevel'>;
  definition: RuleDefinition;
  parameters: Record<string, unknown>;
}

export function loadRule(row: LoadedRule['row'] & { parameters: unknown }): LoadedRule | null {
  const definition = row.ruleKey ? ruleDefinition(row.ruleKey) : undefined;
  if (!definition) return null;
  const tuned = row.parameters && typeof row.parameters === 'object' ? (row.parameters as Record<string, unknown>) : {};
  return { row, definition, parameters: { ...definition.defaults.parameters, ...tuned } };
}

/**
 * Claim columns every rule may read, in this order (both sources must produce them so). A
 * function: the visit day is the settlement's day in the agency's zone, set at start.
 */
export const claimColumns = (): string => `
  c.id as claim_id, c."settlementId" as settlement_id, c."settlementMonth" as settlement_month,
  c."insurerId" as insurer_id, c."providerId" as provider_id, c."agreementId" as agreement_id,
  c."physicianId" as physician_id, c."insuredPersonId" as person_id, c."insuranceType"::text as insurance_type,
  c."visitType"::text as visit_type, c."admittedOn" as admitted_on, c."dischargedOn" as discharged_on,
  c."settledAt" as settled_at, ${agencyDaySql('c."settledAt"')} as visit_day, c.diagnoses,
  c."settlementCategory"::text as settlement_category, c."totalFen" as total_fen, c."fundFen" as fund_fen,
  c."accountFen" as account_fen, c."selfFen" as self_fen, p.sex::text as person_sex,
  p."birthDate" as person_birth_date, p."settlementSuspendedUntil" as person_suspended_until,
  p."settlementSuspendedFrom" as person_suspended_from, p."settlementRestoredOn" as person_restored_on,
  c."interimSettlement" as interim_settlement`;

export const LINE_COLUMNS = `
  l."claimId" as claim_id, l."settlementMonth" as settlement_month, l."lineNo" as line_no, l."catalogueCode" as code,
  l.name, l.category::text as category, l.quantity, l."unitPriceFen" as unit_price_fen, l."amountFen" as amount_fen,
  l."daysSupply" as days_supply, l."prescriptionNo" as prescription_no, l."prescribedOn" as prescribed_on,
  l."servedOn" as served_on`;

/** The claim record shape of a submitted claim (jsonb_to_recordset), matching claimColumns() before the person's (interim_settlement comes last, after them). */
export const CLAIM_RECORD = `claim_id uuid, settlement_id text, settlement_month date, insurer_id uuid, provider_id uuid,
  agreement_id uuid, physician_id uuid, person_id uuid, insurance_type text, visit_type text, admitted_on date,
  discharged_on date, settled_at timestamptz, diagnoses text[], settlement_category text, total_fen bigint,
  fund_fen bigint, account_fen bigint, self_fen bigint, interim_settlement boolean`;

export const LINE_RECORD = `claim_id uuid, settlement_month date, line_no int, code text, name text, category text,
  quantity numeric, unit_price_fen bigint, amount_fen bigint, days_supply int, prescription_no text,
  prescribed_on date, served_on date`;

/**
 * The insurer's knowledge: the national entries plus its own supplements. Where the insurer has
 * its own entry of a kind and catalogue code, it replaces the national one (an inactive own
 * entry switches the national entry off for this insurer).
 */
export const KNOWLEDGE_SELECT = `
  select kind, code, sex, max_age_years, insurance_types, icd10_prefixes, price_fen, discount_percent, max_quantity,
    max_days_supply, validity_days, max_uses
  from (
    select distinct on (k.kind, k."catalogueCode") k.kind::text as kind, k."catalogueCode" as code, k.sex::text as sex,
      k."maxAgeYears" as max_age_years, k."insuranceTypes"::text[] as insurance_types, k."icd10Prefixes" as icd10_prefixes,
      k."priceFen" as price_fen, k."discountPercent" as discount_percent, k."maxQuantity" as max_quantity,
      k."maxDaysSupply" as max_days_supply, k."validityDays" as validity_days, k."maxUses" as max_uses, k.active
    from "KnowledgeEntry" k where k."insurerId" = $2::uuid or k."insurerId" is null
    order by k.kind, k."catalogueCode", k."insurerId" nulls last
  ) kn where kn.active`;

/**
 * The rules' offences as one UNION ALL, each row tagged with its rule key; parameters come from
 * `$1` (a jsonb object: rule key → tuned parameters), so the text is the same for every insurer.
 */
export function offencesSql(rules: LoadedRule[]): string {
  if (rules.length === 0) return `select null::text as rule_key, null::uuid as claim_id, 0::bigint as amount_fen, null::jsonb as detail where false`;
  return rules
    .map(({ definition: d }) => {
      const at = `($1::jsonb -> '${d.key}')`;
      const sql = d.sql({
        param: (name) => `(${at} ->> '${name}')`,
        paramList: (name) => `array(select jsonb_array_elements_text(${at} -> '${name}'))`,
      });
      return `select '${d.key}'::text as rule_key, r.claim_id, r.amount_fen::bigint as amount_fen, r.detail from (${sql}) as r(claim_id, amount_fen, detail)`;
    })
    .join('\nunion all\n');
}

export function parametersJson(rules: LoadedRule[]): string {
  return JSON.stringify(Object.fromEntries(rules.map((r) => [r.definition.key, r.parameters])));
}
