import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../support/hub.js';
import { insurerAdmin, insurerAuditor, platformAdmin } from '../factories/viewers.js';
import { createInsurer, createPhysician, createProvider } from '../factories/records.js';
import { agencyToday, eventBySeq, expectNoChange, gid, ok, rawOf } from './mutation-helpers.js';

let hub: TestHub;
let insurerA: { id: string };
let insurerB: { id: string };

beforeAll(async () => {
  hub = await createTestHub();
  insurerA = await createInsurer(hub.prisma);
  insurerB = await createInsurer(hub.prisma);
});
afterAll(() => hub.close());

const REGISTER = `mutation ($input: RegisterPhysicianInput!) { registerPhysician(input: $input) { auditSeq physician { id code nameZh profession status version primaryProvider { id } } } }`;

/** Valid resident ID numbers (check characters computed per GB 11643), one per registration. */
const IDS = ['340503198001010018', '340503198506120028', '34050319720815003X', '340503199003070019', '340503196611210042'];
let codeSerial = 0;
const nextCode = () => `D9${String(Date.now() % 1e8).padStart(8, '0')}${++codeSerial}`;

const input = (providerId: string, over: Record<string, unknown> = {}) => ({
  code: nextCode(),
  nameZh: '王晓明',
  nameEn: 'Wang Xiaoming',
  idNumber: IDS[0],
  licenceNumber: '110340500012345',
  profession: 'PHYSICIAN',
  primaryProviderId: gid('Provider', providerId),
  ...over,
});

const physicians = () => hub.prisma.physician.count();

describe('registerPhysician (医保医师备案)', () => {
  it('registers at a provider of the admin\u2019s insurer with its primary site from today, audited without the ID number', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    const admin = insurerAdmin(insurerA.id);
    const res = ok(
      await hub.exec<{ registerPhysician: { auditSeq: string; physician: { id: string; code: string } & Record<string, unknown> } }>(
        REGISTER,
        { input: input(p.id, { idNumber: ' 11010519491231002x ' }) },
        admin,
      ),
    ).registerPhysician;
    expect(res.physician).toMatchObject({ nameZh: '王晓明', profession: 'PHYSICIAN', status: 'ACTIVE', version: 1, primaryProvider: { id: gid('Provider', p.id) } });
    const id = rawOf(res.physician.id);
    const row = await hub.prisma.physician.findUniqueOrThrow({ where: { id } });
    expect(row.idNumber).toBe('11010519491231002X');
    const sites = await hub.prisma.practiceSite.findMany({ where: { physicianId: id } });
    expect(sites).toEqual([expect.objectContaining({ providerId: p.id, isPrimary: true, startsOn: agencyToday(), endsOn: null })]);
    const event = await eventBySeq(hub, res.auditSeq);
    expect(event).toMatchObject({ type: 'physician.registered', entityType: 'Physician', entityId: id, actorId: admin.actorId, insurerId: insurerA.id, providerId: p.id });
    expect(JSON.stringify(event.data)).not.toContain('11010519491231002X');
  });

  it('reads a code and ID number typed full-width (a Chinese input method) as ASCII, and a name typed as NFD as NFC (they were refused, or stored apart)', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    const code = nextCode();
    const fullWidth = (ascii: string) => ascii.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const res = ok(
      await hub.exec<{ registerPhysician: { physician: { id: string; code: string } } }>(
        REGISTER,
        { input: input(p.id, { code: fullWidth(code), idNumber: `\u3000${fullWidth(IDS[4]!)}`, nameEn: 'Jose\u0301 Wang' }) },
        insurerAdmin(insurerA.id),
      ),
    ).registerPhysician;
    const row = await hub.prisma.physician.findUniqueOrThrow({ where: { id: rawOf(res.physician.id) } });
    expect([row.code, row.idNumber, row.nameEn]).toEqual([code, IDS[4], 'Jos\u00e9 Wang']);
  });

  it('refuses a bad ID number and code beside their fields in both languages, writing nothing', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    const ext = await expectNoChange(
      hub,
      physicians,
      () => hub.exec(REGISTER, { input: input(p.id, { idNumber: '340503198001010019', code: 'X123' }) }, insurerAdmin(insurerA.id)),
      'BAD_USER_INPUT',
    );
    const issues = ext.fields as { path: string[]; messageZh: string; messageEn: string }[];
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['input.code', 'input.idNumber']);
    expect(issues.find((i) => i.path[1] === 'idNumber')!.messageZh).toBe('请填写 18 位公民身份号码（校验位须正确）');
  });

  it('registers a code and a person once: a second registration is refused on those fields', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    const first = input(p.id, { idNumber: IDS[1] });
    ok(await hub.exec(REGISTER, { input: first }, platformAdmin()));
    const ext = await expectNoChange(hub, physicians, () => hub.exec(REGISTER, { input: { ...first, nameZh: '另一人' } }, platformAdmin()), 'BAD_USER_INPUT');
    // The unique index that refused it names one of the two (each alone: physician-id-number-unique).
    const issues = ext.fields as { path: string[] }[];
    expect(issues).toHaveLength(1);
    expect(['code', 'idNumber']).toContain(issues[0]!.path[1]);
  });

  it("refuses another insurer's provider as if absent, a provider no longer designated, and an auditor", async () => {
    const foreign = await createProvider(hub.prisma, { insurerId: insurerB.id });
    const ext = await expectNoChange(hub, physicians, () => hub.exec(REGISTER, { input: input(foreign.id, { idNumber: IDS[3] }) }, insurerAdmin(insurerA.id)), 'BAD_USER_INPUT');
    expect(ext.fields).toEqual([expect.objectContaining({ path: ['input', 'primaryProviderId'], messageZh: '本经办机构没有该定点医药机构' })]);
    expect(JSON.stringify(ext)).not.toContain(foreign.code);
    const ended = await createProvider(hub.prisma, { insurerId: insurerA.id, status: 'TERMINATED' });
    const endedExt = await expectNoChange(hub, physicians, () => hub.exec(REGISTER, { input: input(ended.id, { idNumber: IDS[3] }) }, insurerAdmin(insurerA.id)), 'BAD_USER_INPUT');
    expect(endedExt.fields).toEqual([expect.objectContaining({ path: ['input', 'primaryProviderId'], messageZh: '该机构当前不是有效的定点医药机构' })]);
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    await expectNoChange(hub, physicians, () => hub.exec(REGISTER, { input: input(p.id, { idNumber: IDS[3] }) }, insurerAuditor(insurerA.id)), 'FORBIDDEN');
  });

  it('registers a second physician of the same name: the duplicate check is by ID number, not name', async () => {
    const p = await createProvider(hub.prisma, { insurerId: insurerA.id });
    const existing = await createPhysician(hub.prisma, { primaryProviderId: p.id, nameZh: '王晓明' });
    const res = ok(await hub.exec<{ registerPhysician: { physician: { id: string } } }>(REGISTER, { input: input(p.id, { idNumber: IDS[2] }) }, insurerAdmin(insurerA.id)));
    expect(rawOf(res.registerPhysician.physician.id)).not.toBe(existing.id);
  });

  it('registers a person once when two insurers register them at the same moment (no check-then-insert race)', async () => {
    const [pa, pb] = await Promise.all([createProvider(hub.prisma, { insurerId: insurerA.id }), createProvider(hub.prisma, { insurerId: insurerB.id })]);
    for (const idNumber of ['340503199505050018', '340503199505050026']) {
      const results = await Promise.all([
        hub.exec(REGISTER, { input: input(pa.id, { idNumber }) }, insurerAdmin(insurerA.id)),
        hub.exec(REGISTER, { input: input(pb.id, { idNumber }) }, insurerAdmin(insurerB.id)),
      ]);
      expect(await hub.prisma.physician.count({ where: { idNumber } })).toBe(1);
      expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['BAD_USER_INPUT', 'OK']);
    }
  });
});
