import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import { RESIGNING_QUEUE } from '../../server/domain/templates/template-queue.js';
import type { Cluster } from './cluster.js';
import { post } from './http.js';

/**
 * A background job under the replica scenario: a re-signing campaign over `size` agreements,
 * started through the balancer like a user would (draft, publish, start), worked by whichever
 * replica's pg-boss worker takes it. The scenario SIGKILLs that replica mid-campaign; the job's
 * heartbeat stops, pg-boss fails it and another replica takes the retry and resumes. Then
 * `checkCampaign` counts what the job did, per agreement.
 */
export interface CampaignWatch {
  campaignId: string;
  size: number;
  /** Each time a replica took the campaign's job (its log line), with pg-boss's retry count. */
  takers: { replica: string; retryCount: number }[];
  stop(): void;
}

export interface CampaignReport {
  size: number;
  status: string;
  /** Items by status (RESIGNED, PENDING, REFUSED…). */
  items: Record<string, number>;
  /** Agreements with an `agreement.amended` event of this campaign, and the most events one had. */
  amendedAgreements: number;
  maxAmendedPerAgreement: number;
  /** Agreements whose version count is not exactly 2 (v1 + the re-signed v2). */
  wrongVersionCount: number;
  completedEvents: number;
  /** pg-boss's row for the job: its state and how often it was retried. */
  job: { state: string; retryCount: number } | null;
  takers: { replica: string; retryCount: number }[];
  /** The replica killed while the job ran on it, and how many items were done by then. */
  killed: { replica: string; resignedBefore: number } | null;
}

const DRAFT = `mutation ($input: DraftAgreementTemplateInput!) { draftAgreementTemplate(input: $input) { template { id } } }`;
const PUBLISH = `mutation ($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { template { id } } }`;
const START = `mutation ($input: StartResigningCampaignInput!) { startResigningCampaign(input: $input) { campaign { id } } }`;

async function mutate(cluster: Cluster, key: string, query: string, input: Record<string, unknown>) {
  const res = await post(cluster.url, key, query, { input });
  const payload = res.body.data ? Object.values(res.body.data)[0] : null;
  if (res.status !== 200 || !payload)
    throw new Error(`${query.slice(0, 40)}… answered ${res.status}: ${JSON.stringify(res.body.errors)}`);
  return payload as Record<string, { id: string }>;
}

export async function startCampaign(
  cluster: Cluster,
  prisma: PrismaClient,
  key: string,
  insurerId: string,
  size: number,
): Promise<CampaignWatch> {
  // The agreements in force, written directly (their own history is not what is measured).
  const tag = Date.now().toString(36).toUpperCase();
  await prisma.provider.createMany({
    data: Array.from({ length: size }, (_, i) => ({
      code: `CLH${tag}${i}`,
      nameZh: `集群测试医院${i}`,
      nameEn: `Cluster hospital ${i}`,
      kind: 'HOSPITAL' as const,
      hospitalGrade: 'GRADE_2' as const,
      ownership: 'PUBLIC' as const,
      licenceScope: ['内科'],
      regionCode: '340503',
      insurerId,
    })),
  });
  const providers = await prisma.provider.findMany({ where: { insurerId }, select: { id: true } });
  await prisma.agreement.createMany({
    data: providers.map((p, i) => ({
      number: `XY-CL-${tag}-${i}`,
      family: 'SERVICE' as const,
      kind: 'MEDICAL_INSTITUTION_SERVICE' as const,
      status: 'ACTIVE' as const,
      insurerId,
      providerId: p.id,
      startsOn: new Date('2025-01-01T00:00:00Z'),
      endsOn: new Date('2027-12-31T00:00:00Z'),
      signedAt: new Date('2024-12-20T02:00:00Z'),
    })),
  });
  const agreements = await prisma.agreement.findMany({ where: { insurerId }, select: { id: true } });
  await prisma.agreementVersion.createMany({
    data: agreements.map((a) => ({
      agreementId: a.id,
      versionNo: 1,
      templateCode: 'AH-2024-MED',
      templateVersion: '2024.1',
      effectiveFrom: new Date('2025-01-01T00:00:00Z'),
    })),
  });

  const takers: CampaignWatch['takers'] = [];
  let campaignId = '';
  const early: { replica: string; line: string }[] = [];
  const take = (replica: string, line: string) => {
    if (!line.includes('re-signing campaign taken')) return;
    const entry = JSON.parse(line) as { campaignId?: string; retryCount?: number };
    if (entry.campaignId === campaignId) takers.push({ replica, retryCount: entry.retryCount ?? 0 });
  };
  // Listening before the campaign starts: a replica may take the job before START answers.
  const stop = cluster.onLog((replica, line) =>
    campaignId ? take(replica, line) : early.push({ replica, line }),
  );
  const template = await mutate(cluster, key, DRAFT, {
    insurerId: encodeGlobalID('Insurer', insurerId),
    kind: 'MEDICAL_INSTITUTION_SERVICE',
    code: `CL-${tag}`,
    titleZh: '集群测试服务协议',
    titleEn: 'Cluster test service agreement',
    effectiveFrom: '2026-01-01',
    clauses: [
      { clauseNo: '1', titleZh: '总则', titleEn: 'General', bodyZh: '重签条款', bodyEn: 'Re-signed clause' },
    ],
    indicators: [{ metric: 'DRUG_SHARE', comparator: 'LTE', threshold: '38', unit: 'PERCENT' }],
  });
  await mutate(cluster, key, PUBLISH, { id: template.template!.id, expectedVersion: 1 });
  const started = await mutate(cluster, key, START, { templateId: template.template!.id });
  campaignId = decodeGlobalID(started.campaign!.id).id;
  for (const { replica, line } of early.splice(0)) take(replica, line);
  return { campaignId, size, takers, stop };
}

export function resignedCount(prisma: PrismaClient, campaignId: string): Promise<number> {
  return prisma.resigningCampaignItem.count({ where: { campaignId, status: 'RESIGNED' } });
}

/** Waits (bounded) for the campaign to complete, then counts what its job did. */
export async function checkCampaign(
  prisma: PrismaClient,
  watch: CampaignWatch,
  killed: CampaignReport['killed'],
  timeoutMs: number,
): Promise<CampaignReport> {
  const { campaignId } = watch;
  const deadline = Date.now() + timeoutMs;
  let status = '';
  while (Date.now() < deadline) {
    status = (await prisma.resigningCampaign.findUniqueOrThrow({ where: { id: campaignId } })).status;
    if (status !== 'RUNNING') break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  watch.stop();
  const items = await prisma.resigningCampaignItem.groupBy({
    by: ['status'],
    where: { campaignId },
    _count: { _all: true },
  });
  const amended = await prisma.$queryRaw<{ agreements: number; most: number | null }[]>`
    SELECT count(*)::int AS agreements, max(n)::int AS most FROM (
      SELECT "entityId", count(*) AS n FROM "AuditEvent"
      WHERE type = 'agreement.amended' AND data->>'campaignId' = ${campaignId} GROUP BY "entityId") per_agreement`;
  const versions = await prisma.$queryRaw<{ wrong: number }[]>`
    SELECT count(*)::int AS wrong FROM (
      SELECT i."agreementId" FROM "ResigningCampaignItem" i
      JOIN "AgreementVersion" v ON v."agreementId" = i."agreementId"
      WHERE i."campaignId" = ${campaignId}::uuid GROUP BY i."agreementId" HAVING count(*) <> 2) w`;
  const completedEvents = await prisma.auditEvent.count({
    where: { type: 'resigningCampaign.completed', entityId: campaignId },
  });
  const jobs = await prisma.$queryRawUnsafe<{ state: string; retryCount: number }[]>(
    `SELECT state::text AS state, retry_count AS "retryCount" FROM pgboss.job WHERE name = $1 AND data->>'campaignId' = $2`,
    RESIGNING_QUEUE,
    campaignId,
  );
  return {
    size: watch.size,
    status,
    items: Object.fromEntries(items.map((i) => [i.status, i._count._all])),
    amendedAgreements: amended[0]?.agreements ?? 0,
    maxAmendedPerAgreement: amended[0]?.most ?? 0,
    wrongVersionCount: versions[0]?.wrong ?? 0,
    completedEvents,
    job: jobs.length === 1 ? jobs[0]! : null,
    takers: [...watch.takers],
    killed,
  };
}

export interface ScheduleReport {
  /** Cron slots that fired, each forwarded by pg-boss as one occurrence (whichever replica won). */
  slots: number;
  maxOccurrencesPerSlot: number;
  /** Jobs of the scheduled queue, and how many completed. */
  jobs: number;
  completed: number;
}

/**
 * A scheduled job across replicas: every replica registers the same schedule (server/jobs/
 * term-end-job.ts); each cron slot must give one job, not one per replica. Waits (bounded)
 * until at least one has completed.
 */
export async function checkSchedule(
  prisma: PrismaClient,
  queue: string,
  timeoutMs: number,
): Promise<ScheduleReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [report] = await prisma.$queryRawUnsafe<ScheduleReport[]>(
      `WITH occurrence AS (
         SELECT data->>'slot' AS slot, count(*) AS n FROM pgboss.job
         WHERE name = '__pgboss__send-it' AND data->>'name' = $1 GROUP BY 1)
       SELECT (SELECT count(*)::int FROM occurrence) AS slots,
              (SELECT coalesce(max(n), 0)::int FROM occurrence) AS "maxOccurrencesPerSlot",
              (SELECT count(*)::int FROM pgboss.job WHERE name = $1) AS jobs,
              (SELECT count(*)::int FROM pgboss.job WHERE name = $1 AND state = 'completed') AS completed`,
      queue,
    );
    if (report!.completed > 0 || Date.now() > deadline) return report!;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
