import { afterAll, beforeAll } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import type { Viewer } from '../../server/auth/viewer.js';
import { createInsurer } from '../factories/records.js';
import { ok } from './mutation-helpers.js';

/**
 * What the admission (定点申请) tests share: a hub with an insurer and another insurer
 * (`useAdmissionWorld()` fills `adm` before the file's tests run), a pharmacy's application
 * and the operations that file and list applications.
 */
export const adm = {} as { hub: TestHub; insurer: { id: string }; other: { id: string } };

export function useAdmissionWorld(): void {
  beforeAll(async () => {
    adm.hub = await createTestHub();
    adm.insurer = await createInsurer(adm.hub.prisma);
    adm.other = await createInsurer(adm.hub.prisma);
  });
  afterAll(() => adm.hub.close());
}

export const APPLY = `mutation ($input: ApplyForDesignationInput!) { applyForDesignation(input: $input) { auditSeq application { id number status version evaluationDueOn decisionDueOn materials { title ref } } } }`;

export const pharmacy = {
  applicantNameZh: '宝芝林大药房',
  applicantNameEn: 'Baozhilin Pharmacy',
  kind: 'RETAIL_PHARMACY',
  pharmacyClass: 'A',
  ownership: 'PRIVATE',
  licenceScope: ['中成药', '化学药制剂'],
  regionCode: '340503',
  materials: [{ title: '营业执照', ref: 'DOC-2026-001' }],
};
export type App = { id: string; status: string; version: number };
export const applications = () => adm.hub.prisma.designationApplication.count();

/** Files an application (by default the pharmacy's, entered by the insurer's admin) and expects it accepted. */
export async function apply(
  viewer: Viewer = insurerAdmin(adm.insurer.id),
  input: Record<string, unknown> = pharmacy,
) {
  return ok(
    await adm.hub.exec<{
      applyForDesignation: { auditSeq: string; application: App & Record<string, unknown> };
    }>(APPLY, { input }, viewer),
  ).applyForDesignation;
}
