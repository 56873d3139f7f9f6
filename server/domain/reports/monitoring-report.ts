import type { Tx } from '../../db/database.js';
import type { PrismaClient } from '../../db/generated/prisma/client.js';
import { shareOf, violatingShares } from './violating-share.js';

/** 智能监控 monthly figures of one insurer, as the county counted them. */
export interface MonitoringReport {
  month: string;
  /** 事前提醒: checks that returned reminders (person-times) and the amount they concerned. */
  reminders: { count: number; amountFen: bigint };
  /** 事中拦截: settlements refused by a blocking rule, their fund amount and the flagged amount. */
  interceptions: { count: number; fundFen: bigint; amountFen: bigint };
  /** 事后审核: claims flagged after settlement, and those confirmed (refused/recovered). */
  flagged: { claims: number; amountFen: bigint };
  refusals: { claims: number; amountFen: bigint };
  settledClaims: number;
  settledFundFen: bigint;
  /** Flagged (during + after) amount over the fund paid on settled claims of the month. */
  violatingShare: number;
  confirmedShare: number;
  byRule: { ruleId: string; ruleCode: string; nameZh: string; nameEn: string; hits: number; amountFen: bigint }[];
  byProvider: { providerId: string; nameZh: string; nameEn: string; hits: number; amountFen: bigint }[];
}

type Db = Tx | PrismaClient;

/** `month` is YYYY-MM; all figures are for claims settled in that month (China time). */
export async function monitoringReport(db: Db, insurerId: string, month: string): Promise<MonitoringReport> {
  const first = `${month}-01`;
  const q = <T,>(sql: string) => db.$queryRawUnsafe<T[]>(sql, insurerId, first);
  const [outcomes, shares, confirmedHits, byRule, byProvider] = await Promise.all([
    q<{ outcome: string; n: number; fund: bigint; amount: bigint }>(
      `select outcome::text, count(*)::int as n, coalesce(sum("fundFen"),0)::bigint as fund, coalesce(sum("hitAmountFen"),0)::bigint as amount
       from "MonitoringOutcome" where "insurerId" = $1::uuid and "settlementMonth" = $2::date group by outcome`,
    ),
    // Settled fund, flagged amount and their share: the dashboard's chart reads the same function.
    violatingShares(db, { insurerId }, { from: month, to: month }),
    q<{ n: number; amount: bigint }>(
      `select count(distinct h."claimId")::int as n, coalesce(sum(h."amountFen"),0)::bigint as amount
       from "RuleHit" h join "AuditRule" r on r.id = h."ruleId"
       where r."insurerId" = $1::uuid and h."settlementMonth" = $2::date and h.stage in ('DURING','AFTER') and h.status = 'CONFIRMED'`,
    ),
    q<{ ruleId: string; ruleCode: string; nameZh: string; nameEn: string; hits: number; amountFen: bigint }>(
      `select r.id as "ruleId", r.code as "ruleCode", r."nameZh", r."nameEn", count(*)::int as hits, coalesce(sum(h."amountFen"),0)::bigint as "amountFen"
       from "RuleHit" h join "AuditRule" r on r.id = h."ruleId"
       where r."insurerId" = $1::uuid and h."settlementMonth" = $2::date group by r.id order by hits desc, r.code`,
    ),
    q<{ providerId: string; nameZh: string; nameEn: string; hits: number; amountFen: bigint }>(
      `select p.id as "providerId", p."nameZh", p."nameEn", count(*)::int as hits, coalesce(sum(h."amountFen"),0)::bigint as "amountFen"
       from "RuleHit" h join "AuditRule" r on r.id = h."ruleId" join "Provider" p on p.id = h."providerId"
       where r."insurerId" = $1::uuid and h."settlementMonth" = $2::date group by p.id order by "amountFen" desc, p.id limit 50`,
    ),
  ]);
  const of = (o: string) => outcomes.find((x) => x.outcome === o);
  const row = shares[0];
  const settledFundFen = row?.settledFundFen ?? 0n;
  const confirmedFen = BigInt(confirmedHits[0]?.amount ?? 0);
  return {
    month,
    reminders: { count: of('REMINDED')?.n ?? 0, amountFen: BigInt(of('REMINDED')?.amount ?? 0) },
    interceptions: { count: of('INTERCEPTED')?.n ?? 0, fundFen: BigInt(of('INTERCEPTED')?.fund ?? 0), amountFen: BigInt(of('INTERCEPTED')?.amount ?? 0) },
    flagged: { claims: row?.flaggedClaims ?? 0, amountFen: row?.flaggedFen ?? 0n },
    refusals: { claims: confirmedHits[0]?.n ?? 0, amountFen: confirmedFen },
    settledClaims: row?.settledClaims ?? 0,
    settledFundFen,
    violatingShare: row?.share ?? 0,
    confirmedShare: shareOf(confirmedFen, settledFundFen),
    byRule: byRule.map((r) => ({ ...r, amountFen: BigInt(r.amountFen) })),
    byProvider: byProvider.map((r) => ({ ...r, amountFen: BigInt(r.amountFen) })),
  };
}
