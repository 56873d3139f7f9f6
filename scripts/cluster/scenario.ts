import { readFileSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createPostgresAdapterFactory } from '../../server/db/postgres.js';
import { createPrismaClient } from '../../server/db/prisma-client.js';
import { processCpuSeconds, type Cluster, type Replica } from './cluster.js';
import { Follower } from './follower.js';
import { newKey, post } from './http.js';
import { burst, revokeEverywhere } from './credentials.js';
import {
  checkCampaign,
  checkSchedule,
  resignedCount,
  startCampaign,
  type CampaignReport,
  type ScheduleReport,
} from './jobs.js';
import { TERM_END_QUEUE } from '../../server/jobs/term-end-job.js';

export interface ScenarioOptions {
  subscribers: number;
  seconds: number;
  writers: number;
  readers: number;
  /**
   * SIGKILL a replica: the one running the campaign's job once it has re-signed a few
   * agreements, or (no campaign) the first replica half-way through.
   */
  kill: boolean;
  /** Agreements in a re-signing campaign run as a background job during the load; 0 = none. */
  campaign: number;
  /** Check the term-end schedule fired once per slot (replicas with TERM_JOB_INTERVAL_MINUTES=1). */
  schedule?: boolean;
  /** The replicas' RATE_LIMIT_PER_MINUTE, to burst past it with a fresh key; 0 skips. */
  rateLimit: number;
}

export interface ScenarioReport {
  seconds: number;
  writes: { acknowledged: number; failed: number; missing: number };
  /** HTTP status (0 = no answer) → count, for the writes and reads that failed. */
  failures: Record<string, number>;
  reads: { ok: number; failed: number };
  followers: { count: number; exactlyOnce: number; reconnected: number; lost: number; duplicated: number };
  storedEvents: number;
  rateLimit: { limit: number; sent: number; ok: number; limited: number; other: number } | null;
  revocation: { sockets: number; closed: number; refusedEverywhere: boolean };
  cpu: { hubSeconds: number; postgresSeconds: number | null };
  campaign: CampaignReport | null;
  schedule: ScheduleReport | null;
}

const RECEIVE =
  'mutation($input: ReceiveTipOffInput!) { receiveTipOff(input: $input) { auditSeq tipOff { number } } }';
const READ = '{ tipOffs(first: 10) { totalCount edges { node { number status } } } }';

/** CPU seconds of the PostgreSQL server: the postmaster and its children (backends, workers). */
function postgresCpuSeconds(cluster: Cluster): number | null {
  if (!cluster.postgres) return null;
  try {
    const pid = Number(
      readFileSync(path.join(cluster.postgres.dataDir, 'data', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map(Number)
      .filter(Boolean);
    return [pid, ...children].reduce((sum, p) => sum + processCpuSeconds(p), 0);
  } catch {
    return null;
  }
}

/**
 * Mixed load through the load balancer: writers (receiveTipOff), readers (a page of tip-offs)
 * and followers of the audit log; optionally one replica is SIGKILLed half-way. Then it
 * checks what must hold across replicas and returns the counts (a test asserts them, the
 * `--load` run prints them with rates).
 */
export async function runScenario(cluster: Cluster, options: ScenarioOptions): Promise<ScenarioReport> {
  const prisma = createPrismaClient(createPostgresAdapterFactory(cluster.databaseUrl, { poolSize: 2 }));
  try {
    const insurer = await prisma.insurer.create({
      data: {
        code: `CL${Date.now()}`,
        nameZh: '集群测试医保中心',
        nameEn: 'Cluster test insurer',
        level: 'CITY',
        regionCode: '340500',
        regionZh: '马鞍山市',
        regionEn: "Ma'anshan",
      },
    });
    const insurerId = encodeGlobalID('Insurer', insurer.id);
    const writerKeys = await Promise.all(
      Array.from({ length: options.writers }, (_, i) => newKey(prisma, `writer-${i}`)),
    );
    const readerKeys = await Promise.all(
      Array.from({ length: options.readers }, (_, i) => newKey(prisma, `reader-${i}`)),
    );
    const followerKey = await newKey(prisma, 'followers');
    const wsUrl = cluster.url.replace(/^http/, 'ws') + '/graphql';
    const campaign =
      options.campaign > 0
        ? await startCampaign(cluster, prisma, writerKeys[0]!.key, insurer.id, options.campaign)
        : null;

    const followers = Array.from({ length: options.subscribers }, () => new Follower(wsUrl, followerKey.key));
    for (let i = 0; i < followers.length; i += 20)
      await Promise.all(followers.slice(i, i + 20).map((f) => f.start()));

    const cpu0 = {
      hub: cluster.replicas.reduce((s, r) => s + r.cpuSeconds(), 0),
      pg: postgresCpuSeconds(cluster),
    };
    const acknowledged: { seq: bigint; number: string }[] = [];
    let failedWrites = 0;
    let reads = 0;
    let failedReads = 0;
    const failures: Record<string, number> = {};
    const fail = (status: number, body: unknown) => {
      const code = (body as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
      const k = `${status}${code ? ` ${code}` : ''}`;
      failures[k] = (failures[k] ?? 0) + 1;
    };
    const t0 = Date.now();
    const deadline = t0 + options.seconds * 1000;
    let killedCpu = 0;
    let killed: Replica | null = null;
    let killedMidJob: CampaignReport['killed'] = null;
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const killer = options.kill
      ? (async () => {
          let victim = cluster.replicas[0]!;
          if (campaign) {
            const until = Date.now() + 60_000;
            while (
              Date.now() < until &&
              (campaign.takers.length === 0 || (await resignedCount(prisma, campaign.campaignId)) < 5)
            )
              await sleep(100);
            victim = cluster.replicas.find((r) => r.name === campaign.takers.at(-1)?.replica) ?? victim;
          } else await sleep((options.seconds * 1000) / 2);
          killedCpu = victim.cpuSeconds();
          await victim.kill('SIGKILL');
          killed = victim;
          if (campaign)
            killedMidJob = {
              replica: victim.name,
              resignedBefore: await resignedCount(prisma, campaign.campaignId),
            };
        })()
      : Promise.resolve();
    let n = 0;
    await Promise.all([
      killer,
      ...writerKeys.map(async ({ key }) => {
        while (Date.now() < deadline) {
          const res = await post(cluster.url, key, RECEIVE, {
            input: { insurerId, channel: 'ONLINE', summary: `集群举报 ${++n}` },
          });
          const payload = res.body.data?.receiveTipOff as
            { auditSeq: string; tipOff: { number: string } } | undefined;
          if (res.status === 200 && payload)
            acknowledged.push({ seq: BigInt(payload.auditSeq), number: payload.tipOff.number });
          else {
            failedWrites += 1;
            fail(res.status, res.body);
          }
        }
      }),
      ...readerKeys.map(async ({ key }) => {
        while (Date.now() < deadline) {
          const res = await post(cluster.url, key, READ);
          if (res.status === 200 && res.body.data) reads += 1;
          else {
            failedReads += 1;
            fail(res.status, res.body);
          }
        }
      }),
    ]);
    const elapsed = (Date.now() - t0) / 1000;
    const alive = cluster.replicas.filter((r) => r !== killed);
    const hubCpu = alive.reduce((s, r) => s + r.cpuSeconds(), 0) + killedCpu - cpu0.hub;
    const pgNow = postgresCpuSeconds(cluster);
    const postgresSeconds = pgNow !== null && cpu0.pg !== null ? pgNow - cpu0.pg : null;

    // The job finishes (a retry on a surviving replica) before the log is read: its events count too.
    const campaignReport = campaign ? await checkCampaign(prisma, campaign, killedMidJob, 120_000) : null;
    // Every acknowledged write is stored, with the event it reported.
    const stored = (await prisma.auditEvent.findMany({ orderBy: { seq: 'asc' }, select: { seq: true } })).map(
      (r) => r.seq,
    );
    const storedSet = new Set(stored);
    const numbers = new Set(
      (await prisma.tipOff.findMany({ where: { insurerId: insurer.id }, select: { number: true } })).map(
        (t) => t.number,
      ),
    );
    const missing = acknowledged.filter((a) => !storedSet.has(a.seq) || !numbers.has(a.number)).length;

    // Every follower, across its reconnects, has every event exactly once, in order.
    const last = stored[stored.length - 1] ?? 0n;
    await Promise.race([
      Promise.all(followers.map((f) => f.until(last))),
      new Promise((resolve) => setTimeout(resolve, 30_000)),
    ]);
    await Promise.all(followers.map((f) => f.stop()));
    let exactlyOnce = 0;
    let lost = 0;
    let duplicated = 0;
    for (const f of followers) {
      const got = new Set(f.seqs);
      duplicated += f.seqs.length - got.size;
      lost += stored.filter((s) => !got.has(s)).length;
      if (f.seqs.length === stored.length && f.seqs.every((s, i) => s === stored[i])) exactlyOnce += 1;
    }

    const rateLimit = options.rateLimit > 0 ? await burst(cluster, prisma, options.rateLimit) : null;
    const revocation = await revokeEverywhere(
      cluster,
      prisma,
      alive.map((r) => r.port),
    );
    return {
      seconds: elapsed,
      writes: { acknowledged: acknowledged.length, failed: failedWrites, missing },
      failures,
      reads: { ok: reads, failed: failedReads },
      followers: {
        count: followers.length,
        exactlyOnce,
        reconnected: followers.filter((f) => f.reconnects > 0).length,
        lost,
        duplicated,
      },
      storedEvents: stored.length,
      rateLimit,
      revocation,
      cpu: { hubSeconds: hubCpu, postgresSeconds },
      campaign: campaignReport,
      schedule: options.schedule ? await checkSchedule(prisma, TERM_END_QUEUE, 90_000) : null,
    };
  } finally {
    await prisma.$disconnect();
  }
}
