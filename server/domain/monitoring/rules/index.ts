import type { RuleDefinition } from './rule.js';
import { sexRestriction } from './sex-restriction.js';
import { childOnly } from './child-only.js';
import { surgeryDiscount } from './surgery-discount.js';
import { insuranceTypeRestriction } from './insurance-type-restriction.js';
import { quantityOverLimit } from './quantity-over-limit.js';
import { duplicateBilling } from './duplicate-billing.js';
import { drugDiagnosisMismatch } from './drug-diagnosis-mismatch.js';
import { itemNotCovered } from './item-not-covered.js';
import { priceAboveStandard } from './price-above-standard.js';
import { phantomBed } from './phantom-bed.js';
import { splitAdmission } from './split-admission.js';
import { categoryDiagnosis } from './category-diagnosis.js';
import { chronicPrescriptionReuse } from './chronic-prescription-reuse.js';
import { nonMedicalOnAccount } from './non-medical-on-account.js';
import { cardAtSeveralProviders } from './card-at-several-providers.js';
import { physicianOffSite } from './physician-off-site.js';
import { providerSuspended } from './provider-suspended.js';
import { insuredSuspended } from './insured-suspended.js';
import { outpatientDuringStay } from './outpatient-during-stay.js';
import { repeatedDispensing } from './repeated-dispensing.js';
import { overlappingStays } from './overlapping-stays.js';
import { physicianSuspended } from './physician-suspended.js';
import { agreementEnded } from './agreement-ended.js';
import { examinationWithoutIndication } from './examination-without-indication.js';
import { bedDaysOverStay } from './bed-days-over-stay.js';
import { beyondLicenceScope } from './beyond-licence-scope.js';
import { settlementWithoutPrescription } from './settlement-without-prescription.js';

/**
 * Every shipped rule definition, by key. Which seed violation each catches, and the test that
 * shows it: docs/domain/seed-violation-coverage.md. An insurer's AuditRule names one by `ruleKey`.
 */
export const RULES: readonly RuleDefinition[] = [
  sexRestriction,
  childOnly,
  surgeryDiscount,
  insuranceTypeRestriction,
  quantityOverLimit,
  duplicateBilling,
  drugDiagnosisMismatch,
  itemNotCovered,
  priceAboveStandard,
  phantomBed,
  splitAdmission,
  categoryDiagnosis,
  chronicPrescriptionReuse,
  nonMedicalOnAccount,
  cardAtSeveralProviders,
  physicianOffSite,
  providerSuspended,
  insuredSuspended,
  outpatientDuringStay,
  repeatedDispensing,
  overlappingStays,
  physicianSuspended,
  agreementEnded,
  examinationWithoutIndication,
  bedDaysOverStay,
  beyondLicenceScope,
  settlementWithoutPrescription,
];

const BY_KEY = new Map(RULES.map((r) => [r.key, r]));

export function ruleDefinition(key: string): RuleDefinition | undefined {
  return BY_KEY.get(key);
}

export type { RuleDefinition } from './rule.js';
