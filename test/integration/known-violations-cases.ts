import type { ClaimIn, LineIn, MonitoringWorld } from './rules/world.js';

/**
 * One known violation pattern (docs/domain/violations.md, docs/domain/monitoring.md): claims of
 * the insured person's history, one claim carrying exactly that violation, and clean twins that
 * differ from it only in what makes it a violation. Every claim is settled in March 2026.
 */
export interface KnownViolation {
  name: string;
  rule: string;
  build(w: MonitoringWorld): Promise<{ history: ClaimIn[]; bad: ClaimIn; clean: ClaimIn[] }>;
  /** The amount at issue, in fen. */
  amountFen(bad: ClaimIn): string;
  zh(bad: ClaimIn, history: ClaimIn[]): string;
  en(bad: ClaimIn, history: ClaimIn[]): string;
}

const fund = (c: ClaimIn) => c.fundFen;

/** A claim paid wholly by the insured person (no fund, no account). */
function selfPaid(c: ClaimIn): ClaimIn {
  return { ...c, fundFen: '0', accountFen: '0', selfFen: c.totalFen };
}

/** A claim with part of it paid from the personal account. */
function withAccount(c: ClaimIn, accountFen: bigint): ClaimIn {
  const total = BigInt(c.totalFen);
  const fundFen = (total - accountFen) * 7n / 10n;
  return { ...c, accountFen: accountFen.toString(), fundFen: fundFen.toString(), selfFen: (total - accountFen - fundFen).toString() };
}

/** A claim with its fund and account payments set; the rest is paid by the insured person. */
function paidApart(c: ClaimIn, pay: { fundFen: bigint; accountFen: bigint }): ClaimIn {
  const self = BigInt(c.totalFen) - pay.fundFen - pay.accountFen;
  return { ...c, fundFen: pay.fundFen.toString(), accountFen: pay.accountFen.toString(), selfFen: self.toString() };
}

const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10));

/** An inpatient stay with a bed fee and a drug every day (no idle day: not a phantom bed). */
function stay(w: MonitoringWorld, idNumber: string, admittedOn: string, dischargedOn: string, extra: Partial<ClaimIn> = {}): ClaimIn {
  const n = Math.round((Date.parse(dischargedOn) - Date.parse(admittedOn)) / 86_400_000);
  const lines: LineIn[] = days(admittedOn, n).flatMap((d) => [
    w.line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', servedOn: d }),
    w.line({ servedOn: d }),
  ]);
  return w.claim({
    insuredIdNumber: idNumber,
    visitType: 'INPATIENT',
    settlementCategory: 'INPATIENT',
    admittedOn,
    dischargedOn,
    settledAt: `${dischargedOn}T06:00:00Z`,
    diagnoses: ['J18.9'],
    lines,
    ...extra,
  });
}

export const KNOWN_VIOLATIONS: KnownViolation[] = [
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
    name: '超标准收费 at the edge of the claim format: a billion units at the largest price, amount capped by the line',
    rule: 'PRICE_ABOVE_STANDARD',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      // The format takes a quantity up to 999,999,999.999 and fen up to 999,999,999,999,999 independently:
      // the amount at issue must stay within what the line charged, not overflow.
      const item = (unitPriceFen: string) => w.line({ catalogueCode: 'K-PRICE', name: '限价项目', category: 'SERVICE_ITEM', quantity: '999999999', unitPriceFen, amountFen: '999999999999999' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('999999999999999')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('1000')] })],
      };
    },
    amountFen: () => '999999999999999',
    zh: () => '第1行 K-PRICE 单价 9999999999999.99 元，超过支付标准 10.00 元',
    en: () => 'line 1 K-PRICE: unit price CNY 9999999999999.99 above the payment standard of CNY 10.00',
  },
  {
    name: '超量开药 at the edge of the claim format: a billion units at the largest amount (no overflow)',
    rule: 'QUANTITY_OVER_LIMIT',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const item = (quantity: string) => w.line({ catalogueCode: 'K-QTY', name: '限量药', quantity, unitPriceFen: '999999999999999', amountFen: '999999999999999' });
      return {
        history: [],
        bad: w.claim({ insuredIdNumber: p.idNumber, lines: [item('999999999')] }),
        clean: [w.claim({ insuredIdNumber: q.idNumber, lines: [item('10')] })],
      };
    },
    // The 999,999,989 units over the limit at the line's own price (its amount over its quantity).
    amountFen: () => '999999989999999',
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
    amountFen: () => '1200',
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
  {
    name: '挂床住院: four of five inpatient days with nothing but the bed fee',
    rule: 'PHANTOM_BED',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const bad = stay(w, p.idNumber, '2026-03-01', '2026-03-06');
      // Keep the bed fee every day, the treatment on the first day only.
      bad.lines = bad.lines.filter((l) => l.catalogueCode === '110900001' || l.servedOn === '2026-03-01');
      const total = bad.lines.reduce((s, l) => s + BigInt(l.amountFen), 0n);
      const fundFen = total * 7n / 10n;
      Object.assign(bad, { totalFen: total.toString(), fundFen: fundFen.toString(), accountFen: '0', selfFen: (total - fundFen).toString() });
      return { history: [], bad, clean: [stay(w, q.idNumber, '2026-03-01', '2026-03-06')] };
    },
    amountFen: () => '16000',
    zh: () => '住院 5 天，其中 4 天除床位费外无任何诊疗、用药记录',
    en: () => '4 of 5 inpatient days have no treatment or drug besides the bed fee',
  },
  {
    name: '分解住院: readmitted to the same hospital 9 days after discharge for the same condition',
    rule: 'SPLIT_ADMISSION',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const r = await w.person();
      const before = (idNumber: string) => stay(w, idNumber, '2026-02-20', '2026-03-01');
      return {
        history: [before(p.idNumber), before(q.idNumber), before(r.idNumber)],
        bad: stay(w, p.idNumber, '2026-03-10', '2026-03-14'),
        // Readmitted after the interval; and within it, but for an unrelated condition.
        clean: [stay(w, q.idNumber, '2026-03-20', '2026-03-24'), stay(w, r.idNumber, '2026-03-10', '2026-03-14', { diagnoses: ['S72.0'] })],
      };
    },
    amountFen: fund,
    zh: (_bad, history) => `上次住院（结算 ${history[0]!.settlementId}）出院后 9 天以相同诊断（J18）再次入院`,
    en: (_bad, history) => `readmitted 9 days after discharge from the previous stay (settlement ${history[0]!.settlementId}) for the same condition (J18)`,
  },
  {
    name: '结算类别与诊断不符: a chronic-disease settlement for a cold',
    rule: 'CATEGORY_DIAGNOSIS',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const chronic = (idNumber: string, diagnoses: string[]) =>
        w.claim({ insuredIdNumber: idNumber, visitType: 'CHRONIC_OUTPATIENT', settlementCategory: 'CHRONIC_DISEASE', diagnoses });
      return { history: [], bad: chronic(p.idNumber, ['J06.9']), clean: [chronic(q.idNumber, ['I10'])] };
    },
    amountFen: fund,
    zh: () => '结算类别「门诊慢特病」须有诊断 I10、E11，本次诊断为 J06.9',
    en: () => 'settlement category chronic disease requires a diagnosis of I10, E11; the diagnoses are J06.9',
  },
  {
    name: '处方超期使用: a chronic-disease prescription used 99 days after it was written',
    rule: 'CHRONIC_PRESCRIPTION_REUSE',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const refill = (idNumber: string, prescriptionNo: string, prescribedOn: string) =>
        w.claim({
          insuredIdNumber: idNumber,
          visitType: 'CHRONIC_OUTPATIENT',
          settlementCategory: 'CHRONIC_DISEASE',
          diagnoses: ['I10'],
          lines: [w.line({ catalogueCode: 'X-BP', name: '降压药', prescriptionNo, prescribedOn })],
        });
      return { history: [], bad: refill(p.idNumber, 'RX-OLD-1', '2025-12-01'), clean: [refill(q.idNumber, 'RX-NEW-1', '2026-01-10')] };
    },
    amountFen: () => '500',
    zh: () => '第1行 处方 RX-OLD-1 开具已 99 天，此前已使用 0 次',
    en: () => 'line 1: prescription RX-OLD-1 is 99 days old and was used 0 times before',
  },
  {
    name: '处方重复使用: a chronic-disease prescription used a fourth time',
    rule: 'CHRONIC_PRESCRIPTION_REUSE',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const use = (idNumber: string, prescriptionNo: string, servedOn: string) =>
        w.claim({
          insuredIdNumber: idNumber,
          visitType: 'CHRONIC_OUTPATIENT',
          settlementCategory: 'CHRONIC_DISEASE',
          diagnoses: ['I10'],
          settledAt: `${servedOn}T02:00:00Z`,
          lines: [w.line({ catalogueCode: 'X-BP', name: '降压药', prescriptionNo, prescribedOn: '2026-03-01', servedOn })],
        });
      return {
        history: [use(p.idNumber, 'RX-P-4', '2026-03-02'), use(p.idNumber, 'RX-P-4', '2026-03-04'), use(p.idNumber, 'RX-P-4', '2026-03-06'), use(q.idNumber, 'RX-Q-3', '2026-03-02'), use(q.idNumber, 'RX-Q-3', '2026-03-04')],
        bad: use(p.idNumber, 'RX-P-4', '2026-03-10'),
        clean: [use(q.idNumber, 'RX-Q-3', '2026-03-10')],
      };
    },
    amountFen: () => '500',
    zh: () => '第1行 处方 RX-P-4 开具已 9 天，此前已使用 3 次',
    en: () => 'line 1: prescription RX-P-4 is 9 days old and was used 3 times before',
  },
  {
    name: '个人账户购买非医疗物品: the personal account pays for household goods',
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
      const r = await w.person();
      return {
        history: [],
        bad: withAccount(basket(p.idNumber), 6000n),
        clean: [
          paidApart(basket(q.idNumber), { fundFen: 0n, accountFen: 0n }),
          // The account paid for the medicine, the insured person paid the shampoo in cash.
          paidApart(basket(r.idNumber), { fundFen: 0n, accountFen: 1000n }),
        ],
      };
    },
    amountFen: () => '5000',
    zh: () => '个人账户支付了非医疗物品（第 2 行），账户支付 60.00 元',
    en: () => 'the personal account paid for non-medical goods (lines 2); account paid CNY 60.00',
  },
  {
    name: '一卡多处就医: one card settled at three providers on one day',
    rule: 'CARD_AT_SEVERAL_PROVIDERS',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const visit = (idNumber: string, provider: number, settledAt: string) =>
        w.claim({ insuredIdNumber: idNumber, providerCode: w.providers[provider]!.code, settledAt });
      return {
        history: [visit(p.idNumber, 1, '2026-03-12T01:00:00Z'), visit(p.idNumber, 2, '2026-03-12T01:30:00Z'), visit(q.idNumber, 1, '2026-03-12T01:00:00Z')],
        bad: visit(p.idNumber, 0, '2026-03-12T02:00:00Z'),
        clean: [visit(q.idNumber, 0, '2026-03-12T02:00:00Z')],
      };
    },
    amountFen: fund,
    zh: () => '2026-03-12 同一参保人在 3 家定点机构结算',
    en: () => 'the insured person settled at 3 providers on 2026-03-12',
  },
  {
    name: '多点执业未签到: a physician billing at a non-primary site without a sign-in',
    rule: 'PHYSICIAN_OFF_SITE',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const visit = (idNumber: string, provider: number) => w.claim({ insuredIdNumber: idNumber, providerCode: w.providers[provider]!.code, physicianCode: w.physician.code });
      return { history: [], bad: visit(p.idNumber, 1), clean: [visit(q.idNumber, 0)] };
    },
    amountFen: fund,
    zh: () => '医师在非主执业机构结算，结算时无有效的多点执业签到',
    en: () => 'the physician billed at a non-primary practice site without a sign-in covering the settlement',
  },
  {
    name: '暂停结算期间结算: an insured person whose direct settlement is suspended',
    rule: 'INSURED_SUSPENDED',
    async build(w) {
      const p = await w.person({ settlementSuspendedUntil: '2026-06-30' });
      const q = await w.person({ settlementSuspendedUntil: '2026-03-09' });
      return { history: [], bad: w.claim({ insuredIdNumber: p.idNumber }), clean: [w.claim({ insuredIdNumber: q.idNumber })] };
    },
    amountFen: fund,
    zh: () => '参保人直接结算已暂停至 2026-06-30',
    en: () => "the insured person's direct settlement is suspended until 2026-06-30",
  },
  {
    name: '住院期间门诊结算: an outpatient claim at another provider in the middle of a stay',
    rule: 'OUTPATIENT_DURING_STAY',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const visit = (idNumber: string, settledAt: string) => w.claim({ insuredIdNumber: idNumber, providerCode: w.providers[1]!.code, settledAt });
      return {
        history: [stay(w, p.idNumber, '2026-03-03', '2026-03-08'), stay(w, q.idNumber, '2026-03-03', '2026-03-08')],
        bad: visit(p.idNumber, '2026-03-05T02:00:00Z'),
        // On the discharge day: medicine on the way home.
        clean: [visit(q.idNumber, '2026-03-08T08:00:00Z')],
      };
    },
    amountFen: fund,
    zh: (_bad, history) => `2026-03-05 门诊结算时参保人正在住院（结算 ${history[0]!.settlementId}，2026-03-03 入院，2026-03-08 出院）`,
    en: (_bad, history) => `settled as an outpatient on 2026-03-05 while an inpatient (settlement ${history[0]!.settlementId}, admitted 2026-03-03, discharged 2026-03-08)`,
  },
  {
    name: '重复开药: a 30-day supply dispensed again after 9 days',
    rule: 'REPEATED_DISPENSING',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const dispense = (idNumber: string, servedOn: string, providerCode = w.providers[0]!.code) =>
        w.claim({
          insuredIdNumber: idNumber,
          providerCode,
          settledAt: `${servedOn}T03:00:00Z`,
          lines: [w.line({ catalogueCode: 'X-CAPE', name: '卡培他滨片', quantity: '3', unitPriceFen: '1000', daysSupply: 30, servedOn })],
        });
      return {
        history: [dispense(p.idNumber, '2026-03-01'), dispense(q.idNumber, '2026-03-01')],
        bad: dispense(p.idNumber, '2026-03-10', w.providers[2]!.code),
        // Refilled five days before the supply ends: within the tolerance.
        clean: [dispense(q.idNumber, '2026-03-26', w.providers[2]!.code)],
      };
    },
    // 21 of the 30 days overlap the earlier supply: 21/30 of 3,000 fen.
    amountFen: () => '2100',
    zh: (_bad, history) => `第1行 X-CAPE 上次于 2026-03-01 所开药量（结算 ${history[0]!.settlementId}）可用至 2026-03-31，提前 21 天再次开药`,
    en: (_bad, history) => `line 1 X-CAPE: the supply dispensed on 2026-03-01 (settlement ${history[0]!.settlementId}) lasts until 2026-03-31; dispensed again 21 days early`,
  },
  {
    name: '住院时间重叠: a stay at another hospital inside a stay already settled',
    rule: 'OVERLAPPING_STAYS',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      const elsewhere = (idNumber: string, admittedOn: string, dischargedOn: string) =>
        stay(w, idNumber, admittedOn, dischargedOn, { providerCode: w.providers[1]!.code, diagnoses: ['K35.8'] });
      return {
        history: [stay(w, p.idNumber, '2026-03-02', '2026-03-09'), stay(w, q.idNumber, '2026-03-02', '2026-03-09')],
        bad: elsewhere(p.idNumber, '2026-03-05', '2026-03-12'),
        // A transfer: admitted elsewhere on the day of discharge.
        clean: [elsewhere(q.idNumber, '2026-03-09', '2026-03-12')],
      };
    },
    amountFen: fund,
    zh: (_bad, history) => `住院时间与另一次住院（结算 ${history[0]!.settlementId}，2026-03-02 至 2026-03-09）重叠 4 天`,
    en: (_bad, history) => `the stay overlaps another stay (settlement ${history[0]!.settlementId}, 2026-03-02 to 2026-03-09) by 4 days`,
  },
];
