/**
 * Synthetic settled claims with violations injected at a known rate, and the ground truth of
 * which (claim, rule) pairs a screening must find: for volume (seed:claims, bench:screening)
 * and for the precision/recall test. Deterministic for a seed. Every ordinary claim has an
 * insured person of its own, so rules comparing a person's claims fire only where injected.
 */
import { KNOWLEDGE, CODES } from './knowledge.js';

export interface SimPerson {
  idNumber: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  settlementSuspendedUntil: string | null;
}

export interface SimLine {
  catalogueCode: string;
  name: string;
  category: string;
  quantity: string;
  unitPriceFen: string;
  amountFen: string;
  daysSupply?: number | null;
  prescriptionNo?: string | null;
  prescribedOn?: string | null;
  servedOn: string;
}

export interface SimClaim {
  settlementId: string;
  providerCode: string;
  physicianCode?: string | null;
  insuredIdNumber: string;
  insuranceType: string;
  visitType: string;
  settlementCategory: string;
  admittedOn?: string | null;
  dischargedOn?: string | null;
  settledAt: string;
  diagnoses: string[];
  totalFen: string;
  fundFen: string;
  accountFen: string;
  selfFen: string;
  lines: SimLine[];
}

export interface SimOptions {
  claims: number;
  /** Share of claims carrying an injected violation (0–1). */
  violationRate?: number;
  seed?: number;
  /** Year-month of settlement, e.g. "2026-03". */
  month?: string;
  providerCodes: string[];
  /** A physician whose primary site is providerCodes[0] (for off-site billing). */
  physicianCode?: string;
  /** Settlement-id prefix (unique per generated set). */
  prefix?: string;
}

export interface SimTruth {
  settlementId: string;
  ruleKey: string;
}

/** The rules injected (all that run after settlement). */
export const INJECTED_RULES = [
  'SEX_RESTRICTION', 'CHILD_ONLY', 'SURGERY_DISCOUNT', 'INSURANCE_TYPE_RESTRICTION', 'QUANTITY_OVER_LIMIT', 'DUPLICATE_BILLING',
  'DRUG_DIAGNOSIS_MISMATCH', 'ITEM_NOT_COVERED', 'PRICE_ABOVE_STANDARD', 'PHANTOM_BED', 'SPLIT_ADMISSION', 'CATEGORY_DIAGNOSIS',
  'CHRONIC_PRESCRIPTION_REUSE', 'NON_MEDICAL_ON_ACCOUNT', 'CARD_AT_SEVERAL_PROVIDERS', 'PHYSICIAN_OFF_SITE', 'INSURED_SUSPENDED',
] as const;

export function* generateClaims(o: SimOptions): Generator<{ persons: SimPerson[]; claims: SimClaim[]; truth: SimTruth[] }> {
  const rand = mulberry32(o.seed ?? 20_260_301);
  const rate = o.violationRate ?? 0.05;
  const month = o.month ?? '2026-03';
  const prefix = o.prefix ?? 'SIM';
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  let n = 0;
  let personNo = 0;
  const newPerson = (p: Partial<SimPerson> = {}): SimPerson => ({
    idNumber: `${prefix}P${String(++personNo).padStart(9, '0')}`,
    sex: rand() < 0.5 ? 'MALE' : 'FEMALE',
    birthDate: `19${int(40, 99)}-0${int(1, 9)}-1${int(0, 9)}`,
    settlementSuspendedUntil: null,
    ...p,
  });
  const day = (d: number) => `${month}-${String(d).padStart(2, '0')}`;
  const line = (l: Partial<SimLine> & { servedOn: string }): SimLine => {
    const quantity = l.quantity ?? String(int(1, 5));
    const unit = l.unitPriceFen ?? String(int(200, 5000));
    return {
      catalogueCode: l.catalogueCode ?? pick(CODES.plainDrugs),
      name: l.name ?? '药品',
      category: l.category ?? 'WESTERN_DRUG',
      ...l,
      quantity,
      unitPriceFen: unit,
      amountFen: l.amountFen ?? String(Number(quantity) * Number(unit)),
    };
  };
  const claim = (person: SimPerson, c: Partial<SimClaim> & { lines: SimLine[] }): SimClaim => {
    const total = c.lines.reduce((s, l) => s + BigInt(l.amountFen), 0n);
    const account = BigInt(c.accountFen ?? '0');
    const fund = ((total - account) * 7n) / 10n;
    return {
      settlementId: `${prefix}${String(++n).padStart(10, '0')}`,
      providerCode: pick(o.providerCodes),
      insuredIdNumber: person.idNumber,
      insuranceType: 'EMPLOYEE',
      visitType: 'OUTPATIENT',
      settlementCategory: 'GENERAL_OUTPATIENT',
      // A stay is settled on its discharge day (the claim input refuses one settled before it).
      settledAt: `${c.dischargedOn ?? c.lines[0]!.servedOn}T0${int(1, 8)}:${int(10, 59)}:00Z`,
      diagnoses: ['J06.9'],
      ...c,
      totalFen: total.toString(),
      accountFen: account.toString(),
      fundFen: fund.toString(),
      selfFen: (total - account - fund).toString(),
    };
  };
  /** Distinct plain lines (no code twice on a day, so nothing looks duplicated). */
  const plainLines = (servedOn: string, count: number) =>
    [...new Set(Array.from({ length: count }, () => pick(CODES.plainDrugs)))].map((catalogueCode) => line({ catalogueCode, servedOn }));

  const ordinary = (d: number) => {
    const person = newPerson();
    const kind = rand();
    if (kind < 0.7) return { person, claims: [claim(person, { lines: plainLines(day(d), int(2, 6)) })] };
    if (kind < 0.85) {
      const a = Math.max(1, d - int(2, 6));
      const lines = [] as SimLine[];
      for (let x = a; x < d; x += 1) lines.push(...plainLines(day(x), 1), line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', quantity: '1', servedOn: day(x) }));
      if (lines.length === 0) lines.push(...plainLines(day(d), 1));
      return { person, claims: [claim(person, { visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: day(a), dischargedOn: day(d), diagnoses: ['K35.8'], lines })] };
    }
    if (kind < 0.93) {
      const rx = `${prefix}RX${personNo}`;
      return {
        person,
        claims: [claim(person, {
          visitType: 'CHRONIC_OUTPATIENT', settlementCategory: 'CHRONIC_DISEASE', diagnoses: ['I10'],
          lines: [line({ catalogueCode: 'XC-AMLODIPINE', prescriptionNo: rx, prescribedOn: day(Math.max(1, d - 3)), daysSupply: 28, servedOn: day(d) })],
        })],
      };
    }
    return { person, claims: [claim(person, { visitType: 'PHARMACY', settlementCategory: 'PHARMACY_PURCHASE', accountFen: '100', lines: plainLines(day(d), int(1, 3)) })] };
  };

  const inject = (key: (typeof INJECTED_RULES)[number], d: number): { persons: SimPerson[]; claims: SimClaim[]; truth: SimClaim[] } => {
    const person = newPerson();
    const one = (c: Partial<SimClaim> & { lines: SimLine[] }, p = person) => {
      const x = claim(p, c);
      return { persons: [p], claims: [x], truth: [x] };
    };
    const served = day(d);
    switch (key) {
      case 'SEX_RESTRICTION':
        person.sex = 'MALE';
        return one({ lines: [...plainLines(served, 1), line({ catalogueCode: CODES.femaleOnly, servedOn: served })] });
      case 'CHILD_ONLY':
        return one({ lines: [line({ catalogueCode: CODES.childOnly, servedOn: served })] });
      case 'SURGERY_DISCOUNT':
        return one({
          visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: served, dischargedOn: served, diagnoses: ['K80.2'],
          lines: [line({ catalogueCode: CODES.surgery[0], category: 'SERVICE_ITEM', unitPriceFen: '120000', quantity: '1', servedOn: served }),
            line({ catalogueCode: CODES.surgery[1], category: 'SERVICE_ITEM', unitPriceFen: '60000', quantity: '1', servedOn: served })],
        });
      case 'INSURANCE_TYPE_RESTRICTION':
        return one({ lines: [line({ catalogueCode: CODES.workInjuryOnly, servedOn: served })] });
      case 'QUANTITY_OVER_LIMIT':
        return one({ lines: [line({ catalogueCode: CODES.quantityLimited, quantity: '40', daysSupply: 40, servedOn: served })] });
      case 'DUPLICATE_BILLING': {
        const ct = { catalogueCode: 'S-CT-HEAD', name: '头颅CT', category: 'SERVICE_ITEM', unitPriceFen: '18000', quantity: '1', servedOn: served };
        return one({ lines: [line(ct), line(ct)] });
      }
      case 'DRUG_DIAGNOSIS_MISMATCH':
        return one({ diagnoses: ['J06.9'], lines: [line({ catalogueCode: CODES.diabetesOnly, servedOn: served })] });
      case 'ITEM_NOT_COVERED':
        return one({ lines: [line({ catalogueCode: CODES.notCovered, servedOn: served })] });
      case 'PRICE_ABOVE_STANDARD':
        return one({ lines: [line({ catalogueCode: CODES.priced, unitPriceFen: '2600', servedOn: served })] });
      case 'PHANTOM_BED': {
        const a = Math.max(1, d - 6);
        const lines = [] as SimLine[];
        for (let x = a; x < d; x += 1) lines.push(line({ catalogueCode: '110900001', name: '床位费', category: 'SERVICE_ITEM', unitPriceFen: '4000', quantity: '1', servedOn: day(x) }));
        lines.push(line({ servedOn: day(a) }));
        if (d - a < 4) return inject('SEX_RESTRICTION', d);
        return one({ visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: day(a), dischargedOn: day(d), diagnoses: ['K35.8'], lines });
      }
      case 'SPLIT_ADMISSION': {
        if (d < 9) return inject('CHILD_ONLY', d);
        // Discharged on d-5, readmitted to the same provider on d-1: within the 15 days.
        const provider = pick(o.providerCodes);
        const stay = (a: number, b: number, settled: string) =>
          claim(person, {
            providerCode: provider, visitType: 'INPATIENT', settlementCategory: 'INPATIENT', admittedOn: day(a), dischargedOn: day(b),
            diagnoses: ['K35.8'], settledAt: settled, lines: Array.from({ length: Math.max(1, b - a) }, (_, i) => plainLines(day(a + i), 1)).flat(),
          });
        const first = stay(d - 7, d - 5, `${day(d - 5)}T02:00:00Z`);
        const second = stay(d - 1, d, `${day(d)}T03:00:00Z`);
        return { persons: [person], claims: [first, second], truth: [second] };
      }
      case 'CATEGORY_DIAGNOSIS':
        return one({ visitType: 'CHRONIC_OUTPATIENT', settlementCategory: 'CHRONIC_DISEASE', diagnoses: ['J06.9'], lines: plainLines(served, 1) });
      case 'CHRONIC_PRESCRIPTION_REUSE': {
        if (d < 5) return inject('ITEM_NOT_COVERED', d);
        const rx = `${prefix}RXR${personNo}`;
        const fill = (x: number) => claim(person, {
          visitType: 'CHRONIC_OUTPATIENT', settlementCategory: 'CHRONIC_DISEASE', diagnoses: ['I10'], settledAt: `${day(x)}T02:00:00Z`,
          lines: [line({ catalogueCode: 'XC-AMLODIPINE', prescriptionNo: rx, prescribedOn: day(1), daysSupply: 7, servedOn: day(x) })],
        });
        const fills = [fill(d - 3), fill(d - 2), fill(d - 1), fill(d)];
        return { persons: [person], claims: fills, truth: [fills[3]!] };
      }
      case 'NON_MEDICAL_ON_ACCOUNT':
        // The account pays more than the medicine cost: the rest of it paid for the rice.
        return one({ visitType: 'PHARMACY', settlementCategory: 'PHARMACY_PURCHASE', accountFen: '3500', lines: [line({ quantity: '1', unitPriceFen: '500', servedOn: served }), line({ catalogueCode: 'N-RICE', name: '大米', category: 'NON_MEDICAL', unitPriceFen: '3000', quantity: '1', servedOn: served })] });
      case 'CARD_AT_SEVERAL_PROVIDERS': {
        if (o.providerCodes.length < 3) return inject('PRICE_ABOVE_STANDARD', d);
        const claims = o.providerCodes.slice(0, 3).map((providerCode, i) => claim(person, { providerCode, settledAt: `${served}T0${i + 1}:00:00Z`, lines: plainLines(served, 1) }));
        return { persons: [person], claims, truth: claims };
      }
      case 'PHYSICIAN_OFF_SITE':
        if (!o.physicianCode || o.providerCodes.length < 2) return inject('NOT_COVERED_FALLBACK' as never, d);
        return one({ providerCode: o.providerCodes[1]!, physicianCode: o.physicianCode, lines: plainLines(served, 1) });
      case 'INSURED_SUSPENDED':
        person.settlementSuspendedUntil = day(28);
        return one({ lines: plainLines(served, 1) });
      default:
        return one({ lines: [line({ catalogueCode: CODES.notCovered, servedOn: served })] });
    }
  };

  const batch = 1000;
  let made = 0;
  while (made < o.claims) {
    const out = { persons: [] as SimPerson[], claims: [] as SimClaim[], truth: [] as SimTruth[] };
    while (out.claims.length < batch && made < o.claims) {
      const d = int(1, 28);
      if (rand() < rate) {
        const key = pick(INJECTED_RULES);
        const r = inject(key, d);
        out.persons.push(...r.persons);
        out.claims.push(...r.claims);
        // A fallback injection names the rule it actually broke.
        const actual = r.truth.length > 0 ? truthKey(r, key) : key;
        out.truth.push(...r.truth.map((c) => ({ settlementId: c.settlementId, ruleKey: actual })));
        made += r.claims.length;
      } else {
        const r = ordinary(d);
        out.persons.push(r.person);
        out.claims.push(...r.claims);
        made += r.claims.length;
      }
    }
    yield out;
  }
}

/** Which rule an injection really breaks (a few fall back to another when the day does not allow them). */
function truthKey(r: { claims: SimClaim[]; truth: SimClaim[] }, asked: string): string {
  const c = r.truth[0]!;
  const codes = c.lines.map((l) => l.catalogueCode);
  if (asked === 'PHANTOM_BED' && c.visitType !== 'INPATIENT') return 'SEX_RESTRICTION';
  if (asked === 'SPLIT_ADMISSION' && r.claims.length === 1) return 'CHILD_ONLY';
  if (asked === 'CHRONIC_PRESCRIPTION_REUSE' && r.claims.length === 1) return 'ITEM_NOT_COVERED';
  if (asked === 'CARD_AT_SEVERAL_PROVIDERS' && r.claims.length === 1) return 'PRICE_ABOVE_STANDARD';
  if (asked === 'PHYSICIAN_OFF_SITE' && codes.includes(CODES.notCovered)) return 'ITEM_NOT_COVERED';
  return asked;
}

export { KNOWLEDGE };

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
