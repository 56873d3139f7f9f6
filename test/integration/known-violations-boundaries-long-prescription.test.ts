import { describeBoundaries, type BoundaryCase } from './known-violations-boundaries-support.js';
import type { LineIn, MonitoringWorld } from './rules/world.js';

/** K-QTY (10 units for 30 days on an ordinary prescription) at 500 fen a unit. */
const longItem = (w: MonitoringWorld, quantity: string, daysSupply: number) =>
  w.line({ catalogueCode: 'K-QTY', name: '限量药', quantity, unitPriceFen: '500', daysSupply });

/** A chronic-disease (门诊慢特病) visit for hypertension at the first hospital. */
const chronic = (w: MonitoringWorld, idNumber: string, lines: LineIn[]) =>
  w.claim({ insuredIdNumber: idNumber, visitType: 'CHRONIC_OUTPATIENT', settlementCategory: 'CHRONIC_DISEASE', diagnoses: ['I10'], lines });

/**
 * 超量开药 against a long prescription (长处方): an entry's quantity and days are those of an
 * ordinary prescription; a chronic-disease prescription may run to 12 weeks, its quantity limit
 * growing with the days of supply it states — a legitimate 12-week supply for hypertension must
 * not be flagged, while an ordinary prescription of the same size, a chronic one past 12 weeks,
 * or a chronic one whose quantity outruns its own days still are.
 */
const CASES: BoundaryCase[] = [
  {
    name: '长处方: a chronic-disease prescription of 12 weeks (84 days) may hold 28 units of a drug limited to 10 for 30 days; 29 is over',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const [p, q, r] = [await w.person(), await w.person(), await w.person()];
      const long = (idNumber: string, quantity: string, daysSupply: number) => chronic(w, idNumber, [longItem(w, quantity, daysSupply)]);
      return { history: [], bad: long(p.idNumber, '29', 84), clean: [long(q.idNumber, '28', 84), long(r.idNumber, '20', 60)] };
    },
    // 1 of 29 units of a 14,500-fen line.
    amountFen: () => '500',
  },
  {
    name: '长处方 at its limit: 85 days on a chronic-disease prescription is over the 12 weeks; 84 is not',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const long = (idNumber: string, daysSupply: number) => chronic(w, idNumber, [longItem(w, '28', daysSupply)]);
      return { history: [], bad: long(p.idNumber, 85), clean: [long(q.idNumber, 84)] };
    },
    // 1 of 85 days of a 14,000-fen line (164.7).
    amountFen: () => '165',
  },
  {
    name: '长处方 only for a chronic disease: 28 units for 84 days on a general outpatient claim are over; the same lines on a chronic-disease claim are clean',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [longItem(w, '28', 84)] }),
        clean: [chronic(w, q.idNumber, [longItem(w, '28', 84)])],
      };
    },
    // 18 of 28 units (9,000 of 14,000 fen), as much as 54 of 84 days.
    amountFen: () => '9000',
  },
  {
    name: '长处方 follows its days: 28 units stated as 30 days on a chronic-disease claim are over the 10 of 30 days',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      return { history: [], bad: chronic(w, p.idNumber, [longItem(w, '28', 30)]), clean: [chronic(w, q.idNumber, [longItem(w, '10', 30)])] };
    },
    amountFen: () => '9000',
  },
];

describeBoundaries('known violations at their boundaries: long (chronic-disease) prescriptions', CASES);
