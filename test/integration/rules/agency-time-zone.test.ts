import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../../support/hub.js';
import { createMonitoringHub } from '../../support/monitoring-hub.js';
import { insurerAdmin } from '../../factories/viewers.js';
import { createAgreement, createProvider } from '../../factories/records.js';
import { day } from '../../factories/db.js';
import { checkClaim } from '../../../server/domain/monitoring/check-claim.js';
import { importClaims } from '../../../server/domain/monitoring/import-claims.js';
import { screenChunk } from '../../../server/domain/monitoring/screen-chunk.js';
import { activeRules } from '../../../server/domain/monitoring/active-rules.js';
import { inTransaction } from '../../../server/domain/transaction.js';
import { setAgencyTimeZone } from '../../../server/domain/shared/local-date.js';
import type { ClaimIn, MonitoringWorld } from './world.js';

/**
 * The rules' days follow the agency's zone (HUB_TIME_ZONE), not a fixed +8 hours. In Paris
 * (UTC+2 from 29 March 2026) 14:00Z, 17:00Z and 21:00Z on 31 March are all 31 March; in
 * Beijing the last two are 1 April. Each case is judged in both zones, so a rule dating by
 * Beijing whatever the setting fails here.
 */
describe('rules date claims in the configured agency time zone', () => {
  let hub: TestHub;
  let w: MonitoringWorld;
  beforeAll(async () => {
    ({ hub, world: w } = await createMonitoringHub());
  });
  afterAll(async () => {
    setAgencyTimeZone('Asia/Shanghai');
    await hub.close();
  });
  const ctx = () => ({ actor: insurerAdmin(w.insurer.id), requestId: null });
  const store = async (claims: ClaimIn[]) => {
    const report = await importClaims(ctx(), w.insurer.id, (async function* () {
      for (const [i, value] of claims.entries()) yield { line: i + 1, value };
    })());
    expect(report.errors).toEqual([]);
  };
  /** Visits at three providers at 14:00Z, 17:00Z and 21:00Z on 31 March (limit: 3 providers a day). */
  const threeVisits = async () => {
    const p = await w.person();
    return ['14:00', '17:00', '21:00'].map((time, i) =>
      w.claim({ insuredIdNumber: p.idNumber, providerCode: w.providers[i]!.code, settledAt: `2026-03-31T${time}:00Z`, lines: [w.line({ servedOn: '2026-03-31' })] }),
    );
  };
  const reminded = async (claim: ClaimIn, key: string) => (await checkClaim(ctx(), claim)).reminders.some((r) => r.ruleKey === key);

  it('before settlement: three providers on one Paris day are one card at several providers, not in Beijing', async () => {
    setAgencyTimeZone('Europe/Paris');
    const [a, b, c] = await threeVisits();
    await store([a!, b!]);
    expect(await reminded(c!, 'CARD_AT_SEVERAL_PROVIDERS')).toBe(true);
    setAgencyTimeZone('Asia/Shanghai');
    // In Beijing the third visit is on 1 April (05:00): a line served on 31 March is before it.
    expect(await reminded(c!, 'CARD_AT_SEVERAL_PROVIDERS')).toBe(false);
  });

  it('after settlement: the claims are stored in the Paris month and the screening of March flags all three', async () => {
    setAgencyTimeZone('Europe/Paris');
    const claims = await threeVisits();
    await store(claims);
    const stored = await hub.prisma.claim.findMany({ where: { settlementId: { in: claims.map((c) => c.settlementId) } } });
    expect(stored.map((c) => c.settlementMonth.toISOString().slice(0, 10))).toEqual(['2026-03-01', '2026-03-01', '2026-03-01']);
    for (const provider of w.providers)
      await inTransaction(ctx(), async (tx) => {
        const rules = await activeRules(tx, w.insurer.id, 'AFTER');
        await screenChunk(tx, { insurerId: w.insurer.id, providerId: provider.id, fromMonth: '2026-03-01', toMonth: '2026-03-01', runId: null }, rules);
      });
    const hits = await hub.prisma.ruleHit.findMany({
      where: { claimRef: { in: claims.map((c) => c.settlementId) }, stage: 'AFTER', rule: { ruleKey: 'CARD_AT_SEVERAL_PROVIDERS' } },
    });
    expect(hits.map((h) => h.claimRef).sort()).toEqual(claims.map((c) => c.settlementId).sort());
  });

  it('a term ending 31 March covers 22:00 that day in Paris and not 00:30 the next day', async () => {
    setAgencyTimeZone('Europe/Paris');
    const provider = await createProvider(hub.prisma, { insurerId: w.insurer.id });
    const agreement = await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: provider.id, status: 'ACTIVE', endsOn: day('2026-03-31') });
    const p = await w.person();
    const at = (settledAt: string, servedOn: string) =>
      w.claim({ insuredIdNumber: p.idNumber, providerCode: provider.code, agreementNumber: agreement.number, settledAt, lines: [w.line({ servedOn })] });
    expect(await reminded(at('2026-03-31T20:00:00Z', '2026-03-31'), 'AGREEMENT_ENDED')).toBe(false);
    expect(await reminded(at('2026-03-31T22:30:00Z', '2026-04-01'), 'AGREEMENT_ENDED')).toBe(true);
  });
});
