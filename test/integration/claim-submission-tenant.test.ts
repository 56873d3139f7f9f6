import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { providerStaff } from '../factories/viewers.js';
import { createInsuredPerson, createInsurer, createPhysician, createProvider, day } from '../factories/records.js';
import { claimInput, type ClaimIn, type MonitoringWorld } from './rules/world.js';

/**
 * Provider staff name the insurer of a claim they check or settle (`insurerCode`). The check
 * runs as the hub (it applies rules the provider may not read), so what it answers must not
 * tell a provider more than its own relations allow: an insurer it is neither registered with
 * nor contracted by answers as an insurer that does not exist — not "no such insured person of
 * this insurer", which would tell whether an ID number is insured in another city.
 */
let hub: TestHub;
let w: MonitoringWorld;
let other: { id: string; code: string };
let insuredElsewhere: { idNumber: string };
let suspendedElsewhere: { code: string };

beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
  other = await createInsurer(hub.prisma);
  const otherProvider = await createProvider(hub.prisma, { insurerId: other.id });
  // Another city's physician, billing right stopped: a sanction no read of this provider shows.
  suspendedElsewhere = await createPhysician(hub.prisma, { primaryProviderId: otherProvider.id, status: 'BILLING_SUSPENDED', billingSuspendedUntil: day('2099-12-31') });
  insuredElsewhere = await createInsuredPerson(hub.prisma, { insurerId: other.id });
});
afterAll(() => hub?.close());

const CHECK = `mutation ($input: ClaimInput!) { checkClaim(input: $input) { reminders { ruleKey explanationZh explanationEn } } }`;
const errorsOf = async (claim: ClaimIn) =>
  (await hub.exec(CHECK, { input: claimInput(claim) }, providerStaff(w.providers[0]!.id))).errors?.map((e) => ({
    code: e.extensions?.code,
    fields: e.extensions?.fields,
  }));

describe('a claim submitted by provider staff', () => {
  it('answers an unrelated insurer as one that does not exist, whoever the insured person is', async () => {
    const missing = await errorsOf(w.claim({ insurerCode: 'NO-SUCH-INSURER', insuredIdNumber: '340502199001010000' }));
    expect(missing).toEqual([{ code: 'NOT_FOUND', fields: undefined }]);
    expect(await errorsOf(w.claim({ insurerCode: other.code, insuredIdNumber: insuredElsewhere.idNumber }))).toEqual(missing);
    expect(await errorsOf(w.claim({ insurerCode: other.code, insuredIdNumber: '340502199001019999' }))).toEqual(missing);
  });

  it('refuses another provider’s code before reading anything else of the claim', async () => {
    const own = await w.person();
    const errors = async (insuredIdNumber: string) =>
      errorsOf(w.claim({ insurerCode: w.insurer.code, providerCode: w.providers[1]!.code, insuredIdNumber }));
    const named = await errors(own.idNumber);
    expect(named).toEqual([{ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: ['input', 'providerCode'] })] }]);
    expect(await errors('340502199001018888')).toEqual(named);
  });

  it("answers another insurer's physician as a code that does not exist (no reminder telling their suspension)", async () => {
    const own = await w.person();
    const missing = await hub.exec(CHECK, { input: claimInput(w.claim({ insurerCode: w.insurer.code, insuredIdNumber: own.idNumber, physicianCode: 'D999999999999' })) }, providerStaff(w.providers[0]!.id));
    const foreign = await hub.exec(CHECK, { input: claimInput(w.claim({ insurerCode: w.insurer.code, insuredIdNumber: own.idNumber, physicianCode: suspendedElsewhere.code })) }, providerStaff(w.providers[0]!.id));
    expect(missing.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ path: ['input', 'physicianCode'] })]);
    expect(JSON.stringify(foreign).replace(suspendedElsewhere.code, 'D999999999999')).toBe(JSON.stringify(missing));
    expect(JSON.stringify(foreign)).not.toContain('2099');
    // The insurer's own physician is checked (the twin): the code resolves.
    const twin = await hub.exec(CHECK, { input: claimInput(w.claim({ insurerCode: w.insurer.code, insuredIdNumber: own.idNumber, physicianCode: w.physician.code })) }, providerStaff(w.providers[0]!.id));
    expect(twin.errors).toBeUndefined();
  });

  it('is checked for the provider’s own insurer (the authorised twin)', async () => {
    const own = await w.person();
    const result = await hub.exec(CHECK, { input: claimInput(w.claim({ insurerCode: w.insurer.code, insuredIdNumber: own.idNumber })) }, providerStaff(w.providers[0]!.id));
    expect(result.errors).toBeUndefined();
  });
});
