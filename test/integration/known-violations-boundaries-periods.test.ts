import { createAgreement, createInsurer, createProvider } from '../factories/records.js';
import { bj, describeBoundaries, type BoundaryCase } from './known-violations-boundaries-support.js';
import type { ClaimIn, MonitoringWorld } from './rules/world.js';

const fund = (c: { fundFen: string }) => c.fundFen;

const visit = (w: MonitoringWorld, idNumber: string, provider: number, settledAt: string, extra: Partial<ClaimIn> = {}) =>
  w.claim({ insuredIdNumber: idNumber, providerCode: w.providers[provider]!.code, settledAt, ...extra });

/** A chronic-disease prescription written on `prescribedOn`, dispensed (first use) on `servedOn`. */
const refill = (w: MonitoringWorld, idNumber: string, prescribedOn: string, servedOn: string) =>
  visit(w, idNumber, 0, bj(servedOn, '10:00'), {
    visitType: 'CHRONIC_OUTPATIENT',
    settlementCategory: 'CHRONIC_DISEASE',
    diagnoses: ['I10'],
    lines: [w.line({ catalogueCode: 'X-BP', name: '降压药', prescriptionNo: `RX-${idNumber}`, prescribedOn, servedOn })],
  });

const prescriptionCase = (name: string, prescribedOn: string, lastDay: string, dayAfter: string): BoundaryCase => ({
  name,
  rule: 'CHRONIC_PRESCRIPTION_REUSE',
  async build(w) {
    const p = await w.person();
    const q = await w.person();
    return { history: [], bad: refill(w, p.idNumber, prescribedOn, dayAfter), clean: [refill(w, q.idNumber, prescribedOn, lastDay)] };
  },
  amountFen: () => '500',
});

/**
 * Periods, at their edges: an insured person's settlement suspension (it starts on a day and ends
 * when settlement is restored: visits before and after are not in it), the three calendar months
 * a chronic-disease prescription may be used for (a month is a calendar month: its last day is the
 * same day three months on, or the month's end where there is no such day), and a physician's
 * sign-in at a second practice site.
 */
const CASES: BoundaryCase[] = [
  {
    name: '暂停结算: a visit at 00:30 Beijing time on the first day of the suspension; 23:30 the evening before is clean',
    rule: 'INSURED_SUSPENDED',
    async build(w) {
      const suspended = () => w.person({ settlementSuspendedUntil: '2026-09-11', settlementSuspendedFrom: '2026-03-11' });
      const p = await suspended();
      const q = await suspended();
      return { history: [], bad: visit(w, p.idNumber, 0, bj('2026-03-11', '00:30')), clean: [visit(w, q.idNumber, 0, bj('2026-03-10', '23:30'))] };
    },
    amountFen: fund,
  },
  {
    name: '暂停结算 since restored: a visit on the eve of the restoration is inside the suspension; the restoration day is clean',
    rule: 'INSURED_SUSPENDED',
    async build(w) {
      const restored = () => w.person({ settlementSuspendedFrom: '2026-01-05', settlementRestoredOn: '2026-03-05' });
      const p = await restored();
      const q = await restored();
      return { history: [], bad: visit(w, p.idNumber, 0, bj('2026-03-04', '23:30')), clean: [visit(w, q.idNumber, 0, bj('2026-03-05', '00:30'))] };
    },
    amountFen: fund,
  },
  // 1 Feb + 3 months = 1 May, 89 days: a 90-day reading lets 2 May through.
  prescriptionCase('处方超期: written 1 February, used on 2 May (90 days, past three calendar months); 1 May is the last day', '2026-02-01', '2026-05-01', '2026-05-02'),
  // 10 May + 3 months = 10 August, 92 days: a 90-day reading refuses 9 and 10 August.
  prescriptionCase('处方超期: written 10 May, used on 11 August; 10 August (92 days, three calendar months) is the last day', '2026-05-10', '2026-08-10', '2026-08-11'),
  // 28 November + 3 months = 28 February, 92 days.
  prescriptionCase('处方超期 over February: written 28 November, used on 1 March; 28 February is the last day', '2025-11-28', '2026-02-28', '2026-03-01'),
  // 30 November + 3 months: no 30 February, so the month's end, 28 February.
  prescriptionCase('处方超期 at a month without the day: written 30 November, used on 1 March; 28 February is the last day', '2025-11-30', '2026-02-28', '2026-03-01'),
  {
    name: '多点执业签到: a visit one minute after signing out at the second site; the minute of signing out is covered',
    rule: 'PHYSICIAN_OFF_SITE',
    async build(w, hub) {
      const p = await w.person();
      const q = await w.person();
      await hub.prisma.practiceSignIn.create({
        data: { physicianId: w.physician.id, providerId: w.providers[1]!.id, signedInAt: new Date(bj('2026-03-16', '08:00')), signedOutAt: new Date(bj('2026-03-16', '12:00')) },
      });
      const at = (idNumber: string, time: string) => visit(w, idNumber, 1, bj('2026-03-16', time), { physicianCode: w.physician.code });
      return { history: [], bad: at(p.idNumber, '12:01'), clean: [at(q.idNumber, '12:00')] };
    },
    amountFen: fund,
  },
  {
    name: '多点执业签到 left open: a visit 12 hours and a minute after signing in; 12 hours after is covered',
    rule: 'PHYSICIAN_OFF_SITE',
    async build(w, hub) {
      const p = await w.person();
      const q = await w.person();
      await hub.prisma.practiceSignIn.create({
        data: { physicianId: w.physician.id, providerId: w.providers[1]!.id, signedInAt: new Date(bj('2026-03-17', '08:00')) },
      });
      const at = (idNumber: string, time: string) => visit(w, idNumber, 1, bj('2026-03-17', time), { physicianCode: w.physician.code });
      return { history: [], bad: at(p.idNumber, '20:01'), clean: [at(q.idNumber, '20:00')] };
    },
    amountFen: fund,
  },
  {
    name: '协议暂停期间结算: a provider whose agreement with this insurer is suspended; one suspended only with another insurer, or only in another of its agreements, is clean',
    rule: 'PROVIDER_SUSPENDED',
    async build(w, hub) {
      const [p, q, r] = [await w.person(), await w.person(), await w.person()];
      const other = await createInsurer(hub.prisma);
      const [x, y, z] = [await createProvider(hub.prisma, { insurerId: w.insurer.id }), await createProvider(hub.prisma, { insurerId: w.insurer.id }), await createProvider(hub.prisma, { insurerId: w.insurer.id })];
      // Suspended before transitions were kept: known suspended since the row last changed, 1 March.
      await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: x.id, status: 'SUSPENDED', suspensionScope: 'REAL_TIME_SETTLEMENT', updatedAt: new Date('2026-03-01T02:00:00Z') });
      await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: y.id });
      await createAgreement(hub.prisma, { insurerId: other.id, providerId: y.id, status: 'SUSPENDED', suspensionScope: 'AGREEMENT' });
      const general = await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: z.id });
      await createAgreement(hub.prisma, { insurerId: w.insurer.id, providerId: z.id, kind: 'CHRONIC_DISEASE_SERVICE', status: 'SUSPENDED', suspensionScope: 'AGREEMENT' });
      const at = (idNumber: string, providerCode: string, agreementNumber: string | null = null) =>
        w.claim({ insuredIdNumber: idNumber, providerCode, agreementNumber, settledAt: bj('2026-03-18', '10:00') });
      return { history: [], bad: at(p.idNumber, x.code), clean: [at(q.idNumber, y.code), at(r.idNumber, z.code, general.number)] };
    },
    amountFen: fund,
  },
];

describeBoundaries('known violations at their boundaries: periods (suspensions, prescriptions, sign-ins)', CASES);
