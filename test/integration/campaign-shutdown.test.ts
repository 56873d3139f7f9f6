import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import { createAgreement, createInsurer, createProvider } from '../factories/records.js';
import { ok } from './mutation-helpers.js';
import { ensureQueue, startJobQueue, type JobQueue } from '../../server/jobs/queue.js';
import { workResigningJob } from '../../server/jobs/template-jobs.js';
import { RESIGNING_QUEUE, type ResigningJob } from '../../server/domain/templates/template-queue.js';
import { createLogger } from '../../server/logger.js';

/**
 * A hub process stopping (SIGTERM: a deploy, a scale-down) in the middle of a re-signing
 * campaign ends after the item in hand and hands the rest to the other processes as a fresh
 * job, instead of keeping the campaign until pg-boss's grace (and the hub's deadline) ran out
 * and leaving its job active until the heartbeat expired elsewhere.
 */
let hub: TestHub;
let queue: JobQueue | undefined;
let insurer: { id: string };
let agreements: { id: string }[];
let campaignId: string;
const logger = createLogger('silent');

const DRAFT = `mutation ($input: DraftAgreementTemplateInput!) { draftAgreementTemplate(input: $input) { template { id } } }`;
const PUBLISH = `mutation ($input: PublishAgreementTemplateInput!) { publishAgreementTemplate(input: $input) { template { id } } }`;
const START = `mutation ($input: StartResigningCampaignInput!) { startResigningCampaign(input: $input) { campaign { id total } } }`;

beforeAll(async () => {
  hub = await createTestHub();
  insurer = await createInsurer(hub.prisma);
  agreements = [];
  for (let i = 0; i < 3; i += 1) {
    const provider = await createProvider(hub.prisma, { insurerId: insurer.id });
    agreements.push(await createAgreement(hub.prisma, { insurerId: insurer.id, providerId: provider.id, status: 'ACTIVE' }));
  }
  queue = await startJobQueue(hub.db.jobTarget, logger);
  await ensureQueue(queue.boss, RESIGNING_QUEUE);
  const admin = insurerAdmin(insurer.id);
  const template = ok(
    await hub.exec<{ draftAgreementTemplate: { template: { id: string } } }>(
      DRAFT,
      {
        input: {
          kind: 'MEDICAL_INSTITUTION_SERVICE',
          code: 'SHUTDOWN-CAMPAIGN',
          titleZh: '2027 版服务协议',
          titleEn: '2027 service agreement',
          effectiveFrom: '2026-01-01',
          clauses: [{ clauseNo: '1', titleZh: '总则', titleEn: 'General', bodyZh: '新条款', bodyEn: 'New clause' }],
        },
      },
      admin,
    ),
  ).draftAgreementTemplate.template;
  ok(await hub.exec(PUBLISH, { input: { id: template.id, expectedVersion: 1 } }, admin));
  const started = ok(
    await hub.exec<{ startResigningCampaign: { campaign: { id: string; total: number } } }>(START, { input: { templateId: template.id } }, admin),
  ).startResigningCampaign.campaign;
  expect(started.total).toBe(3);
  campaignId = Buffer.from(started.id, 'base64').toString().split(':')[1]!;
}, 120_000);

afterAll(async () => {
  await queue?.stop();
  await hub.close();
});

/** The next campaign job, taken as a worker takes it (active). */
async function takeJob(boss: JobQueue['boss']) {
  const [job] = await boss.fetch<ResigningJob>(RESIGNING_QUEUE);
  expect(job?.data).toEqual({ campaignId });
  return { ...job!, signal: new AbortController().signal };
}

const items = () => hub.prisma.resigningCampaignItem.findMany({ where: { campaignId }, select: { status: true } });

describe('a re-signing campaign job when its process stops', () => {
  it('stops the queue’s handlers at once: the stopping signal is raised before pg-boss waits for them', async () => {
    const other = await startJobQueue(hub.db.jobTarget, logger);
    expect(other.stopping.aborted).toBe(false);
    const stopped = other.stop();
    expect(other.stopping.aborted).toBe(true);
    await stopped;
  });

  it('leaves the rest of the campaign to a fresh job that another process takes and finishes, each agreement once', async () => {
    const boss = queue!.boss;
    const taken = await takeJob(boss);
    await workResigningJob(boss, logger, taken, AbortSignal.abort());
    // Nothing was begun after the stop, and the work is queued again, not held by the stopped process.
    expect((await items()).map((i) => i.status)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    const handedOver = await takeJob(boss);
    expect(handedOver.id).not.toBe(taken.id);

    await workResigningJob(boss, logger, handedOver);
    expect((await items()).map((i) => i.status)).toEqual(['RESIGNED', 'RESIGNED', 'RESIGNED']);
    const campaign = await hub.prisma.resigningCampaign.findUniqueOrThrow({ where: { id: campaignId } });
    expect(campaign.status).toBe('COMPLETED');
    for (const agreement of agreements) {
      const amended = await hub.prisma.auditEvent.count({
        where: { entityId: agreement.id, type: 'agreement.amended', data: { path: ['campaignId'], equals: campaignId } },
      });
      expect(amended).toBe(1);
    }
    // A finished campaign is not handed over again.
    expect(await boss.fetch(RESIGNING_QUEUE)).toEqual([]);
  });
});
