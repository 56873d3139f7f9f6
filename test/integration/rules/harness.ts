import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../../support/hub.js';
import { createMonitoringHub } from '../../support/monitoring-hub.js';
import { insurerAdmin } from '../../factories/viewers.js';
import { checkClaim } from '../../../server/domain/monitoring/check-claim.js';
import { settleClaim } from '../../../server/domain/monitoring/settle-claim.js';
import { importClaims } from '../../../server/domain/monitoring/import-claims.js';
import { screenChunk } from '../../../server/domain/monitoring/screen-chunk.js';
import { activeRules } from '../../../server/domain/monitoring/active-rules.js';
import { ruleDefinition } from '../../../server/domain/monitoring/rules/index.js';
import { monthOf } from '../../../server/domain/monitoring/claim-record.js';
import { DomainError } from '../../../server/domain/errors.js';
import { inTransaction } from '../../../server/domain/transaction.js';
import type { ClaimIn, MonitoringWorld } from './world.js';

export interface RuleCase {
  /** Claims stored before the one judged (the insured person's history). */
  history?: ClaimIn[];
  claim: ClaimIn;
}

type Build = (w: MonitoringWorld) => Promise<RuleCase>;

/**
 * A rule's test: in every moment it runs at, a claim that fires it and a near twin that does
 * not. Before: checkClaim's reminders; during: settleClaim's hits (or its refusal, with the
 * interception recorded, when the rule blocks); after: a screening of the claim's provider.
 */
export function describeRule(key: string, cases: { fires: Build; twin: Build }): void {
  const definition = ruleDefinition(key)!;
  describe(`rule ${key}`, () => {
    let hub: TestHub;
    let w: MonitoringWorld;
    beforeAll(async () => {
      ({ hub, world: w } = await createMonitoringHub());
    });
    afterAll(() => hub.close());
    const ctx = () => ({ actor: insurerAdmin(w.insurer.id), requestId: null });
    const store = async (claims: ClaimIn[]) => {
      if (claims.length === 0) return;
      const report = await importClaims(ctx(), w.insurer.id, (async function* () {
        for (const [i, value] of claims.entries()) yield { line: i + 1, value };
      })());
      expect(report.errors).toEqual([]);
    };

    for (const moment of definition.moments) {
      for (const variant of ['fires', 'twin'] as const) {
        const expected = variant === 'fires';
        it(`${moment}: ${expected ? 'a claim that breaks it is flagged' : 'its near twin is not'}`, async () => {
          const c = await cases[variant](w);
          await store(c.history ?? []);
          if (moment === 'BEFORE') {
            const { reminders } = await checkClaim(ctx(), c.claim);
            expect(reminders.map((r) => r.ruleKey).includes(key)).toBe(expected);
            expect(await hub.prisma.claimKey.count({ where: { settlementId: c.claim.settlementId } })).toBe(0);
          } else if (moment === 'DURING') {
            let keys: string[];
            try {
              keys = (await settleClaim(ctx(), c.claim)).hits.map((h) => h.ruleKey);
            } catch (error) {
              if (!(error instanceof DomainError) || error.code !== 'SETTLEMENT_BLOCKED') throw error;
              keys = (error.details.hits as { ruleKey: string }[]).map((h) => h.ruleKey);
              const interception = await hub.prisma.monitoringOutcome.findFirst({ where: { settlementId: c.claim.settlementId, outcome: 'INTERCEPTED' } });
              expect(interception).not.toBeNull();
            }
            expect(keys.includes(key)).toBe(expected);
          } else {
            await store([c.claim]);
            const month = monthOf(new Date(c.claim.settledAt));
            const provider = await hub.prisma.provider.findUniqueOrThrow({ where: { code: c.claim.providerCode } });
            await inTransaction(ctx(), async (tx) => {
              const rules = await activeRules(tx, w.insurer.id, 'AFTER');
              await screenChunk(tx, { insurerId: w.insurer.id, providerId: provider.id, fromMonth: month, toMonth: month, runId: null }, rules);
            });
            const hits = await hub.prisma.ruleHit.count({ where: { claimRef: c.claim.settlementId, stage: 'AFTER', rule: { ruleKey: key } } });
            expect(hits).toBe(expected ? 1 : 0);
          }
        });
      }
    }
  });
}

/** A rule's test from a known-violation case: its violating claim fires, its first clean twin does not. */
export function describeKnownCase(c: { rule: string; build: (w: MonitoringWorld) => Promise<{ history: ClaimIn[]; bad: ClaimIn; clean: ClaimIn[] }> }): void {
  describeRule(c.rule, {
    fires: async (w) => {
      const b = await c.build(w);
      return { history: b.history, claim: b.bad };
    },
    twin: async (w) => {
      const b = await c.build(w);
      return { history: b.history, claim: b.clean[0]! };
    },
  });
}
