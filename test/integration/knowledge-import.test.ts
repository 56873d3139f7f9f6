import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin, insurerAuditor, insurerViewer, partnerViewer, platformAdmin, providerStaff } from '../factories/viewers.js';
import { createInsurer, createPartner, uniq } from '../factories/records.js';
import { checkClaim } from '../../server/domain/monitoring/check-claim.js';
import { createMonitoringWorld, type MonitoringWorld } from './rules/world.js';
import { auditCount, gid, lastEvents, ok, refused } from './mutation-helpers.js';

let hub: TestHub;
let w: MonitoringWorld;
beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
});
afterAll(() => hub.close());

const IMPORT = `mutation ($input: ImportKnowledgeEntriesInput!) { importKnowledgeEntries(input: $input) {
  imported importId read created updated unchanged errorsTruncated errors { line field message messageZh messageEn } } }`;
type Report = { imported: boolean; importId: string | null; read: number; created: number; updated: number; unchanged: number; errorsTruncated: boolean; errors: { line: number; field: string | null; message: string; messageZh: string; messageEn: string }[] };
const run = (viewer: Parameters<TestHub['exec']>[2], input: Record<string, unknown>) => hub.exec<{ importKnowledgeEntries: Report }>(IMPORT, { input }, viewer);
const report = async (viewer: Parameters<TestHub['exec']>[2], input: Record<string, unknown>) => ok(await run(viewer, input)).importKnowledgeEntries;
const ndjson = (rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('importKnowledgeEntries: the national library', () => {
  const code = uniq('NAT-F-');
  const rows = (name = '雌二醇片') => [
    { kind: 'SEX_RESTRICTION', catalogueCode: code, nameZh: name, sex: 'FEMALE', batch: '国家第一批' },
    ...[1, 2, 3].map((i) => ({ kind: 'CHILD_ONLY', catalogueCode: `${code}-C${i}`, nameZh: `儿童用药${i}`, maxAgeYears: 14, batch: '国家第一批' })),
  ];

  it('is imported by a platform admin whole, with one audit event; re-importing changes nothing', async () => {
    const events = await auditCount(hub);
    const first = await report(platformAdmin(), { national: true, format: 'NDJSON', content: ndjson(rows()) });
    expect(first).toMatchObject({ imported: true, read: 4, created: 4, updated: 0, unchanged: 0, errors: [] });
    expect(await auditCount(hub)).toBe(events + 1);
    const [event] = await lastEvents(hub);
    expect(event).toMatchObject({ type: 'knowledge.imported', entityType: 'KnowledgeImport', entityId: first.importId, insurerId: null });
    expect(event!.data).toMatchObject({ library: 'NATIONAL', read: 4, created: 4, updated: 0, unchanged: 0 });
    expect(await hub.prisma.knowledgeEntry.count({ where: { insurerId: null, catalogueCode: { startsWith: code } } })).toBe(4);

    const again = await report(platformAdmin(), { national: true, format: 'NDJSON', content: ndjson(rows()) });
    expect(again).toMatchObject({ imported: true, importId: null, created: 0, updated: 0, unchanged: 4 });
    expect(await auditCount(hub)).toBe(events + 1);
  });

  it('a changed entry becomes its next version, the previous one kept', async () => {
    const changed = await report(platformAdmin(), { national: true, format: 'NDJSON', content: ndjson(rows('雌二醇片（新）')) });
    expect(changed).toMatchObject({ imported: true, created: 0, updated: 1, unchanged: 3 });
    const entry = await hub.prisma.knowledgeEntry.findFirstOrThrow({ where: { insurerId: null, catalogueCode: code } });
    const q = `query ($id: ID!) { node(id: $id) { ... on KnowledgeEntry { version national nameZh versions { version data importId } } } }`;
    const node = ok(await hub.exec<{ node: { version: number; national: boolean; nameZh: string; versions: { version: number; data: { nameZh: string }; importId: string }[] } }>(q, { id: gid('KnowledgeEntry', entry.id) }, insurerViewer(w.insurer.id))).node;
    expect(node).toMatchObject({ version: 2, national: true, nameZh: '雌二醇片（新）' });
    expect(node.versions.map((v) => [v.version, v.data.nameZh])).toEqual([[2, '雌二醇片（新）'], [1, '雌二醇片']]);
    expect(node.versions[0]!.importId).toBe(changed.importId);
  });

  it('applies at every insurer; an insurer supplement of the same code replaces it there', async () => {
    const male = await w.person({ sex: 'MALE' });
    const claim = () => w.claim({ insuredIdNumber: male.idNumber, lines: [w.line({ catalogueCode: code, name: '雌二醇片' })] });
    const ctx = { actor: insurerAdmin(w.insurer.id), requestId: null };
    expect((await checkClaim(ctx, claim())).reminders.map((r) => r.ruleKey)).toContain('SEX_RESTRICTION');
    // The insurer switches the national entry off for itself with an inactive entry of its own.
    const own = await report(insurerAuditor(w.insurer.id), {
      insurerId: gid('Insurer', w.insurer.id),
      format: 'CSV',
      content: `kind,catalogueCode,nameZh,sex,active\nSEX_RESTRICTION,${code},雌二醇片,FEMALE,false\n`,
    });
    expect(own).toMatchObject({ imported: true, created: 1 });
    const [event] = await lastEvents(hub);
    expect(event).toMatchObject({ type: 'knowledge.imported', insurerId: w.insurer.id });
    expect((await checkClaim(ctx, claim())).reminders.map((r) => r.ruleKey)).not.toContain('SEX_RESTRICTION');
    // Another insurer still has the national entry.
    const other = await createMonitoringWorld(hub.prisma);
    const p = await other.person({ sex: 'MALE' });
    const theirs = other.claim({ insuredIdNumber: p.idNumber, lines: [other.line({ catalogueCode: code })] });
    expect((await checkClaim({ actor: insurerAdmin(other.insurer.id), requestId: null }, theirs)).reminders.map((r) => r.ruleKey)).toContain('SEX_RESTRICTION');
  });

  it('insurer staff see the national entries and their own, never another insurer\'s', async () => {
    const other = await createInsurer(hub.prisma);
    const theirCode = uniq('THEIRS-');
    ok(await run(insurerAdmin(other.id), { insurerId: gid('Insurer', other.id), format: 'NDJSON', content: ndjson([{ kind: 'NOT_COVERED', catalogueCode: theirCode, nameZh: '自费' }]) }));
    const q = `query ($s: String) { knowledgeEntries(first: 50, filter: { search: $s }) { totalCount edges { node { catalogueCode national } } } }`;
    const mine = ok(await hub.exec<{ knowledgeEntries: { totalCount: number; edges: { node: { catalogueCode: string; national: boolean } }[] } }>(q, { s: code }, insurerViewer(w.insurer.id))).knowledgeEntries.edges.map((e) => e.node);
    expect(mine.filter((n) => n.national)).toHaveLength(4);
    expect(mine.filter((n) => !n.national)).toHaveLength(1);
    const hidden = ok(await hub.exec<{ knowledgeEntries: { totalCount: number } }>(q, { s: theirCode }, insurerViewer(w.insurer.id))).knowledgeEntries;
    expect(hidden.totalCount).toBe(0);
    const partner = await createPartner(hub.prisma);
    expect(ok(await hub.exec<{ knowledgeEntries: { totalCount: number } }>(q, { s: code }, partnerViewer(partner.id))).knowledgeEntries.totalCount).toBe(0);
  });
});

describe('importKnowledgeEntries: who may', () => {
  const content = () => ndjson([{ kind: 'NOT_COVERED', catalogueCode: uniq('NC-'), nameZh: '不予支付' }]);
  const unchanged = async (viewer: Parameters<TestHub['exec']>[2], input: Record<string, unknown>, code: string) => {
    const events = await auditCount(hub);
    const entries = await hub.prisma.knowledgeEntry.count();
    refused(await run(viewer, input), code);
    expect(await auditCount(hub)).toBe(events);
    expect(await hub.prisma.knowledgeEntry.count()).toBe(entries);
  };

  it('a national batch only by platform admins', async () => {
    await unchanged(insurerAdmin(w.insurer.id), { national: true, format: 'NDJSON', content: content() }, 'FORBIDDEN');
    await unchanged(platformAdmin(), { national: true, insurerId: gid('Insurer', w.insurer.id), format: 'NDJSON', content: content() }, 'BAD_USER_INPUT');
    await unchanged(platformAdmin(), { format: 'NDJSON', content: content() }, 'BAD_USER_INPUT');
    expect((await report(platformAdmin(), { national: true, format: 'NDJSON', content: content() })).created).toBe(1);
  });

  it('an insurer\'s supplements by its admins and auditors; viewers, partners, providers and other insurers never', async () => {
    const own = { insurerId: gid('Insurer', w.insurer.id), format: 'NDJSON' };
    expect((await report(insurerAdmin(w.insurer.id), { ...own, content: content() })).created).toBe(1);
    // Agency staff may leave their own insurer implicit.
    expect((await report(insurerAdmin(w.insurer.id), { format: 'NDJSON', content: content() })).created).toBe(1);
    expect((await report(insurerAuditor(w.insurer.id), { ...own, content: content() })).created).toBe(1);
    await unchanged(insurerViewer(w.insurer.id), { ...own, content: content() }, 'FORBIDDEN');
    const partner = await createPartner(hub.prisma);
    await unchanged(partnerViewer(partner.id), { ...own, content: content() }, 'FORBIDDEN');
    await unchanged(providerStaff(w.providers[0]!.id), { ...own, content: content() }, 'FORBIDDEN');
    const other = await createInsurer(hub.prisma);
    await unchanged(insurerAdmin(other.id), { ...own, content: content() }, 'NOT_FOUND');
  });
});

describe('importKnowledgeEntries: malformed batches are refused whole, naming line and field', () => {
  const own = () => ({ insurerId: gid('Insurer', w.insurer.id) });
  const refusedWhole = async (input: Record<string, unknown>) => {
    const events = await auditCount(hub);
    const entries = await hub.prisma.knowledgeEntry.count();
    const r = await report(insurerAdmin(w.insurer.id), { ...own(), ...input });
    expect(r.imported).toBe(false);
    expect(r.importId).toBeNull();
    expect(await auditCount(hub)).toBe(events);
    expect(await hub.prisma.knowledgeEntry.count()).toBe(entries);
    return r.errors;
  };

  it('NDJSON: bad JSON, unknown kind, wrong type, NUL byte, unknown field, duplicate, out of range', async () => {
    const good = { kind: 'NOT_COVERED', catalogueCode: uniq('OK-'), nameZh: '好的' };
    const lines = [
      JSON.stringify(good),
      '{"kind": "NOT_COVERED", "catalogueCode": ',
      JSON.stringify({ ...good, catalogueCode: uniq('A-'), kind: 'NO_SUCH_KIND' }),
      JSON.stringify({ ...good, catalogueCode: uniq('B-'), maxAgeYears: 'ten' }),
      JSON.stringify({ ...good, catalogueCode: uniq('C-'), nameZh: 'a\u0000b' }),
      JSON.stringify({ ...good, catalogueCode: uniq('D-'), colour: 'red' }),
      JSON.stringify(good),
      JSON.stringify({ ...good, catalogueCode: uniq('E-'), discountPercent: 101, icd10Prefixes: ['not icd'] }),
      '',
      '[1,2]',
    ];
    const errors = await refusedWhole({ format: 'NDJSON', content: lines.join('\n') });
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [2, null],
      [3, 'kind'],
      [4, 'maxAgeYears'],
      [5, 'nameZh'],
      [6, 'colour'],
      [7, 'catalogueCode'],
      [8, 'icd10Prefixes.0'],
      [8, 'discountPercent'],
      [10, null],
    ]);
    for (const e of errors) {
      expect(e.messageEn).toBe(e.message);
      expect(e.messageZh.length).toBeGreaterThan(0);
    }
    expect(errors.find((e) => e.line === 7)!.message).toBe('duplicates the entry of line 1');
  });

  it('CSV: a header lacking columns, or rows of the wrong width', async () => {
    expect((await refusedWhole({ format: 'CSV', content: 'kind,nameZh\nNOT_COVERED,x\n' })).map((e) => [e.line, e.message])).toEqual([[1, 'header lacks column(s) catalogueCode']]);
    expect((await refusedWhole({ format: 'CSV', content: 'kind,catalogueCode,nameZh,height\nNOT_COVERED,x,y,1\n' }))[0]!.message).toBe('unknown column(s) height');
    const errors = await refusedWhole({ format: 'CSV', content: `kind,catalogueCode,nameZh,maxAgeYears\nNOT_COVERED,${uniq('F-')},"自费, 甲"\nCHILD_ONLY,${uniq('G-')},儿童,-3\n` });
    expect(errors.map((e) => [e.line, e.field])).toEqual([[2, null], [3, 'maxAgeYears']]);
  });

  it('an empty batch, a wrong format and a bad insurer id are refused; none of it a server error', async () => {
    expect((await refusedWhole({ format: 'NDJSON', content: '\n\n' })).map((e) => e.message)).toEqual(['the batch holds no entries']);
    refused(await run(insurerAdmin(w.insurer.id), { ...own(), format: 'XML', content: 'x' }), 'BAD_USER_INPUT');
    refused(await run(insurerAdmin(w.insurer.id), { insurerId: 'not-a-global-id', format: 'CSV', content: 'x' }), 'BAD_USER_INPUT');
    refused(await run(insurerAdmin(w.insurer.id), { insurerId: gid('Insurer', 'nope'), format: 'CSV', content: 'kind,catalogueCode,nameZh\nNOT_COVERED,a,b\n' }), 'BAD_USER_INPUT');
 
  });

  it('a platform admin naming an insurer that does not exist is told so, nothing written (the foreign key answered INTERNAL_SERVER_ERROR)', async () => {
    const before = await hub.prisma.knowledgeEntry.count();
    const events = await auditCount(hub);
    const missing = gid('Insurer', '00000000-0000-4000-8000-000000000000');
    const result = await run(platformAdmin(), { insurerId: missing, format: 'CSV', content: 'kind,catalogueCode,nameZh\nNOT_COVERED,NO-INSURER-1,自费药品\n' });
    refused(result, 'NOT_FOUND');
    expect(result.errors?.[0]?.extensions).toMatchObject({ messageZh: '未找到该医保经办机构，或无权查看', messageEn: expect.stringMatching(/not found/i) });
    expect(await hub.prisma.knowledgeEntry.count()).toBe(before);
    expect(await auditCount(hub)).toBe(events);
  });
});
