import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import { checkClaim } from '../../server/domain/monitoring/check-claim.js';
import { settleClaim } from '../../server/domain/monitoring/settle-claim.js';
import { importClaims } from '../../server/domain/monitoring/import-claims.js';
import { readClaimFile, CSV_CLAIM_COLUMNS, CSV_LINE_COLUMNS } from '../../server/domain/monitoring/claim-file.js';
import { screenChunk } from '../../server/domain/monitoring/screen-chunk.js';
import { activeRules } from '../../server/domain/monitoring/active-rules.js';
import { monthOf } from '../../server/domain/monitoring/claim-record.js';
import { ruleDefinition } from '../../server/domain/monitoring/rules/index.js';
import { DomainError } from '../../server/domain/errors.js';
import { inTransaction } from '../../server/domain/transaction.js';
import type { ClaimIn, MonitoringWorld } from './rules/world.js';

/**
 * A violation at its boundary, as an outside judge writes it: the insured person's history, one
 * claim just over the line (with the rule it must raise and the fen at issue) and clean twins just
 * on the right side of it (exactly at a limit, the other side of midnight in China time, another
 * provider, a suspension that starts after the visit, …).
 */
export interface BoundaryCase {
  name: string;
  rule: string;
  build(w: MonitoringWorld, hub: TestHub): Promise<{ history: ClaimIn[]; bad: ClaimIn; clean: ClaimIn[] }>;
  amountFen(bad: ClaimIn): string;
}

interface Found {
  ruleKey: string;
  kind: string;
  amountFen: string;
}

const csvCell = (v: unknown) => {
  const s = v == null ? '' : Array.isArray(v) ? v.join(';') : String(v);
  return /[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Claims as the CSV claims file (one row per claim line, the claim's columns repeated). */
export function claimsCsv(claims: ClaimIn[]): string {
  const header = [...CSV_CLAIM_COLUMNS, ...CSV_LINE_COLUMNS];
  const rows = claims.flatMap((c) =>
    c.lines.map((l) => header.map((h) => csvCell((CSV_CLAIM_COLUMNS as readonly string[]).includes(h) ? (c as never)[h] : (l as never)[h])).join(',')),
  );
  return [header.join(','), ...rows].join('\n') + '\n';
}

/**
 * Runs every case through the three moments: before settlement (`checkClaim`), during
 * (`settleClaim`: its hits, or the SETTLEMENT_BLOCKED refusal's), and after — the claims stored
 * through the CSV claims import (a settled claim is skipped there as already known) and
 * screened by provider, each month the cases touch on its own. Each moment must find exactly the case's
 * rule on the violating claim with its amount in fen, and nothing at all on a clean twin.
 */
export function describeBoundaries(title: string, cases: BoundaryCase[]): void {
  describe(title, () => {
    let hub: TestHub;
    let w: MonitoringWorld;
    const built: { history: ClaimIn[]; bad: ClaimIn; clean: ClaimIn[] }[] = [];
    const before = new Map<string, Found[]>();
    const during = new Map<string, Found[]>();
    const after = new Map<string, Found[]>();
    const ctx = () => ({ actor: insurerAdmin(w.insurer.id), requestId: null });
    const store = async (claims: ClaimIn[]) => {
      const report = await importClaims(ctx(), w.insurer.id, readClaimFile(Readable.from([claimsCsv(claims)]), 'csv'));
      expect(report.errors).toEqual([]);
    };
    const view = (h: { ruleKey: string; kind: string; amountFen: bigint | string }) => ({ ruleKey: h.ruleKey, kind: h.kind, amountFen: String(h.amountFen) });

    beforeAll(async () => {
      ({ hub, world: w } = await createMonitoringHub());
      for (const c of cases) built.push(await c.build(w, hub));
      const history = built.flatMap((b) => b.history);
      if (history.length > 0) await store(history);
      const judged = built.flatMap((b) => [b.bad, ...b.clean]);
      for (const claim of judged) before.set(claim.settlementId, (await checkClaim(ctx(), claim)).reminders.map(view));
      for (const claim of judged) {
        try {
          during.set(claim.settlementId, (await settleClaim(ctx(), claim)).hits.map(view));
        } catch (error) {
          if (!(error instanceof DomainError) || error.code !== 'SETTLEMENT_BLOCKED') throw error;
          during.set(claim.settlementId, (error.details.hits as Found[]).map(view));
        }
      }
      await store(judged);
      const all = [...history, ...judged];
      // Month by month, as an agency screens each closed month: a violation must not depend on
      // two months being screened in one run.
      const months = [...new Set(all.map((c) => monthOf(new Date(c.settledAt))))].sort();
      const providers = [...new Set(all.map((c) => c.providerCode))];
      for (const month of months)
        for (const code of providers) {
          const provider = await hub.prisma.provider.findUniqueOrThrow({ where: { code } });
          await inTransaction(ctx(), async (tx) => {
            const rules = await activeRules(tx, w.insurer.id, 'AFTER');
            await screenChunk(tx, { insurerId: w.insurer.id, providerId: provider.id, fromMonth: month, toMonth: month, runId: null }, rules);
          });
        }
      const hits = await hub.prisma.ruleHit.findMany({ where: { stage: 'AFTER', rule: { insurerId: w.insurer.id } }, include: { rule: true } });
      for (const h of hits) after.set(h.claimRef!, [...(after.get(h.claimRef!) ?? []), view({ ruleKey: h.rule.ruleKey!, kind: h.rule.kind, amountFen: h.amountFen! })]);
    }, 120_000);
    afterAll(() => hub?.close());

    describe.each(cases.map((c, i) => [c.name, i] as const))('%s', (_name, i) => {
      const c = cases[i]!;
      const definition = ruleDefinition(c.rule)!;
      const moments = [
        ['before settlement (checkClaim)', 'BEFORE', before],
        ['during settlement (settleClaim)', 'DURING', during],
        ['after settlement (CSV import, screening)', 'AFTER', after],
      ] as const;
      for (const [label, moment, found] of moments) {
        if (!definition.moments.includes(moment)) continue;
        it(`${label}: the violating claim raises ${c.rule} with the amount at issue, the clean twins raise nothing`, () => {
          const { bad, clean } = built[i]!;
          expect(found.get(bad.settlementId) ?? []).toEqual([{ ruleKey: c.rule, kind: definition.defaults.kind, amountFen: c.amountFen(bad) }]);
          for (const twin of clean) expect({ twin: twin.settlementId, found: found.get(twin.settlementId) ?? [] }).toEqual({ twin: twin.settlementId, found: [] });
        });
      }
    });
  });
}

/** An instant in China time (UTC+8) as the ISO instant the claim carries: `bj('2026-03-10', '23:30')`. */
export function bj(day: string, time: string): string {
  return new Date(Date.parse(`${day}T${time}:00+08:00`)).toISOString();
}
