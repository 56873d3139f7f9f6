import { afterAll, beforeAll } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import {
  createInsurer,
  createPartner,
  createProvider,
  createPublishedTemplates,
  templateCodeOf,
} from '../factories/records.js';
import { gid, iso, ok, plusDays, agencyToday } from './mutation-helpers.js';

/**
 * The world the agreement-lifecycle tests share: a hub over a fresh database, two insurers, a
 * provider and a partner of insurer A, and A's admin. `useAgreementWorld()` registers the
 * hooks that fill `w` before the file's tests run.
 */
export const w = {} as {
  hub: TestHub;
  insurerA: { id: string };
  insurerB: { id: string };
  provider: { id: string };
  partner: { id: string };
  adminA: ReturnType<typeof insurerAdmin>;
};

export function useAgreementWorld(): void {
  beforeAll(async () => {
    w.hub = await createTestHub();
    w.insurerA = await createInsurer(w.hub.prisma);
    w.insurerB = await createInsurer(w.hub.prisma);
    // Drafts name a published template of their kind (template-choice.ts); B publishes its own.
    await createPublishedTemplates(w.hub.prisma, w.insurerA.id);
    await createPublishedTemplates(w.hub.prisma, w.insurerB.id);
    w.provider = await createProvider(w.hub.prisma, { insurerId: w.insurerA.id });
    w.partner = await createPartner(w.hub.prisma);
    w.adminA = insurerAdmin(w.insurerA.id);
  });
  afterAll(() => w.hub.close());
}

export const DRAFT = /* GraphQL */ `
  mutation ($input: DraftAgreementInput!) {
    draftAgreement(input: $input) {
      auditSeq
      agreement {
        id
        status
        version
        currentVersionNo
        number
      }
    }
  }
`;
export const SIGN = `mutation ($input: SignAgreementInput!) { signAgreement(input: $input) { auditSeq agreement { id status version signedAt } } }`;
export const SUSPEND = `mutation ($input: SuspendAgreementInput!) { suspendAgreement(input: $input) { auditSeq agreement { status suspensionScope version } } }`;
export const RESUME = `mutation ($input: ResumeAgreementInput!) { resumeAgreement(input: $input) { auditSeq agreement { status suspensionScope version } } }`;
export const AMEND = `mutation ($input: AmendAgreementInput!) { amendAgreement(input: $input) { auditSeq agreement { status currentVersionNo version } } }`;
export const TERMINATE = `mutation ($input: TerminateAgreementInput!) { terminateAgreement(input: $input) { auditSeq agreement { status terminatedAt version } } }`;
export const RENEW = `mutation ($input: RenewAgreementInput!) { renewAgreement(input: $input) { auditSeq agreement { id status startsOn endsOn renewedFrom { id } } } }`;

export type AgreementOut = {
  id: string;
  status: string;
  version: number;
  currentVersionNo: number;
  number: string;
};

/**
 * Dates read the agency's day at each call (agencyToday()), never once when the module loads:
 * a run that crosses Beijing midnight would otherwise draft on yesterday's calendar while the
 * product already counts from today.
 */
export function serviceDraft(over: Record<string, unknown> = {}) {
  const kind = (over.kind as string | undefined) ?? 'MEDICAL_INSTITUTION_SERVICE';
  return {
    family: 'SERVICE',
    kind: 'MEDICAL_INSTITUTION_SERVICE',
    providerId: gid('Provider', w.provider.id),
    startsOn: iso(plusDays(agencyToday(), -30)),
    endsOn: iso(plusDays(agencyToday(), 335)),
    templateCode: templateCodeOf(kind),
    templateVersion: '1',
    clauses: [
      { clauseNo: '1', titleZh: '总则', titleEn: 'General', bodyZh: '甲乙双方……', bodyEn: 'The parties …' },
      {
        clauseNo: '30',
        titleZh: '违约责任',
        titleEn: 'Liability',
        bodyZh: '按违规费用2倍核减',
        bodyEn: 'Deduct at 2×',
      },
    ],
    indicators: [
      {
        metric: 'DRUG_SHARE',
        comparator: 'LTE',
        threshold: '40',
        unit: 'PERCENT',
        breachMeasure: 'AGREEMENT_SUSPENSION',
      },
    ],
    ...over,
  };
}

export const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
export const agreementRow = (id: string) =>
  w.hub.prisma.agreement.findUniqueOrThrow({ where: { id: rawId(id) } });

export async function draftAndSign(over: Record<string, unknown> = {}) {
  const drafted = ok(
    await w.hub.exec<{ draftAgreement: { agreement: AgreementOut } }>(
      DRAFT,
      { input: serviceDraft(over) },
      w.adminA,
    ),
  ).draftAgreement.agreement;
  const signed = ok(
    await w.hub.exec<{ signAgreement: { agreement: AgreementOut } }>(
      SIGN,
      { input: { id: drafted.id, expectedVersion: 1 } },
      w.adminA,
    ),
  );
  return signed.signAgreement.agreement;
}
