import { describe, expect, it } from 'vitest';
import { createAgreement, createFinding } from '../factories/records.js';
import { partnerViewer, insurerAdmin } from '../factories/viewers.js';
import { audienceAllows, resolveAudience } from '../../server/policy/audience.js';
import { createPhysician } from '../factories/records.js';
import { EXECUTE, ISSUE, issuedOn, partners, propose, useEntrustedPartners, usePenaltyWorld, w, raw } from './penalty-fixture.js';
import { agencyToday, gid, iso, ok } from './mutation-helpers.js';

/**
 * A penalty taken on a finding another partner recorded is that partner's record (rows hide it:
 * partner-own-findings.test.ts), and so are its events. The penalty's events were tagged with
 * the insurer and provider only, so a second partner entrusted by the same insurer received
 * `penalty.proposed`/`penalty.issued` — number, finding id, measure, amount — of a penalty it
 * cannot read, in its event list, its subscription, its webhooks and the export alike (all
 * follow the same audience). Checked here on the list and on the live predicate.
 */
usePenaltyWorld();

useEntrustedPartners();

const EVENTS = `query($subject: String) { auditEvents(first: 50, subject: $subject) { totalCount edges { node { type data } } } }`;
type Events = { auditEvents: { totalCount: number; edges: { node: { type: string; data: Record<string, unknown> } }[] } };

async function penaltyOnFinding(partnerId: string | null, over: Record<string, unknown> = {}) {
  const service = await createAgreement(w.hub.prisma, { insurerId: w.insurer.id, providerId: w.provider.id });
  const finding = await createFinding(w.hub.prisma, {
    agreementId: service.id,
    partnerId,
    source: partnerId ? 'PARTNER_INVESTIGATION' : 'ON_SITE_INSPECTION',
  });
  const { penalty } = await propose(finding.id, over);
  ok(await w.hub.exec(ISSUE, { input: { id: penalty.id, expectedVersion: 1 } }, w.admin));
  return { subject: `Penalty/${raw(penalty.id)}`, id: penalty.id };
}

const typesSeen = async (subject: string, viewer: ReturnType<typeof partnerViewer>) => {
  const result = ok(await w.hub.exec<Events>(EVENTS, { subject }, viewer));
  return result.auditEvents.edges.map((e) => e.node.type).sort();
};

describe('events of a penalty on another partner’s finding', () => {
  it('reach the partner that recorded the finding and the insurer, never another entrusted partner', async () => {
    const { subject } = await penaltyOnFinding(partners.investigator);
    expect(await typesSeen(subject, insurerAdmin(w.insurer.id))).toEqual(['penalty.issued', 'penalty.proposed']);
    expect(await typesSeen(subject, partnerViewer(partners.investigator))).toEqual(['penalty.issued', 'penalty.proposed']);
    expect(await typesSeen(subject, partnerViewer(partners.bystander))).toEqual([]);
  });

  it('are refused by the live predicate (subscriptions, webhooks, export) for the other partner', async () => {
    const { subject } = await penaltyOnFinding(partners.investigator);
    const events = await w.hub.prisma.auditEvent.findMany({ where: { subject } });
    expect(events).toHaveLength(2);
    const other = await resolveAudience(w.hub.prisma, partnerViewer(partners.bystander));
    const own = await resolveAudience(w.hub.prisma, partnerViewer(partners.investigator));
    for (const event of events) {
      expect(audienceAllows(other, event), event.type).toBe(false);
      expect(audienceAllows(own, event), event.type).toBe(true);
    }
  });

  it('include the physician suspension it executes (its event names the penalty)', async () => {
    const physician = await createPhysician(w.hub.prisma, { primaryProviderId: w.provider.id });
    const { id } = await penaltyOnFinding(partners.investigator, {
      measure: 'PHYSICIAN_BILLING_SUSPENSION',
      multiple: null,
      durationMonths: 12,
      physicianId: gid('Physician', physician.id),
    });
    const today = iso(agencyToday());
    await issuedOn(id, today);
    ok(await w.hub.exec(EXECUTE, { input: { id, expectedVersion: 2, effectiveFrom: today } }, w.admin));
    const subject = `Physician/${physician.id}`;
    expect(await typesSeen(subject, partnerViewer(partners.investigator))).toEqual(['physician.billingSuspended']);
    expect(await typesSeen(subject, partnerViewer(partners.bystander))).toEqual([]);
  });

  it('of an agency finding still reach every entrusted partner', async () => {
    const { subject } = await penaltyOnFinding(null);
    for (const partnerId of [partners.investigator, partners.bystander])
      expect(await typesSeen(subject, partnerViewer(partnerId))).toEqual(['penalty.issued', 'penalty.proposed']);
  });
});
