import { afterAll, beforeAll, expect } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, partnerViewer, providerStaff } from '../factories/viewers.js';
import {
  createAgreement,
  createAuditRule,
  createInsurer,
  createPartner,
  createProvider,
  createViolationType,
  uniq,
} from '../factories/records.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { raiseRuleHit } from '../../server/domain/monitoring/raise-rule-hit.js';
import type { RuleHitAction } from '../../server/db/generated/prisma/enums.js';
import { gid, ok } from './mutation-helpers.js';

/**
 * The world the rule-hit handling tests share: an insurer with two providers and their
 * agreements, a rule that becomes a catalogue violation, another insurer, and three partners
 * (entrusted with smart monitoring, with site patrol only, and with nothing).
 */
export const w = {} as {
  hub: TestHub;
  insurer: { id: string };
  other: { id: string };
  provider: { id: string };
  neighbour: { id: string };
  agreement: { id: string };
  neighbourAgreement: { id: string };
  violationType: { id: string };
  rule: { id: string; code: string };
  admin: Viewer;
  auditor: Viewer;
  staff: Viewer;
  neighbourStaff: Viewer;
  monitor: Viewer;
  patroller: Viewer;
  stranger: Viewer;
};

export function useReviewWorld(): void {
  beforeAll(async () => {
    const hub = await createTestHub();
    const p = hub.prisma;
    w.hub = hub;
    w.insurer = await createInsurer(p);
    w.other = await createInsurer(p);
    w.provider = await createProvider(p, { insurerId: w.insurer.id });
    w.neighbour = await createProvider(p, { insurerId: w.insurer.id });
    w.agreement = await createAgreement(p, { insurerId: w.insurer.id, providerId: w.provider.id });
    w.neighbourAgreement = await createAgreement(p, { insurerId: w.insurer.id, providerId: w.neighbour.id });
    w.violationType = await createViolationType(p);
    w.rule = await createAuditRule(p, { insurerId: w.insurer.id, violationTypeId: w.violationType.id });
    const monitor = await createPartner(p);
    const patroller = await createPartner(p);
    const stranger = await createPartner(p);
    await createAgreement(p, {
      insurerId: w.insurer.id,
      partnerId: monitor.id,
      entrustedWork: ['SMART_MONITORING'],
    });
    await createAgreement(p, {
      insurerId: w.insurer.id,
      partnerId: patroller.id,
      entrustedWork: ['SITE_PATROL'],
    });
    w.admin = insurerAdmin(w.insurer.id);
    w.auditor = insurerAuditor(w.insurer.id);
    w.staff = providerStaff(w.provider.id);
    w.neighbourStaff = providerStaff(w.neighbour.id);
    w.monitor = partnerViewer(monitor.id);
    w.patroller = partnerViewer(patroller.id);
    w.stranger = partnerViewer(stranger.id);
  });
  afterAll(() => w.hub.close());
}

/** A hit raised through `raiseRuleHit` (as the screening would), awaiting initial review. */
export async function raise(opts: { neighbour?: boolean; amountFen?: bigint } = {}) {
  const { ruleHit } = await raiseRuleHit(
    { actor: w.auditor, requestId: null },
    {
      ruleId: w.rule.id,
      stage: 'AFTER',
      providerId: opts.neighbour ? w.neighbour.id : w.provider.id,
      agreementId: opts.neighbour ? w.neighbourAgreement.id : w.agreement.id,
      claimRef: uniq('CLM-'),
      amountFen: opts.amountFen ?? 50_000n,
      occurredAt: new Date('2026-01-05T03:00:00Z'),
    },
  );
  return ruleHit;
}

export const STEP_FIELDS = `ruleHit { id status step dueAt overdue allowedActions history { action fromStep toStep note late } }`;
export const MUTATION: Record<Exclude<RuleHitAction, 'CONFIRM'>, string> = {
  REVIEW: `mutation ($input: RuleHitStepInput!) { reviewRuleHit(input: $input) { auditSeq ${STEP_FIELDS} } }`,
  REEXAMINE: `mutation ($input: RuleHitStepInput!) { reexamineRuleHit(input: $input) { auditSeq ${STEP_FIELDS} } }`,
  ANSWER: `mutation ($input: RuleHitStepInput!) { answerRuleHit(input: $input) { auditSeq ${STEP_FIELDS} } }`,
  INVESTIGATE: `mutation ($input: InvestigateRuleHitInput!) { investigateRuleHit(input: $input) { auditSeq ${STEP_FIELDS} } }`,
  DISMISS: `mutation ($input: RuleHitStepInput!) { dismissRuleHit(input: $input) { auditSeq ${STEP_FIELDS} } }`,
};
export const CONFIRM = `mutation ($input: ConfirmRuleHitsInput!) { confirmRuleHits(input: $input) { confirmed { auditSeq ruleHit { id status step findingId: finding { id } } finding { id source violatingAmountFen description } } } }`;

export type StepOut = {
  auditSeq: string;
  ruleHit: {
    id: string;
    status: string;
    step: string;
    dueAt: string | null;
    overdue: boolean;
    allowedActions: string[];
    history: { action: string; fromStep: string; toStep: string; note: string; late: boolean }[];
  };
};

const FIELD: Record<keyof typeof MUTATION, string> = {
  REVIEW: 'reviewRuleHit',
  REEXAMINE: 'reexamineRuleHit',
  ANSWER: 'answerRuleHit',
  INVESTIGATE: 'investigateRuleHit',
  DISMISS: 'dismissRuleHit',
};

/** Runs one step through GraphQL; returns the raw result. */
export function step(
  action: keyof typeof MUTATION,
  hitId: string,
  viewer: Viewer,
  extra: Record<string, unknown> = {},
) {
  return w.hub.exec(
    MUTATION[action],
    { input: { ruleHitId: gid('RuleHit', hitId), note: `${action} 意见`, ...extra } },
    viewer,
  );
}

/** Runs one step that must succeed; returns its payload. */
export async function stepOk(
  action: keyof typeof MUTATION,
  hitId: string,
  viewer: Viewer,
  extra: Record<string, unknown> = {},
) {
  const data = ok(await step(action, hitId, viewer, extra)) as Record<string, StepOut>;
  const out = data[FIELD[action]]!;
  expect(out.auditSeq).toMatch(/^\d+$/);
  return out;
}

/** A hit taken by agency staff as far as `until` (awaiting that step). */
export async function hitAwaiting(
  until: 'REEXAMINATION' | 'STATEMENT' | 'INVESTIGATION' | 'HANDLING',
  opts: { neighbour?: boolean; amountFen?: bigint } = {},
) {
  const hit = await raise(opts);
  const path: (keyof typeof MUTATION)[] = ['REVIEW', 'REEXAMINE', 'ANSWER', 'INVESTIGATE'];
  const n = { REEXAMINATION: 1, STATEMENT: 2, INVESTIGATION: 3, HANDLING: 4 }[until];
  for (const action of path.slice(0, n)) await stepOk(action, hit.id, w.auditor);
  return hit;
}

export const hitRow = (id: string) => w.hub.prisma.ruleHit.findUniqueOrThrow({ where: { id } });
