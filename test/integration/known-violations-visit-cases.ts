import { type KnownViolation, fund, paidApart, stay, withAccount } from './known-violations-support.js';

/** Known violations across visits and people: stays, readmissions, prescriptions reused, the account, the card, the physician, suspended persons. */
export const VISIT_CASES: KnownViolation[] = [
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
    zh: () => '住院 5 天，其中 4 天除床位费、护理费外无任何诊疗、用药记录',
    en: () => '4 of 5 inpatient days have no treatment or drug besides the bed and nursing fees',
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
      const q = await w.person({ settlementSuspendedUntil: null });
      return { history: [], bad: w.claim({ insuredIdNumber: p.idNumber }), clean: [w.claim({ insuredIdNumber: q.idNumber })] };
    },
    amountFen: fund,
    zh: () => '参保人直接结算已暂停（暂停期至 2026-06-30，尚未申请恢复）',
    en: () => "the insured person's direct settlement is suspended (term until 2026-06-30, not restored)",
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
    en: (_bad, history) => `the stay overlaps another stay (settlement ${history[0]!.settlementId}, 2026-03-02 to 2026-03-09) by 4 nights`,
  },
  {
    name: '住院时间重叠: a same-day stay at another hospital inside a stay already settled (no night in common)',
    rule: 'OVERLAPPING_STAYS',
    async build(w) {
      const p = await w.person();
      const q = await w.person();
      // A day surgery: admitted and discharged on one day, its lines on that day.
      const dayStay = (idNumber: string, on: string) =>
        stay(w, idNumber, on, on, { providerCode: w.providers[1]!.code, diagnoses: ['K35.8'], lines: [w.line({ catalogueCode: 'X-SVC', category: 'SERVICE_ITEM', servedOn: on })] });
      return {
        history: [stay(w, p.idNumber, '2026-03-12', '2026-03-19'), stay(w, q.idNumber, '2026-03-12', '2026-03-19')],
        bad: dayStay(p.idNumber, '2026-03-15'),
        // On the other stay's discharge day: discharged there, then seen here, no bed held twice.
        clean: [dayStay(q.idNumber, '2026-03-19')],
      };
    },
    amountFen: fund,
    zh: (_bad, history) => `本次当日出入院的住院在另一次住院（结算 ${history[0]!.settlementId}，2026-03-12 至 2026-03-19）期间`,
    en: (_bad, history) => `this same-day stay lies within another stay (settlement ${history[0]!.settlementId}, 2026-03-12 to 2026-03-19)`,
  },
];

