import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import {
  insurerAdmin,
  insurerViewer,
  partnerViewer,
  platformAdmin,
  providerStaff,
} from '../factories/viewers.js';
import { createPartner } from '../factories/records.js';
import { claimInput, createMonitoringWorld, type MonitoringWorld } from './rules/world.js';
import { ok } from './mutation-helpers.js';

/**
 * The dashboard's violating-share chart and the monthly monitoring report read one computation:
 * for claims settled with known hit amounts, every point of the chart is the report's figure.
 */
let hub: TestHub;
let a: MonitoringWorld;
let b: MonitoringWorld;

const SETTLE = `mutation ($input: ClaimInput!) { settleClaim(input: $input) { hits { ruleKey amountFen } } }`;
const DASHBOARD = `query ($from: Date) { dashboard(from: $from) { violatingShare {
  month insurerId nameZh settledClaims settledFundFen flaggedClaims flaggedFen share } } }`;
const REPORT = `query ($month: String!, $insurerId: ID) { monitoringReport(month: $month, insurerId: $insurerId) {
  month settledClaims settledFundFen flagged { count amountFen } violatingShare } }`;

type Point = {
  month: string;
  insurerId: string;
  nameZh: string;
  settledClaims: number;
  settledFundFen: number;
  flaggedClaims: number;
  flaggedFen: number;
  share: number;
};
type Report = {
  month: string;
  settledClaims: number;
  settledFundFen: number;
  flagged: { count: number; amountFen: number };
  violatingShare: number;
};

const gid = (id: string) => Buffer.from(`Insurer:${id}`).toString('base64');

/** Settles a claim of the world's first (or given) provider; `qty` over the limit of 10 fires QUANTITY_OVER_LIMIT. */
async function settle(w: MonitoringWorld, settledAt: string, qty: number, unitFen: number, provider = 0) {
  const p = await w.person();
  const servedOn = settledAt.slice(0, 10);
  const input = w.claim({
    insuredIdNumber: p.idNumber,
    providerCode: w.providers[provider]!.code,
    settledAt,
    lines: [
      w.line({ catalogueCode: 'K-QTY', quantity: String(qty), unitPriceFen: String(unitFen), servedOn }),
    ],
  });
  const r = ok(
    await hub.exec<{ settleClaim: { hits: { amountFen: number }[] } }>(
      SETTLE,
      { input: claimInput(input) },
      insurerAdmin(w.insurer.id),
    ),
  );
  return { fundFen: Number(input.fundFen), hitFen: r.settleClaim.hits.reduce((s, h) => s + h.amountFen, 0) };
}

const dashboard = async (viewer: Parameters<TestHub['exec']>[2]) =>
  ok(await hub.exec<{ dashboard: { violatingShare: Point[] } }>(DASHBOARD, {}, viewer)).dashboard
    .violatingShare;

beforeAll(async () => {
  ({ hub, world: a } = await createMonitoringHub());
  b = await createMonitoringWorld(hub.prisma);
  // Insurer A: January and March 2026, nothing in February (the chart must show the gap).
  const jan = [
    await settle(a, '2026-01-12T02:00:00Z', 12, 100),
    await settle(a, '2026-01-20T02:00:00Z', 4, 125),
  ];
  const mar = [
    await settle(a, '2026-03-05T02:00:00Z', 15, 1000),
    await settle(a, '2026-03-06T02:00:00Z', 11, 300, 1),
  ];
  // The known hit amounts: the quantity over 10, at the unit price.
  expect(jan.map((c) => c.hitFen)).toEqual([200, 0]);
  expect(mar.map((c) => c.hitFen)).toEqual([5000, 300]);
  await settle(b, '2026-01-15T02:00:00Z', 20, 50);
});
afterAll(() => hub?.close());

describe('the dashboard’s violating share', () => {
  it('is, month by month, the share monitoringReport computes, with the known amounts', async () => {
    const points = (await dashboard(insurerAdmin(a.insurer.id))).filter((p) => p.month.startsWith('2026-'));
    // Jan: fund 0.7 × (1,200 + 500) = 1,190 fen, flagged 200; Mar: fund 0.7 × (15,000 + 3,300) = 12,810, flagged 5,300.
    expect(points).toEqual([
      {
        month: '2026-01',
        insurerId: gid(a.insurer.id),
        nameZh: a.insurer.nameZh,
        settledClaims: 2,
        settledFundFen: 1190,
        flaggedClaims: 1,
        flaggedFen: 200,
        share: 0.168067,
      },
      {
        month: '2026-03',
        insurerId: gid(a.insurer.id),
        nameZh: a.insurer.nameZh,
        settledClaims: 2,
        settledFundFen: 12810,
        flaggedClaims: 2,
        flaggedFen: 5300,
        share: 0.413739,
      },
    ]);
    for (const point of points) {
      const report = ok(
        await hub.exec<{ monitoringReport: Report }>(
          REPORT,
          { month: point.month },
          insurerAdmin(a.insurer.id),
        ),
      ).monitoringReport;
      expect(report).toEqual({
        month: point.month,
        settledClaims: point.settledClaims,
        settledFundFen: point.settledFundFen,
        flagged: { count: point.flaggedClaims, amountFen: point.flaggedFen },
        violatingShare: point.share,
      });
    }
  });

  it('shows the platform admin each insurer apart, each equal to that insurer’s report', async () => {
    const points = (await dashboard(platformAdmin())).filter((p) =>
      [gid(a.insurer.id), gid(b.insurer.id)].includes(p.insurerId),
    );
    expect(points.map((p) => [p.month, p.insurerId])).toEqual(
      expect.arrayContaining([
        ['2026-01', gid(a.insurer.id)],
        ['2026-01', gid(b.insurer.id)],
        ['2026-03', gid(a.insurer.id)],
      ]),
    );
    expect(points).toHaveLength(3);
    const bJan = points.find((p) => p.insurerId === gid(b.insurer.id))!;
    const report = ok(
      await hub.exec<{ monitoringReport: Report }>(
        REPORT,
        { month: '2026-01', insurerId: bJan.insurerId },
        platformAdmin(),
      ),
    ).monitoringReport;
    expect(report.violatingShare).toBe(bJan.share);
    expect(bJan).toMatchObject({ flaggedFen: 500, settledFundFen: 700, share: 0.714285 });
  });

  it('honours the window: months before `from` are left out', async () => {
    const points = ok(
      await hub.exec<{ dashboard: { violatingShare: Point[] } }>(
        DASHBOARD,
        { from: '2026-02-01' },
        insurerAdmin(a.insurer.id),
      ),
    ).dashboard.violatingShare;
    expect(points.map((p) => p.month)).toEqual(['2026-03']);
  });

  it('never shows another tenant’s claims: other insurer, partner, a provider sees only its own', async () => {
    expect(await dashboard(insurerAdmin(b.insurer.id))).toEqual([
      expect.objectContaining({ month: '2026-01', insurerId: gid(b.insurer.id), flaggedFen: 500 }),
    ]);
    // A viewer reads the dashboard as the admin does (the report itself is for monitoring staff).
    expect((await dashboard(insurerViewer(a.insurer.id))).map((p) => p.flaggedFen)).toEqual([200, 5300]);
    expect(await dashboard(partnerViewer((await createPartner(hub.prisma)).id))).toEqual([]);
    // The second provider of A settled one March claim of 3,300 fen (fund 2,310) with 300 flagged.
    expect(await dashboard(providerStaff(a.providers[1]!.id))).toEqual([
      {
        month: '2026-03',
        insurerId: gid(a.insurer.id),
        nameZh: a.insurer.nameZh,
        settledClaims: 1,
        settledFundFen: 2310,
        flaggedClaims: 1,
        flaggedFen: 300,
        share: 0.12987,
      },
    ]);
    expect(await dashboard(providerStaff(a.providers[2]!.id))).toEqual([]);
  });
});
