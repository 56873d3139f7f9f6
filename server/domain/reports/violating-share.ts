import type { Tx } from '../../db/database.js';
import type { PrismaClient } from '../../db/generated/prisma/client.js';

type Db = Tx | PrismaClient;

/**
 * Which settled claims a figure covers: one insurer, one provider (a provider's staff see their
 * own claims only), both, or — with neither — every insurer (platform admin).
 */
export interface ClaimScope {
  insurerId?: string;
  providerId?: string;
}

/** Settlement months, inclusive, as YYYY-MM; either end open. */
export interface MonthRange {
  from?: string | null;
  to?: string | null;
}

/** One insurer's month: the fund paid on its settled claims and the part rules flagged. */
export interface ViolatingShareRow {
  insurerId: string;
  nameZh: string;
  nameEn: string;
  /** YYYY-MM: the claims' settlement month (the local month the fund paid in). */
  month: string;
  settledClaims: number;
  settledFundFen: bigint;
  /** Claims with a hit during or after settlement, each counted once. */
  flaggedClaims: number;
  /** The hits' amounts (during + after settlement), whatever their handling step. */
  flaggedFen: bigint;
  /** flaggedFen / settledFundFen, 0..1 to six places; 0 when nothing was settled. */
  share: number;
}

/** A share to six decimal places, computed on exact fen (no float sums of money). */
export function shareOf(part: bigint, whole: bigint): number {
  return whole === 0n ? 0 : Number((part * 1_000_000n) / whole) / 1_000_000;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const firstDay = (month: string | null | undefined) => {
  if (!month) return null;
  if (!MONTH.test(month)) throw new RangeError(`not a month: ${month}`);
  return `${month}-01`;
};

/**
 * 违规占比 per insurer and settlement month: the amount rules flagged during and after settlement
 * over the fund paid on that month's settled claims. The one computation behind both the
 * monthly monitoring report and the dashboard's chart, so the two can never disagree. Months
 * with hits but no settled claim (claims not imported yet) appear with share 0.
 */
export async function violatingShares(
  db: Db,
  scope: ClaimScope,
  range: MonthRange = {},
): Promise<ViolatingShareRow[]> {
  const rows = await db.$queryRawUnsafe<
    {
      insurerId: string;
      nameZh: string;
      nameEn: string;
      month: string;
      settledClaims: number;
      settledFundFen: bigint;
      flaggedClaims: number;
      flaggedFen: bigint;
    }[]
  >(
    `with settled as (
       select c."insurerId", c."settlementMonth" as m, count(*)::int as n, coalesce(sum(c."fundFen"), 0)::bigint as fund
       from "Claim" c
       where ($1::uuid is null or c."insurerId" = $1::uuid) and ($2::uuid is null or c."providerId" = $2::uuid)
         and ($3::date is null or c."settlementMonth" >= $3::date) and ($4::date is null or c."settlementMonth" <= $4::date)
       group by 1, 2
     ), flagged as (
       select r."insurerId", h."settlementMonth" as m, count(distinct h."claimId")::int as n, coalesce(sum(h."amountFen"), 0)::bigint as amount
       from "RuleHit" h join "AuditRule" r on r.id = h."ruleId"
       where h.stage in ('DURING', 'AFTER') and h."settlementMonth" is not null
         and ($1::uuid is null or r."insurerId" = $1::uuid) and ($2::uuid is null or h."providerId" = $2::uuid)
         and ($3::date is null or h."settlementMonth" >= $3::date) and ($4::date is null or h."settlementMonth" <= $4::date)
       group by 1, 2
     )
     select i.id as "insurerId", i."nameZh", i."nameEn", to_char(coalesce(s.m, f.m), 'YYYY-MM') as month,
       coalesce(s.n, 0)::int as "settledClaims", coalesce(s.fund, 0)::bigint as "settledFundFen",
       coalesce(f.n, 0)::int as "flaggedClaims", coalesce(f.amount, 0)::bigint as "flaggedFen"
     from settled s full join flagged f on f."insurerId" = s."insurerId" and f.m = s.m
     join "Insurer" i on i.id = coalesce(s."insurerId", f."insurerId")
     order by month, i.code`,
    scope.insurerId ?? null,
    scope.providerId ?? null,
    firstDay(range.from),
    firstDay(range.to),
  );
  return rows.map((r) => {
    const settledFundFen = BigInt(r.settledFundFen);
    const flaggedFen = BigInt(r.flaggedFen);
    return { ...r, settledFundFen, flaggedFen, share: shareOf(flaggedFen, settledFundFen) };
  });
}
