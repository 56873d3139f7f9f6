import { describeRule } from './harness.js';
import type { ClaimIn, MonitoringWorld } from './world.js';

/** K-QTY's entry: 10 units for 30 days on an ordinary prescription. */
const claimOf = (quantity: string, daysSupply: number, chronic: Partial<ClaimIn> = {}) => async (w: MonitoringWorld) => {
  const p = await w.person();
  return { claim: w.claim({ insuredIdNumber: p.idNumber, ...chronic, lines: [w.line({ catalogueCode: 'K-QTY', quantity, daysSupply })] }) };
};

/** A chronic-disease (门诊慢特病) visit: a long prescription of up to 12 weeks is allowed. */
const CHRONIC: Partial<ClaimIn> = { visitType: 'CHRONIC_OUTPATIENT', settlementCategory: 'CHRONIC_DISEASE', diagnoses: ['I10'] };

describeRule('QUANTITY_OVER_LIMIT', { fires: claimOf('12', 30), twin: claimOf('10', 30) });

// 长处方: 84 days of a drug whose ordinary prescription is 10 units for 30 days allows 28 units.
describeRule('QUANTITY_OVER_LIMIT', { fires: claimOf('29', 84, CHRONIC), twin: claimOf('28', 84, CHRONIC) });
