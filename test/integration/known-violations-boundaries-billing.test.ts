import { paidApart, stay } from './known-violations-support.js';
import { describeBoundaries, type BoundaryCase } from './known-violations-boundaries-support.js';

const fund = (c: { fundFen: string }) => c.fundFen;

/**
 * What one claim charges, at the edge of each rule: an age reached on the visit day, a limit met
 * exactly or passed by a fraction, one fen over a price, two operations on two days, a self
 * payment one fen short of the uncovered item, a second diagnosis that is the indication.
 */
const CASES: BoundaryCase[] = [
  {
    name: '限儿童: the 15th birthday on the visit day is over the age of 14; the day before it is not',
    rule: 'CHILD_ONLY',
    async build(w) {
      const item = { catalogueCode: 'K-CHILD', name: '小儿退热栓', unitPriceFen: '800' };
      const fifteen = await w.person({ birthDate: '2011-03-10' });
      const fourteen = await w.person({ birthDate: '2011-03-11' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: fifteen.idNumber, lines: [w.line(item)] }),
        clean: [w.claim({ insuredIdNumber: fourteen.idNumber, lines: [w.line(item)] })],
      };
    },
    amountFen: () => '800',
  },
  {
    name: '超量开药: half a unit over the limit is an excess; exactly the limit (written 10.000) is not',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const item = (quantity: string) => w.line({ catalogueCode: 'K-QTY', name: '限量药', quantity, unitPriceFen: '500', daysSupply: 30 });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('10.5')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('10.000')] })],
      };
    },
    // 0.5 of 10.5 units of a 5,250-fen line.
    amountFen: () => '250',
  },
  {
    name: '超量开药 in a stay: each day is its own prescription; 8 units a day for 20 days is clean, 12 on one day is over',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      // The limit is per prescription; an inpatient's drugs are ordered day by day, so the
      // stay's total (160 units here) is not one prescription's quantity.
      const inStay = (idNumber: string, dose: (day: number) => string) => {
        const s = stay(w, idNumber, '2026-03-01', '2026-03-21');
        const lines = s.lines.map((l, i) =>
          l.catalogueCode === '110900001' ? l : w.line({ catalogueCode: 'K-QTY', name: '限量药', quantity: dose(i >> 1), unitPriceFen: '500', daysSupply: 1, servedOn: l.servedOn }),
        );
        return stay(w, idNumber, '2026-03-01', '2026-03-21', { lines });
      };
      return {
        history: [],
        bad: inStay(p.idNumber, (day) => (day === 7 ? '12' : '8')),
        clean: [inStay(q.idNumber, () => '8')],
      };
    },
    // 2 of the 12 units of that day's 6,000-fen line.
    amountFen: () => '1000',
  },
  {
    name: '超标准收费: one fen over the payment standard on three units; exactly the standard is clean',
    rule: 'PRICE_ABOVE_STANDARD',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const item = (unitPriceFen: string) => w.line({ catalogueCode: 'K-PRICE', name: '限价项目', category: 'SERVICE_ITEM', quantity: '3', unitPriceFen });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('1001')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('1000')] })],
      };
    },
    amountFen: () => '3',
  },
  {
    name: '手术未打折: the second operation of the same day at full price; operations on two days, or a second one at the discounted price, are clean',
    rule: 'SURGERY_DISCOUNT',
    async build(w) {
      const [p, q, r] = [await w.person(), await w.person(), await w.person()];
      const first = (servedOn: string) => w.line({ catalogueCode: 'K-SURG-1', name: '主手术', category: 'SERVICE_ITEM', unitPriceFen: '100000', servedOn });
      const second = (servedOn: string, unitPriceFen: string) =>
        w.line({ catalogueCode: 'K-SURG-2', name: '次手术', category: 'SERVICE_ITEM', unitPriceFen, servedOn });
      const inpatient = (idNumber: string, lines: ReturnType<typeof first>[]) =>
        w.claim({ insuredIdNumber: idNumber, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: '2026-03-09', dischargedOn: '2026-03-12', settledAt: '2026-03-12T02:00:00Z', diagnoses: ['K35.8'], lines });
      return {
        history: [],
        bad: inpatient(p.idNumber, [first('2026-03-10'), second('2026-03-10', '80000')]),
        clean: [
          inpatient(q.idNumber, [first('2026-03-10'), second('2026-03-11', '80000')]),
          inpatient(r.idNumber, [first('2026-03-10'), second('2026-03-10', '40000')]),
        ],
      };
    },
    amountFen: () => '40000',
  },
  {
    name: '重复收费: one material charged on two lines for one day; the same material on two days, or a drug on two lines, is not',
    rule: 'DUPLICATE_BILLING',
    async build(w) {
      const [p, q, r] = [await w.person(), await w.person(), await w.person()];
      const dressing = (servedOn: string) => w.line({ catalogueCode: 'X-MAT', name: '换药敷料', category: 'MATERIAL', unitPriceFen: '1500', servedOn });
      const drug = w.line({ catalogueCode: 'X-PLAIN', name: '普通药品', unitPriceFen: '500' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [dressing('2026-03-10'), w.line(), dressing('2026-03-10')] }),
        clean: [
          w.claim({ insuredIdNumber: q.idNumber, lines: [dressing('2026-03-09'), dressing('2026-03-10')] }),
          w.claim({ insuredIdNumber: r.idNumber, lines: [drug, drug] }),
        ],
      };
    },
    amountFen: () => '1500',
  },
  {
    name: '超医保目录: the insured person paid one fen less than the uncovered item; paying exactly it is clean',
    rule: 'ITEM_NOT_COVERED',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const receipt = (idNumber: string) =>
        w.claim({ insuredIdNumber: idNumber, lines: [w.line({ unitPriceFen: '1000' }), w.line({ catalogueCode: 'K-NC', name: '美容项目', category: 'SERVICE_ITEM', unitPriceFen: '1200' })] });
      return {
        history: [],
        bad: paidApart(receipt(p.idNumber), { fundFen: 1001n, accountFen: 0n }),
        clean: [paidApart(receipt(q.idNumber), { fundFen: 1000n, accountFen: 0n })],
      };
    },
    // What the fund paid for the uncovered item — the 1 fen its own payment left — not the
    // 1,200 fen it charged: the amount to recover is the fund's loss.
    amountFen: () => '1',
  },
  {
    name: '超医保目录 on two uncovered lines: the amount is what the fund paid of them, not what they charged',
    rule: 'ITEM_NOT_COVERED',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const uncovered = (unitPriceFen: string, servedOn: string) => w.line({ catalogueCode: 'K-NC', name: '美容项目', category: 'SERVICE_ITEM', unitPriceFen, servedOn });
      const receipt = (idNumber: string) =>
        w.claim({ insuredIdNumber: idNumber, lines: [w.line({ unitPriceFen: '1000' }), uncovered('1200', '2026-03-09'), uncovered('800', '2026-03-10')] });
      return {
        history: [],
        // 2,000 fen uncovered, 1,501 paid by the person: the fund paid 499 of it.
        bad: paidApart(receipt(p.idNumber), { fundFen: 1199n, accountFen: 300n }),
        clean: [paidApart(receipt(q.idNumber), { fundFen: 700n, accountFen: 300n })],
      };
    },
    amountFen: () => '499',
  },
  {
    name: '个人账户买生活用品: the account paid one fen more than the medicine; exactly the medicine is clean',
    rule: 'NON_MEDICAL_ON_ACCOUNT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const basket = (idNumber: string) =>
        w.claim({
          insuredIdNumber: idNumber,
          visitType: 'PHARMACY',
          settlementCategory: 'PHARMACY_PURCHASE',
          lines: [w.line({ unitPriceFen: '1000' }), w.line({ catalogueCode: 'X-NM', name: '洗发水', category: 'NON_MEDICAL', unitPriceFen: '5000' })],
        });
      return {
        history: [],
        bad: paidApart(basket(p.idNumber), { fundFen: 0n, accountFen: 1001n }),
        clean: [paidApart(basket(q.idNumber), { fundFen: 0n, accountFen: 1000n })],
      };
    },
    amountFen: () => '1',
  },
  {
    name: '无指征用药: a neighbouring code (E10) is not the indication (E11); the indication as a second diagnosis is',
    rule: 'DRUG_DIAGNOSIS_MISMATCH',
    async build(w) {
      const item = { catalogueCode: 'K-IND', name: '降糖药', unitPriceFen: '1500' };
      const p = await w.person();
      const q = await w.person();
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, diagnoses: ['J06.9', 'E10.9'], lines: [w.line(item)] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, diagnoses: ['J06.9', 'E11.9'], lines: [w.line(item)] })],
      };
    },
    amountFen: () => '1500',
  },
  {
    name: '过度检查: E12 beside its indications E10 and E11 is not one; E10, the other indication, as a second diagnosis is',
    rule: 'EXAMINATION_WITHOUT_INDICATION',
    async build(w) {
      const exam = { catalogueCode: 'K-EXAM', name: '糖化血红蛋白测定', category: 'SERVICE_ITEM', unitPriceFen: '6000' };
      const p = await w.person();
      const q = await w.person();
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, diagnoses: ['J06.9', 'E12.9'], lines: [w.line(exam)] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, diagnoses: ['J06.9', 'E10.9'], lines: [w.line(exam)] })],
      };
    },
    amountFen: () => '6000',
  },
  {
    name: '无指征用药 is for drugs: the drug twin of the examination (same code, a drug line) is a drug offence, not 过度检查',
    rule: 'DRUG_DIAGNOSIS_MISMATCH',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const asDrug = { catalogueCode: 'K-EXAM', name: '糖化血红蛋白测定', unitPriceFen: '6000' };
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, diagnoses: ['J06.9'], lines: [w.line(asDrug)] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, diagnoses: ['E11.9'], lines: [w.line(asDrug)] })],
      };
    },
    amountFen: () => '6000',
  },
  {
    name: '结算类别与诊断不符: chronic-disease settlement with I11 (not I10); I10 as a second diagnosis is clean',
    rule: 'CATEGORY_DIAGNOSIS',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const chronic = (idNumber: string, diagnoses: string[]) =>
        w.claim({ insuredIdNumber: idNumber, visitType: 'CHRONIC_OUTPATIENT', settlementCategory: 'CHRONIC_DISEASE', diagnoses });
      return { history: [], bad: chronic(p.idNumber, ['J06.9', 'I11.9']), clean: [chronic(q.idNumber, ['J06.9', 'I10'])] };
    },
    amountFen: fund,
  },
  {
    name: '限工伤/生育: a work-injury drug on resident insurance; on maternity insurance it is allowed',
    rule: 'INSURANCE_TYPE_RESTRICTION',
    async build(w) {
      const item = { catalogueCode: 'K-WI', name: '工伤康复药', unitPriceFen: '2500' };
      const p = await w.person();
      const q = await w.person({ sex: 'FEMALE' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, insuranceType: 'RESIDENT', lines: [w.line(), w.line(item)] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, insuranceType: 'MATERNITY', settlementCategory: 'MATERNITY', diagnoses: ['O80'], lines: [w.line(), w.line(item)] })],
      };
    },
    amountFen: () => '2500',
  },
  {
    name: '限性别: a female-only item on the second line for a man; the first line is not at issue',
    rule: 'SEX_RESTRICTION',
    async build(w) {
      const item = { catalogueCode: 'K-SEX-F', name: '妇科检查', category: 'SERVICE_ITEM', unitPriceFen: '3000' };
      const man = await w.person({ sex: 'MALE' });
      const woman = await w.person({ sex: 'FEMALE' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: man.idNumber, lines: [w.line(), w.line(item)] }),
        clean: [w.claim({ insuredIdNumber: woman.idNumber, lines: [w.line(), w.line(item)] })],
      };
    },
    amountFen: () => '3000',
  },
];

describeBoundaries('known violations at their boundaries: what one claim charges', CASES);
