import { fund, type KnownViolation, paidApart, selfPaid } from './known-violations-support.js';

/** Known violations in what one claim charges: restricted items, quantities, prices, double charges, items not covered. */
export const BILLING_CASES: KnownViolation[] = [
  {
    name: '限性别: a female-only item billed for a man',
    rule: 'SEX_RESTRICTION',
    async build(w) {
      const item = { catalogueCode: 'K-SEX-F', name: '妇科检查', category: 'SERVICE_ITEM', unitPriceFen: '3000' };
      const man = await w.person({ sex: 'MALE' });
      const woman = await w.person({ sex: 'FEMALE' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: man.idNumber, lines: [w.line(item)] }),
        clean: [w.claim({ insuredIdNumber: woman.idNumber, lines: [w.line(item)] })],
      };
    },
    amountFen: () => '3000',
    zh: () => '第1行 K-SEX-F 限女性使用，参保人为男性',
    en: () => 'line 1 K-SEX-F is restricted to female patients; the insured person is male',
  },
  {
    name: '限儿童: a children-only drug for a 55-year-old',
    rule: 'CHILD_ONLY',
    async build(w) {
      const item = { catalogueCode: 'K-CHILD', name: '小儿退热栓', unitPriceFen: '800' };
      const adult = await w.person({ birthDate: '1970-05-01' });
      const child = await w.person({ birthDate: '2020-01-01' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: adult.idNumber, lines: [w.line(item)] }),
        clean: [w.claim({ insuredIdNumber: child.idNumber, lines: [w.line(item)] })],
      };
    },
    amountFen: () => '800',
    zh: () => '第1行 K-CHILD 限14岁及以下儿童使用，参保人55岁',
    en: () => 'line 1 K-CHILD is for children aged 14 or under; the insured person is 55',
  },
  {
    name: '手术未按规定打折: a second operation on one day charged in full',
    rule: 'SURGERY_DISCOUNT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const first = w.line({ catalogueCode: 'K-SURG-1', name: '主手术', category: 'SERVICE_ITEM', unitPriceFen: '100000' });
      const second = (unitPriceFen: string) => w.line({ catalogueCode: 'K-SURG-2', name: '次手术', category: 'SERVICE_ITEM', unitPriceFen });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [first, second('80000')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [first, second('40000')] })],
      };
    },
    amountFen: () => '40000',
    zh: () => '第2行 K-SURG-2 为同日非主手术，应按 400.00 元收费，实收单价 800.00 元',
    en: () => 'line 2 K-SURG-2 is a further operation on the same day: allowed CNY 400.00, charged CNY 800.00 a unit',
  },
  {
    name: '限工伤/生育: a work-injury drug on basic medical insurance',
    rule: 'INSURANCE_TYPE_RESTRICTION',
    async build(w) {
      const item = { catalogueCode: 'K-WI', name: '工伤康复药', unitPriceFen: '2500' };
      const p = await w.person();
      const q = await w.person();
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [w.line(item)] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, insuranceType: 'WORK_INJURY', settlementCategory: 'WORK_INJURY', lines: [w.line(item)] })],
      };
    },
    amountFen: () => '2500',
    zh: () => '第1行 K-WI 限工伤保险、生育保险支付，本次为职工医保',
    en: () => 'line 1 K-WI is paid only by work-injury insurance or maternity insurance; this claim is employee insurance',
  },
  {
    name: '超量开药: quantity over the limit',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const item = (quantity: string) => w.line({ catalogueCode: 'K-QTY', name: '限量药', quantity, unitPriceFen: '500' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('12')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('10')] })],
      };
    },
    amountFen: () => '1000',
    zh: () => '第1行 K-QTY 数量 12 超过限量 10',
    en: () => 'line 1 K-QTY: quantity 12 over the limit of 10',
  },
  {
    name: '超量开药 split over lines: two lines of one drug, each under the limit, together over it',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const item = (quantity: string) => w.line({ catalogueCode: 'K-QTY', name: '限量药', quantity, unitPriceFen: '500' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('6'), w.line(), item('6')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('5'), w.line(), item('5')] })],
      };
    },
    amountFen: () => '1000',
    zh: () => '第1、3行 K-QTY 数量 12 超过限量 10',
    en: () => 'lines 1, 3 K-QTY: quantity 12 over the limit of 10',
  },
  {
    name: '超量开药: days of supply over the limit',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const item = (daysSupply: number) => w.line({ catalogueCode: 'K-QTY', name: '限量药', quantity: '5', unitPriceFen: '500', daysSupply });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item(45)] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item(30)] })],
      };
    },
    // 15 of 45 days' supply over the limit: a third of 2,500 fen.
    amountFen: () => '833',
    zh: () => '第1行 K-QTY 用药天数 45 天，超过限定 30 天',
    en: () => "line 1 K-QTY: 45 days' supply over the limit of 30",
  },
  {
    name: '超标准收费 at the edge of the claim format: a billion units at the largest price their amount allows',
    rule: 'PRICE_ABOVE_STANDARD',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      // The format takes a quantity up to 999,999,999.999 and fen up to 999,999,999,999,999, and a
      // line's amount is its price × quantity (claim-input.ts): a billion units at 10,000 yuan is
      // the largest such line. The amount at issue is the excess × quantity, within the line.
      const item = (unitPriceFen: string) => w.line({ catalogueCode: 'K-PRICE', name: '限价项目', category: 'SERVICE_ITEM', quantity: '999999999', unitPriceFen });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('1000000')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('1000')] })],
      };
    },
    // (1,000,000 − 1,000) fen over the standard × 999,999,999 units.
    amountFen: () => '998999999001000',
    zh: () => '第1行 K-PRICE 单价 10000.00 元，超过支付标准 10.00 元',
    en: () => 'line 1 K-PRICE: unit price CNY 10000.00 above the payment standard of CNY 10.00',
  },
  {
    name: '超量开药 at the edge of the claim format: a billion units at the largest amount (no overflow)',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const item = (quantity: string) => w.line({ catalogueCode: 'K-QTY', name: '限量药', quantity, unitPriceFen: '1000000' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('999999999')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('10')] })],
      };
    },
    // The 999,999,989 units over the limit at the line's own price (its amount over its quantity).
    amountFen: () => '999999989000000',
    zh: () => '第1行 K-QTY 数量 999999999 超过限量 10',
    en: () => 'line 1 K-QTY: quantity 999999999 over the limit of 10',
  },
  {
    name: '重复收费: one service item billed twice on one day',
    rule: 'DUPLICATE_BILLING',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const item = (quantity: string) => w.line({ catalogueCode: 'X-SVC', name: '静脉输液', category: 'SERVICE_ITEM', quantity, unitPriceFen: '2000' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('1'), item('1')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('2')] })],
      };
    },
    amountFen: () => '2000',
    zh: () => 'X-SVC 于 2026-03-10 重复收费（第 1、2 行）',
    en: () => 'X-SVC charged more than once on 2026-03-10 (lines 1, 2)',
  },
  {
    name: '虚计多记一般诊疗费: the consultation fee of one day charged again on a second settlement',
    rule: 'DUPLICATE_BILLING',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const fee = w.line({ catalogueCode: 'X-GP', name: '一般诊疗费', category: 'SERVICE_ITEM', unitPriceFen: '1000', servedOn: '2026-03-11' });
      const visit = (idNumber: string, settledAt: string, providerCode = w.providers[0]!.code) =>
        w.claim({ insuredIdNumber: idNumber, providerCode, settledAt, lines: [fee, w.line({ servedOn: '2026-03-11' })] });
      return {
        history: [visit(p.idNumber, '2026-03-11T01:00:00Z'), visit(q.idNumber, '2026-03-11T01:00:00Z')],
        bad: visit(p.idNumber, '2026-03-11T03:00:00Z'),
        // The same day at another provider: its own consultation.
        clean: [visit(q.idNumber, '2026-03-11T03:00:00Z', w.providers[1]!.code)],
      };
    },
    amountFen: () => '1000',
    zh: (_bad, history) => `X-GP 于 2026-03-11 已在结算 ${history[0]!.settlementId} 中收费，再次收费（第 1 行）`,
    en: (_bad, history) => `X-GP for 2026-03-11 was already charged on settlement ${history[0]!.settlementId} and is charged again (line 1)`,
  },
  {
    name: '无指征用药: a drug outside its indications',
    rule: 'DRUG_DIAGNOSIS_MISMATCH',
    async build(w) {
      const item = { catalogueCode: 'K-IND', name: '降糖药', unitPriceFen: '1500' };
      const p = await w.person();
      const q = await w.person();
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, diagnoses: ['J06.9'], lines: [w.line(item)] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, diagnoses: ['E11.9'], lines: [w.line(item)] })],
      };
    },
    amountFen: () => '1500',
    zh: () => '第1行 K-IND 限适应症 E11，诊断为 J06.9',
    en: () => 'line 1 K-IND is indicated for E11; the diagnoses are J06.9',
  },
  {
    name: '过度检查: an examination outside its indications (S4); the same examination for a diabetic is clean',
    rule: 'EXAMINATION_WITHOUT_INDICATION',
    async build(w) {
      const exam = { catalogueCode: 'K-EXAM', name: '糖化血红蛋白测定', category: 'SERVICE_ITEM', unitPriceFen: '6000' };
      const p = await w.person();
      const q = await w.person();
      return {
        history: [],
        // A cold (J06.9) with an HbA1c test and an ordinary drug: only the test is flagged.
        bad: w.claim({ insuredIdNumber: p.idNumber, diagnoses: ['J06.9'], lines: [w.line(), w.line(exam)] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, diagnoses: ['E11.9'], lines: [w.line(), w.line(exam)] })],
      };
    },
    amountFen: () => '6000',
    zh: () => '第2行 检查治疗项目 K-EXAM 的检查指征为 E10、E11，诊断为 J06.9',
    en: () => 'line 2: item K-EXAM is indicated for E10, E11; the diagnoses are J06.9',
  },
  {
    name: '超医保支付范围: an item not covered, paid by the fund',
    rule: 'ITEM_NOT_COVERED',
    async build(w) {
      const item = { catalogueCode: 'K-NC', name: '美容项目', category: 'SERVICE_ITEM', unitPriceFen: '1200' };
      const p = await w.person();
      const q = await w.person();
      const r = await w.person();
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [w.line(item)] }),
        clean: [
          selfPaid(w.claim({ insuredIdNumber: q.idNumber, lines: [w.line(item)] })),
          // The fund paid for a covered drug, the insured person paid the uncovered item in full.
          paidApart(w.claim({ insuredIdNumber: r.idNumber, lines: [w.line({ unitPriceFen: '1000' }), w.line(item)] }), { fundFen: 700n, accountFen: 0n }),
        ],
      };
    },
    // The fund's loss: its 70 % share of the 1,200-fen item (the person paid the other 360 fen).
    amountFen: (bad) => fund(bad),
    zh: () => '第1行 K-NC 不属于医保支付范围，却由基金支付',
    en: () => 'line 1 K-NC is not covered by the fund, yet the fund paid',
  },
  {
    name: '超标准收费: a unit price above the payment standard',
    rule: 'PRICE_ABOVE_STANDARD',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const item = (unitPriceFen: string) => w.line({ catalogueCode: 'K-PRICE', name: '限价项目', category: 'SERVICE_ITEM', quantity: '3', unitPriceFen });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('1200')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('1000')] })],
      };
    },
    amountFen: () => '600',
    zh: () => '第1行 K-PRICE 单价 12.00 元，超过支付标准 10.00 元',
    en: () => 'line 1 K-PRICE: unit price CNY 12.00 above the payment standard of CNY 10.00',
  },
];
