import type { Tx } from '../../db/database.js';
import {
  claimColumns,
  KNOWLEDGE_SELECT,
  LINE_COLUMNS,
  offencesSql,
  parametersJson,
  type LoadedRule,
} from '../monitoring/rule-sql.js';
import { HISTORY_MONTHS, LATER_MONTHS } from '../monitoring/screen-chunk.js';
import type { RuleFigure } from './replay-report.js';

// History reaches as far back and forward as in after-the-fact screening (screen-chunk.ts), so a
// replay of the rules as they are finds what screening found.

/**
 * What the given rules (with the given parameters) find in an insurer's stored claims of a
 * period, per provider, rule and settlement month — the same rule text as screening, read only:
 * nothing is inserted, so a replay leaves no hit behind.
 */
export async function replayRules(
  tx: Tx,
  insurerId: string,
  from: Date,
  to: Date,
  rules: LoadedRule[],
): Promise<RuleFigure[]> {
  if (rules.length === 0) return [];
  const sql = `
    with tc as not materialized (
      select ${claimColumns()} from "Claim" c join "InsuredPerson" p on p.id = c."insuredPersonId"
      where c."insurerId" = $2::uuid and c."settlementMonth" between $3::date and $4::date
    ),
    tl as not materialized (
      select ${LINE_COLUMNS} from "ClaimLine" l
      where l."insurerId" = $2::uuid and l."settlementMonth" between $3::date and $4::date
    ),
    hc as not materialized (
      select ${claimColumns()} from "Claim" c join "InsuredPerson" p on p.id = c."insuredPersonId"
      where c."insurerId" = $2::uuid
        and c."settlementMonth" between ($3::date - interval '${HISTORY_MONTHS} months')::date and ($4::date + interval '${LATER_MONTHS} months')::date
    ),
    hl as not materialized (
      select ${LINE_COLUMNS} from "ClaimLine" l
      where l."insurerId" = $2::uuid
        and l."settlementMonth" between ($3::date - interval '${HISTORY_MONTHS} months')::date and ($4::date + interval '${LATER_MONTHS} months')::date
    ),
    kb as not materialized (${KNOWLEDGE_SELECT}),
    found as (
      select o.rule_key, o.claim_id, sum(o.amount_fen)::bigint as amount_fen
      from (${offencesSql(rules)}) o group by o.rule_key, o.claim_id
    )
    select f.rule_key, c.provider_id, c.settlement_month as month, count(*)::int as hits, sum(f.amount_fen)::bigint as amount_fen
    from found f join tc c on c.claim_id = f.claim_id
    group by f.rule_key, c.provider_id, c.settlement_month`;
  const rows = await tx.$queryRawUnsafe<
    { rule_key: string; provider_id: string; month: Date; hits: number; amount_fen: bigint }[]
  >(sql, parametersJson(rules), insurerId, from, to);
  const codeOf = new Map(rules.map((r) => [r.definition.key, r.row.code]));
  return rows.map((r) => ({
    providerId: r.provider_id,
    ruleCode: codeOf.get(r.rule_key) ?? r.rule_key,
    month: r.month.toISOString().slice(0, 10),
    hits: Number(r.hits),
    amountFen: BigInt(r.amount_fen),
  }));
}
