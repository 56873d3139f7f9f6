import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/**
 * INSURED_SUSPENDED narrowed to CHRONIC_PHARMACY (S2: 暂停其门诊规定病种定点药店结算, 只能到选定的
 * 定点医疗机构就医取药): the suspended person's chronic-disease settlement at a pharmacy is
 * refused; the same person's chronic-disease visit at the hospital, inside the same suspension, is not.
 */
const chronicPharmacySuspended = (visit: 'pharmacy' | 'hospital') => async (w: MonitoringWorld) => {
  const p = await w.person({ settlementSuspendedUntil: '2026-09-01', settlementSuspendedFrom: '2025-09-01', suspensionScope: 'CHRONIC_PHARMACY' });
  // Prescribed, so only the suspension could refuse the pharmacy claim (not SETTLEMENT_WITHOUT_PRESCRIPTION).
  const lines = [w.line({ catalogueCode: 'X-BP', name: '降压药', prescriptionNo: 'RX-SUSP-1', prescribedOn: '2026-03-01' })];
  const where =
    visit === 'pharmacy'
      ? { visitType: 'PHARMACY', providerCode: w.pharmacy.code }
      : { visitType: 'CHRONIC_OUTPATIENT', providerCode: w.providers[0]!.code };
  return { claim: w.claim({ insuredIdNumber: p.idNumber, settlementCategory: 'CHRONIC_DISEASE', diagnoses: ['I10'], lines, ...where }) };
};

describeRule('INSURED_SUSPENDED', { fires: chronicPharmacySuspended('pharmacy'), twin: chronicPharmacySuspended('hospital') });
