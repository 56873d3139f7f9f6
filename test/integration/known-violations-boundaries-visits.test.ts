import { stay } from './known-violations-support.js';
import { bj, describeBoundaries, type BoundaryCase } from './known-violations-boundaries-support.js';
import type { ClaimIn, MonitoringWorld } from './rules/world.js';

const fund = (c: { fundFen: string }) => c.fundFen;

const visit = (w: MonitoringWorld, idNumber: string, provider: number, settledAt: string, extra: Partial<ClaimIn> = {}) =>
  w.claim({ insuredIdNumber: idNumber, providerCode: w.providers[provider]!.code, settledAt, ...extra });

/**
 * Across visits and days, at the edge of each rule: midnight in China time (UTC+8) — a visit at
 * 23:30 Beijing time is on that day, one at 00:30 on the next, though both are the same UTC day —
 * a stay that ends the day before the next begins, a readmission on exactly the 15th day, a
 * refill exactly at the tolerance.
 */
const CASES: BoundaryCase[] = [
  {
    name: '一卡多处: three providers on one Beijing day, the last at 23:30; three within one UTC day but over Beijing midnight are two a day',
    rule: 'CARD_AT_SEVERAL_PROVIDERS',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const day = '2026-03-11';
      return {
        history: [
          visit(w, p.idNumber, 1, bj(day, '09:00')),
          visit(w, p.idNumber, 2, bj(day, '13:00')),
          visit(w, q.idNumber, 1, bj(day, '23:30')),
          visit(w, q.idNumber, 2, bj('2026-03-12', '01:00')),
        ],
        bad: visit(w, p.idNumber, 0, bj(day, '23:30')),
        clean: [visit(w, q.idNumber, 0, bj('2026-03-12', '04:00'))],
      };
    },
    amountFen: fund,
  },
  {
    name: '住院期间门诊: an outpatient visit at 23:30 Beijing time on the eve of discharge; 00:30 on the discharge day and the admission day are clean',
    rule: 'OUTPATIENT_DURING_STAY',
    async build(w) {
      const [p, q, r] = [await w.person(), await w.person(), await w.person()];
      const inpatient = (idNumber: string) => stay(w, idNumber, '2026-03-03', '2026-03-08');
      return {
        history: [inpatient(p.idNumber), inpatient(q.idNumber), inpatient(r.idNumber)],
        bad: visit(w, p.idNumber, 1, bj('2026-03-07', '23:30')),
        clean: [visit(w, q.idNumber, 1, bj('2026-03-08', '00:30')), visit(w, r.idNumber, 1, bj('2026-03-03', '23:30'))],
      };
    },
    amountFen: fund,
  },
  {
    name: '住院期间门诊 across a month end: a visit on 30 March inside a stay settled at its discharge on 3 April; the discharge day is clean',
    rule: 'OUTPATIENT_DURING_STAY',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const inpatient = (idNumber: string) => stay(w, idNumber, '2026-03-28', '2026-04-03');
      return {
        history: [inpatient(p.idNumber), inpatient(q.idNumber)],
        bad: visit(w, p.idNumber, 1, bj('2026-03-30', '10:00')),
        clean: [visit(w, q.idNumber, 1, bj('2026-04-03', '10:00'))],
      };
    },
    amountFen: fund,
  },
  {
    name: '住院时间重叠: a stay at another hospital overlapping by one night; one that begins the day after discharge is clean',
    rule: 'OVERLAPPING_STAYS',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const elsewhere = (idNumber: string, admittedOn: string) =>
        stay(w, idNumber, admittedOn, '2026-03-12', { providerCode: w.providers[1]!.code, diagnoses: ['K35.8'] });
      return {
        history: [stay(w, p.idNumber, '2026-03-02', '2026-03-09'), stay(w, q.idNumber, '2026-03-02', '2026-03-08')],
        bad: elsewhere(p.idNumber, '2026-03-08'),
        clean: [elsewhere(q.idNumber, '2026-03-09')],
      };
    },
    amountFen: fund,
  },
  {
    name: '分解住院: readmitted on exactly the 15th day after a discharge of the month before; the 16th day, or another hospital, is clean',
    rule: 'SPLIT_ADMISSION',
    async build(w) {
      const [p, q, r] = [await w.person(), await w.person(), await w.person()];
      const earlier = (idNumber: string) => stay(w, idNumber, '2026-02-16', '2026-02-25');
      return {
        history: [earlier(p.idNumber), earlier(q.idNumber), earlier(r.idNumber)],
        bad: stay(w, p.idNumber, '2026-03-12', '2026-03-16'),
        clean: [stay(w, q.idNumber, '2026-03-13', '2026-03-17'), stay(w, r.idNumber, '2026-03-02', '2026-03-06', { providerCode: w.providers[1]!.code })],
      };
    },
    amountFen: fund,
  },
  {
    name: '挂床住院: exactly three days with nothing but the bed fee; two such days are clean',
    rule: 'PHANTOM_BED',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const idle = (idNumber: string, treatedDays: string[]) => {
        const c = stay(w, idNumber, '2026-03-01', '2026-03-06');
        c.lines = c.lines.filter((l) => l.catalogueCode === '110900001' || treatedDays.includes(l.servedOn));
        const total = c.lines.reduce((s, l) => s + BigInt(l.amountFen), 0n);
        const fundFen = (total * 7n) / 10n;
        return Object.assign(c, { totalFen: total.toString(), fundFen: fundFen.toString(), accountFen: '0', selfFen: (total - fundFen).toString() });
      };
      return {
        history: [],
        bad: idle(p.idNumber, ['2026-03-01', '2026-03-02']),
        clean: [idle(q.idNumber, ['2026-03-01', '2026-03-02', '2026-03-03'])],
      };
    },
    // The bed fees of the three idle days.
    amountFen: () => '12000',
  },
  {
    name: '重复开药: a 30-day supply dispensed again 8 days before it ends, at another pharmacy; 7 days before is within the tolerance',
    rule: 'REPEATED_DISPENSING',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const dispense = (idNumber: string, servedOn: string, provider: number) =>
        visit(w, idNumber, provider, bj(servedOn, '10:00'), {
          lines: [w.line({ catalogueCode: 'X-CAPE', name: '卡培他滨片', quantity: '3', unitPriceFen: '1000', daysSupply: 30, servedOn })],
        });
      return {
        history: [dispense(p.idNumber, '2026-03-01', 0), dispense(q.idNumber, '2026-03-01', 0)],
        bad: dispense(p.idNumber, '2026-03-23', 2),
        clean: [dispense(q.idNumber, '2026-03-24', 2)],
      };
    },
    // 8 of the 30 days overlap: 8/30 of 3,000 fen.
    amountFen: () => '800',
  },
  {
    name: '虚计多记 over a month end: the consultation of 31 March charged again on a settlement at 00:30 on 1 April; 1 April\'s own consultation is clean',
    rule: 'DUPLICATE_BILLING',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const gp = (idNumber: string, servedOn: string, settledAt: string) =>
        w.claim({ insuredIdNumber: idNumber, settledAt, lines: [w.line({ catalogueCode: 'X-GP', name: '一般诊疗费', category: 'SERVICE_ITEM', unitPriceFen: '1000', servedOn })] });
      return {
        history: [gp(p.idNumber, '2026-03-31', bj('2026-03-31', '23:30')), gp(q.idNumber, '2026-03-31', bj('2026-03-31', '23:30'))],
        bad: gp(p.idNumber, '2026-03-31', bj('2026-04-01', '00:30')),
        clean: [gp(q.idNumber, '2026-04-01', bj('2026-04-01', '00:30'))],
      };
    },
    amountFen: () => '1000',
  },
];

describeBoundaries('known violations at their boundaries: across visits and days', CASES);
