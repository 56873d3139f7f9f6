import { beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { insurerAdmin, providerStaff } from '../factories/viewers.js';
import { createProvider, day } from '../factories/records.js';
import { eventBySeq, expectNoChange, gid, ok, rawOf } from './mutation-helpers.js';
import {
  adm,
  APPLY,
  apply,
  applications,
  pharmacy,
  type App,
  useAdmissionWorld,
} from './admission-fixture.js';

/**
 * Who may apply for designation: not a provider under its re-application ban; a provider's own
 * staff, who see and withdraw only their own applications.
 */
useAdmissionWorld();
let hub: TestHub;
let insurer: { id: string };
beforeAll(() => ({ hub, insurer } = adm));

const WITHDRAW = `mutation ($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) { auditSeq application { status } } }`;
const LIST = `{ designationApplications { totalCount edges { node { number status } } } }`;

describe('admission: a banned provider, provider staff, withdrawal', () => {
  it('refuses a provider still under its re-application ban, naming the date', async () => {
    const banned = await createProvider(hub.prisma, {
      insurerId: insurer.id,
      status: 'TERMINATED',
      reapplicationBannedUntil: day('2099-01-01'),
    });
    for (const viewer of [insurerAdmin(insurer.id), providerStaff(banned.id)]) {
      const ext = await expectNoChange(
        hub,
        applications,
        () => hub.exec(APPLY, { input: { ...pharmacy, providerId: gid('Provider', banned.id) } }, viewer),
        'REAPPLICATION_BANNED',
      );
      expect(ext.bannedUntil).toBe('2099-01-01');
    }
  });

  it('provider staff apply for their own provider, see only their own, and withdraw', async () => {
    const former = await createProvider(hub.prisma, {
      insurerId: insurer.id,
      kind: 'CLINIC',
      hospitalGrade: null,
      status: 'TERMINATED',
      reapplicationBannedUntil: day('2020-01-01'),
    });
    const stranger = await createProvider(hub.prisma, { insurerId: insurer.id });
    const staff = providerStaff(former.id);
    const input = { ...pharmacy, kind: 'CLINIC', pharmacyClass: null, insurerId: gid('Insurer', insurer.id) };
    const a = await apply(staff, input);
    expect(await eventBySeq(hub, a.auditSeq)).toMatchObject({
      providerId: former.id,
      actorId: staff.actorId,
    });
    const mine = ok(await hub.exec<{ designationApplications: { totalCount: number } }>(LIST, {}, staff));
    expect(mine.designationApplications.totalCount).toBe(1);
    const theirs = ok(
      await hub.exec<{ designationApplications: { totalCount: number } }>(
        LIST,
        {},
        providerStaff(stranger.id),
      ),
    );
    expect(theirs.designationApplications.totalCount).toBe(0);
    const id = a.application.id;
    const row = () =>
      hub.prisma.designationApplication.findUniqueOrThrow({ where: { id: rawOf(a.application.id) } });
    await expectNoChange(
      hub,
      row,
      () => hub.exec(WITHDRAW, { input: { id, expectedVersion: 1 } }, providerStaff(stranger.id)),
      'NOT_FOUND',
    );
    const w = ok(
      await hub.exec<{ withdrawApplication: { auditSeq: string; application: App } }>(
        WITHDRAW,
        { input: { id, expectedVersion: 1 } },
        staff,
      ),
    ).withdrawApplication;
    expect(w.application.status).toBe('WITHDRAWN');
    expect(await eventBySeq(hub, w.auditSeq)).toMatchObject({
      type: 'designationApplication.withdrawn',
      providerId: former.id,
    });
    await expectNoChange(
      hub,
      row,
      () => hub.exec(WITHDRAW, { input: { id, expectedVersion: 2 } }, staff),
      'ILLEGAL_TRANSITION',
    );
  });
});
