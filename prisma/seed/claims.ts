import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import { systemViewer } from '../../server/auth/viewer.js';
import { installRules } from '../../server/domain/monitoring/install-rules.js';
import { importKnowledge } from '../../server/domain/monitoring/import-knowledge.js';
import { activeRules } from '../../server/domain/monitoring/active-rules.js';
import { screenChunk } from '../../server/domain/monitoring/screen-chunk.js';
import { KNOWLEDGE } from '../../server/domain/monitoring/simulation/generate-claims.js';
import { seedSimClaims } from '../../server/domain/monitoring/simulation/seed-simulation.js';
import { localDay } from '../../server/domain/shared/local-date.js';

/**
 * The demo month, `YYYY-MM`: last month on the agency's calendar, the month the console's
 * monthly report opens on. At 00:30 on 1 March in Beijing that is February, though UTC is
 * still in February (whose previous month, January, the report would not show).
 */
export function demoClaimMonth(now: Date): string {
  const [y, m] = localDay(now).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/**
 * A month of settled claims for the Ma'anshan insurer (last calendar month), about 6 % with a
 * violation in them, its rule set and knowledge library, and that month already screened, so
 * the console and the monthly report have something to show. Every other demo insurer gets
 * the shipped rule set too, so claims imported or checked there are screened from the start.
 */
export async function seedDemoClaims(prisma: PrismaClient, claims = 1500): Promise<void> {
  for (const { id } of await prisma.insurer.findMany({ select: { id: true }, orderBy: { code: 'asc' } }))
    await prisma.$transaction((tx) => installRules(tx, id));
  const insurer = await prisma.insurer.findUnique({ where: { code: 'MAS' } });
  if (!insurer) return;
  const providers = await prisma.provider.findMany({ where: { insurerId: insurer.id, kind: 'HOSPITAL' }, orderBy: { code: 'asc' }, take: 5 });
  if (providers.length < 3) return;
  const physician = await prisma.physician.findFirst({ where: { primaryProviderId: providers[0]!.id }, orderBy: { code: 'asc' } });
  await prisma.$transaction((tx) => installRules(tx, insurer.id));
  await importKnowledge({ actor: systemViewer, requestId: null }, insurer.id, KNOWLEDGE.map((value, i) => ({ line: i + 1, value })));
  const month = demoClaimMonth(new Date());
  await seedSimClaims(prisma, insurer.id, {
    claims,
    violationRate: 0.06,
    seed: 20_240_501,
    month,
    providerCodes: providers.map((p) => p.code),
    physicianCode: physician?.code,
    prefix: `MAS${month.replace('-', '')}`,
  });
  for (const p of providers) {
    await prisma.$transaction(
      async (tx) => screenChunk(tx, { insurerId: insurer.id, providerId: p.id, fromMonth: `${month}-01`, toMonth: `${month}-01`, runId: null }, await activeRules(tx, insurer.id, 'AFTER')),
      { timeout: 120_000 },
    );
  }
}
