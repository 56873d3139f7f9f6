import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin } from '../factories/viewers.js';
import { createInsurer, createPhysician, createProvider } from '../factories/records.js';
import { expectNoChange, gid, ok } from './mutation-helpers.js';

/**
 * A person (ID number) is one physician nationally, and the database holds it: a unique index,
 * so no writer (a seed, a concurrent registration, a future import) can add the person twice,
 * and registerPhysician learns "taken" from the index instead of looking the number up as the
 * hub past row security. Migration `…_physician_id_number_unique` stops on an installation
 * that already holds a number twice, saying so without printing the number.
 */
const dir = readdirSync('prisma/migrations').find((d) => d.endsWith('_physician_id_number_unique'))!;
const [dedupeCheck, createIndex] = readFileSync(`prisma/migrations/${dir}/migration.sql`, 'utf8')
  .split(/END \$\$;/)
  .map((s, i) => (i === 0 ? `${s}END $$` : s.replace(/^\s*--.*$/gm, '').trim()));

let hub: TestHub;
let insurerA: { id: string };
let insurerB: { id: string };
beforeAll(async () => {
  hub = await createTestHub();
  insurerA = await createInsurer(hub.prisma);
  insurerB = await createInsurer(hub.prisma);
});
afterAll(() => hub?.close());

const REGISTER = `mutation ($input: RegisterPhysicianInput!) { registerPhysician(input: $input) { physician { id } } }`;
let serial = 0;
const input = (providerId: string, idNumber: string, code = `D77${String(Date.now() % 1e8).padStart(8, '0')}${++serial}`) => ({
  code,
  nameZh: '周敏',
  nameEn: 'Zhou Min',
  idNumber,
  licenceNumber: '110340500099999',
  profession: 'PHYSICIAN',
  primaryProviderId: gid('Provider', providerId),
});
const physicians = () => hub.prisma.physician.count();

describe('Physician.idNumber is unique', () => {
  it('the database refuses a second physician row of the same person, whoever writes it', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    await createPhysician(hub.prisma, { primaryProviderId: p.id, idNumber: '34050319660202001X' });
    await expect(createPhysician(hub.prisma, { primaryProviderId: p.id, idNumber: '34050319660202001X' })).rejects.toMatchObject({ code: 'P2002' });
  });

  it("registerPhysician refuses another insurer's registered person on idNumber and a taken code on code", async () => {
    const [pa, pb] = await Promise.all([createProvider(hub.prisma, { insurerId: insurerA.id }), createProvider(hub.prisma, { insurerId: insurerB.id })]);
    const first = input(pa.id, '340503197703030019');
    ok(await hub.exec(REGISTER, { input: first }, insurerAdmin(insurerA.id)));
    const person = await expectNoChange(hub, physicians, () => hub.exec(REGISTER, { input: input(pb.id, first.idNumber) }, insurerAdmin(insurerB.id)), 'BAD_USER_INPUT');
    expect(person.fields).toEqual([expect.objectContaining({ path: ['input', 'idNumber'], messageZh: expect.any(String), messageEn: expect.any(String) })]);
    const code = await expectNoChange(hub, physicians, () => hub.exec(REGISTER, { input: input(pb.id, '340503197703030027', first.code) }, insurerAdmin(insurerB.id)), 'BAD_USER_INPUT');
    expect(code.fields).toEqual([expect.objectContaining({ path: ['input', 'code'] })]);
    // Nothing of the first registration is told beyond "taken": no id, no name, no provider.
    expect(JSON.stringify([person, code])).not.toMatch(/周敏|Zhou|D77|Provider/);
  });

  it('migration: an installation holding one ID number twice stops with the count, not the number; once corrected it migrates', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    await hub.prisma.$executeRawUnsafe('DROP INDEX "Physician_idNumber_key"');
    try {
      const twice = '340503198808080017';
      const a = await createPhysician(hub.prisma, { primaryProviderId: p.id, idNumber: twice });
      await createPhysician(hub.prisma, { primaryProviderId: p.id, idNumber: twice });
      const refusal = await hub.prisma.$executeRawUnsafe(dedupeCheck!).then(() => null, (e: unknown) => e);
      const text = JSON.stringify(refusal, Object.getOwnPropertyNames(refusal ?? {})) + String(refusal);
      expect(text).toContain('1 physician ID number(s) are registered on more than one Physician row');
      expect(text).toContain('同一身份证号登记了多名医保医师');
      expect(text).not.toContain(twice);
      await hub.prisma.physician.update({ where: { id: a.id }, data: { idNumber: '340503198808080025' } });
      await hub.prisma.$executeRawUnsafe(dedupeCheck!);
    } finally {
      await hub.prisma.practiceSite.deleteMany({ where: { providerId: p.id } });
      await hub.prisma.physician.deleteMany({ where: { primaryProviderId: p.id } });
      await hub.prisma.$executeRawUnsafe(createIndex!);
    }
    await expect(createPhysician(hub.prisma, { primaryProviderId: p.id, idNumber: '340503198808080025' })).resolves.toBeDefined();
    await expect(createPhysician(hub.prisma, { primaryProviderId: p.id, idNumber: '340503198808080025' })).rejects.toMatchObject({ code: 'P2002' });
  });
});
