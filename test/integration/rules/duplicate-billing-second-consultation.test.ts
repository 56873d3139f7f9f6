import { describeRule } from './harness.js';
import type { MonitoringWorld } from './world.js';

/**
 * 虚计多记一般诊疗费 against a real second consultation the same day (docs/domain/monitoring.md):
 * a morning visit charged the consultation fee; in the afternoon the patient is seen again at the
 * same hospital. Back with the same doctor after the day's tests, the fee charged again is the
 * same consultation counted twice; sent on to another department's doctor, it is a consultation
 * of its own.
 */
const secondVisit = (afternoonDoctor: 'same' | 'other') => async (w: MonitoringWorld) => {
  const p = await w.person();
  const fee = w.line({ catalogueCode: 'X-GP', name: '一般诊疗费', category: 'SERVICE_ITEM', unitPriceFen: '1000', servedOn: '2026-03-11' });
  const visit = (physicianCode: string, settledAt: string, extra = w.line({ servedOn: '2026-03-11' })) =>
    w.claim({ insuredIdNumber: p.idNumber, physicianCode, settledAt, lines: [fee, extra] });
  const morning = visit(w.physician.code, '2026-03-11T01:00:00Z', w.line({ catalogueCode: 'X-LAB', name: '血常规', category: 'SERVICE_ITEM', unitPriceFen: '2500', servedOn: '2026-03-11' }));
  const doctor = afternoonDoctor === 'same' ? w.physician.code : w.colleague.code;
  return { history: [morning], claim: visit(doctor, '2026-03-11T07:00:00Z') };
};

describeRule('DUPLICATE_BILLING', { fires: secondVisit('same'), twin: secondVisit('other') });
