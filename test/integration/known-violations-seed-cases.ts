import { fund, stay, type KnownViolation } from './known-violations-support.js';

/**
 * Known violations the seeds name that the first rule set did not catch (docs/domain/seed-violation-coverage.md):
 * bed days billed beyond the stay (虚计多记), care beyond a provider's licence (超范围执业, S0; 超范围治疗, S4),
 * a chronic-disease pharmacy settlement without a prescription (无处方结算, S2), and a long
 * (chronic-disease) prescription over what its days of supply allow (门诊规定病种超量用药, S2).
 */
export const SEED_CASES: KnownViolation[] = [
  {
    name: '床位费天数超住院天数: a 5-day stay billed 7 bed days',
    rule: 'BED_DAYS_OVER_STAY',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const bad = stay(w, p.idNumber, '2026-03-05', '2026-03-10');
      // The last day's bed fee counts 3 days: one line, so not a duplicate charge.
      bad.lines = bad.lines.map((l) => (l.catalogueCode === '110900001' && l.servedOn === '2026-03-09' ? { ...l, quantity: '3', amountFen: '12000' } : l));
      const total = bad.lines.reduce((s, l) => s + BigInt(l.amountFen), 0n);
      const fundFen = total * 7n / 10n;
      return {
        history: [],
        bad: { ...bad, totalFen: total.toString(), fundFen: fundFen.toString(), selfFen: (total - fundFen).toString() },
        clean: [stay(w, q.idNumber, '2026-03-05', '2026-03-10')],
      };
    },
    // 28,000 fen of bed fees for 7 days, 2 of them beyond the stay.
    amountFen: () => '8000',
    zh: () => '住院 5 天，床位费计 7 天（第 1、3、5、7、9 行），多计 2 天',
    en: () => 'a 5-day stay billed 7 bed days (lines 1, 3, 5, 7, 9): 2 days too many',
  },
  {
    name: '床位费算入又算出: the discharge day billed as a bed day (6 for a 5-day stay); a same-day stay billed one day is clean',
    rule: 'BED_DAYS_OVER_STAY',
    async build(w) {
      const [p, q, r] = [await w.person(), await w.person(), await w.person()];
      const bed = (servedOn: string) => w.line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', servedOn });
      const base = stay(w, p.idNumber, '2026-03-05', '2026-03-10');
      const bad = w.claim({ ...base, lines: [...base.lines, bed('2026-03-10'), w.line({ servedOn: '2026-03-10' })] });
      const sameDay = w.claim({
        insuredIdNumber: r.idNumber, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: '2026-03-12', dischargedOn: '2026-03-12',
        settledAt: '2026-03-12T06:00:00Z', diagnoses: ['J18.9'], lines: [bed('2026-03-12'), w.line({ servedOn: '2026-03-12' })],
      });
      return { history: [], bad, clean: [stay(w, q.idNumber, '2026-03-05', '2026-03-10'), sameDay] };
    },
    // At the limit plus one: 6 bed days of 4,000 fen for a 5-day stay, one too many.
    amountFen: () => '4000',
    zh: () => '住院 5 天，床位费计 6 天（第 1、3、5、7、9、11 行），多计 1 天',
    en: () => 'a 5-day stay billed 6 bed days (lines 1, 3, 5, 7, 9, 11): 1 day too many',
  },
  {
    name: '超范围执业: an inpatient stay settled by a clinic, which has no beds',
    rule: 'BEYOND_LICENCE_SCOPE',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      return {
        history: [],
        bad: stay(w, p.idNumber, '2026-03-02', '2026-03-04', { providerCode: w.clinic.code }),
        clean: [stay(w, q.idNumber, '2026-03-02', '2026-03-04')],
      };
    },
    amountFen: fund,
    zh: () => '诊所无住院床位，不得办理住院结算',
    en: () => 'a clinic has no inpatient beds and may not settle a stay',
  },
  {
    name: '超范围执业: a retail pharmacy charging an injection fee',
    rule: 'BEYOND_LICENCE_SCOPE',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const sale = (idNumber: string, second: { catalogueCode: string; name: string; category: string }) =>
        w.claim({
          insuredIdNumber: idNumber,
          visitType: 'PHARMACY',
          settlementCategory: 'PHARMACY_PURCHASE',
          providerCode: w.pharmacy.code,
          lines: [w.line(), w.line({ ...second, unitPriceFen: '1500' })],
        });
      return {
        history: [],
        bad: sale(p.idNumber, { catalogueCode: 'X-INJ', name: '肌肉注射', category: 'SERVICE_ITEM' }),
        // A pharmacy may sell materials (test strips); the same sale without the treatment is clean.
        clean: [sale(q.idNumber, { catalogueCode: 'X-STRIP', name: '血糖试纸', category: 'MATERIAL' })],
      };
    },
    amountFen: () => '1500',
    zh: () => '定点零售药店仅可售药，不得收取诊疗项目费用（第 2 行 X-INJ）',
    en: () => 'a retail pharmacy may only dispense, not charge for diagnosis or treatment (line 2 X-INJ)',
  },
  {
    name: '无处方结算: a chronic-disease drug settled at the pharmacy without a prescription',
    rule: 'SETTLEMENT_WITHOUT_PRESCRIPTION',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const sale = (idNumber: string, rx: { prescriptionNo?: string; prescribedOn?: string }) =>
        w.claim({
          insuredIdNumber: idNumber,
          visitType: 'PHARMACY',
          settlementCategory: 'CHRONIC_DISEASE',
          providerCode: w.pharmacy.code,
          diagnoses: ['I10'],
          lines: [w.line({ catalogueCode: 'X-BP', name: '降压药', ...rx })],
        });
      return {
        history: [],
        bad: sale(p.idNumber, {}),
        clean: [sale(q.idNumber, { prescriptionNo: 'RX-SEED-1', prescribedOn: '2026-03-01' })],
      };
    },
    amountFen: () => '500',
    zh: () => '门诊规定病种药店结算，第 1 行药品无处方',
    en: () => 'chronic-disease settlement at a pharmacy with no prescription for line 1',
  },
  {
    name: '超量开药 on a long prescription (长处方): 30 units for 84 days of a drug limited to 10 for 30; a 12-week supply of 28 is clean',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const [p, q, r] = [await w.person(), await w.person(), await w.person()];
      const chronic = (idNumber: string, quantity: string, daysSupply: number) =>
        w.claim({
          insuredIdNumber: idNumber,
          visitType: 'CHRONIC_OUTPATIENT',
          settlementCategory: 'CHRONIC_DISEASE',
          diagnoses: ['I10'],
          lines: [w.line({ catalogueCode: 'K-QTY', name: '限量药', quantity, unitPriceFen: '500', daysSupply })],
        });
      return { history: [], bad: chronic(p.idNumber, '30', 84), clean: [chronic(q.idNumber, '28', 84), chronic(r.idNumber, '10', 30)] };
    },
    // 2 of 30 units of a 15,000-fen line.
    amountFen: () => '1000',
    zh: () => '第1行 K-QTY 数量 30 超过慢性病长处方 84 天的限量 28',
    en: () => 'line 1 K-QTY: quantity 30 over the limit of 28 for a chronic-disease prescription of 84 days',
  },
];
