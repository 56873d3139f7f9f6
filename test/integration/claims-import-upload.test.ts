import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApp, post, type TestApp } from '../support/access-app.js';
import { createClientWithKey, createUser } from '../support/access-world.js';
import { createInsurer, createPartner, uniq } from '../factories/records.js';
import { createMonitoringWorld, type ClaimIn, type MonitoringWorld } from './rules/world.js';
import { CSV_CLAIM_COLUMNS, CSV_LINE_COLUMNS } from '../../server/domain/monitoring/claim-file.js';

/**
 * POST /claims/import over real HTTP: who may upload (API key or session with its CSRF token),
 * the file read as it streams through importClaims (counts, line/field errors in both
 * languages, idempotent by settlement id, each batch with its `claims.imported` event), and
 * malformed bodies answered 4xx, never 500.
 */
let hub: TestApp;
let w: MonitoringWorld;
const PASSWORD = 'correct horse battery staple 42';
const keys: Record<string, string> = {};

beforeAll(async () => {
  hub = await startTestApp({ CLAIMS_IMPORT_MAX_BYTES: String(4 << 20) });
  w = await createMonitoringWorld(hub.prisma);
  const partner = await createPartner(hub.prisma);
  const key = async (name: string, role: Parameters<typeof createClientWithKey>[1]['role'], tenant: { insurerId?: string; partnerId?: string } = {}) =>
    (keys[name] = (await createClientWithKey(hub.prisma, { role, ...tenant })).secret);
  await key('admin', 'INSURER_ADMIN', { insurerId: w.insurer.id });
  await key('viewer', 'INSURER_VIEWER', { insurerId: w.insurer.id });
  await key('integrator', 'INTEGRATOR', { insurerId: w.insurer.id });
  await key('partner', 'PARTNER', { partnerId: partner.id });
  await key('platform', 'PLATFORM_ADMIN');
  await createUser(hub.prisma, { username: 'auditor', password: PASSWORD, role: 'INSURER_AUDITOR', insurerId: w.insurer.id });
  await createUser(hub.prisma, { username: 'staff', password: PASSWORD, role: 'PROVIDER_STAFF', providerId: w.providers[0]!.id });
});
afterAll(async () => {
  await hub?.close();
});

async function upload(body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string>, query = '') {
  const res = await fetch(`${hub.url}/claims/import${query}`, { method: 'POST', headers, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { importId?: string; errors?: unknown[] } };
}
const bearer = (name: string, type = 'application/x-ndjson') => ({ authorization: `Bearer ${keys[name]}`, 'content-type': type });

async function session(username: string) {
  const res = await post<{ login: { csrfToken: string } }>(hub, `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { csrfToken } }`, { u: username, p: PASSWORD });
  return { cookie: res.setCookies.map((c) => c.split(';')[0]).join('; '), csrf: res.body.data!.login.csrfToken };
}

const ndjson = (claims: (ClaimIn | string)[]) => claims.map((c) => (typeof c === 'string' ? c : JSON.stringify(c))).join('\n') + '\n';
const importEvents = () => hub.prisma.auditEvent.findMany({ where: { type: 'claims.imported', insurerId: w.insurer.id }, orderBy: { seq: 'asc' } });

describe('POST /claims/import', () => {
  it('imports an NDJSON file for the key’s insurer with its audit event; the same file again changes nothing', async () => {
    const p = await w.person();
    const file = ndjson([w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber })]);
    const before = (await importEvents()).length;
    const first = await upload(file, bearer('admin'));
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ format: 'ndjson', claimsRead: 2, imported: 2, unchanged: 0, refused: 0, errors: [] });
    const events = await importEvents();
    expect(events.length - before).toBe(1);
    expect(events.at(-1)).toMatchObject({ entityId: first.body.importId, actorType: 'API_CLIENT', data: expect.objectContaining({ inserted: 2, firstLine: 1, lastLine: 2 }) });

    const again = await upload(file, bearer('admin'));
    expect(again.body).toMatchObject({ claimsRead: 2, imported: 0, unchanged: 2, refused: 0 });
    const person = await hub.prisma.insuredPerson.findFirstOrThrow({ where: { idNumber: p.idNumber } });
    expect(await hub.prisma.claim.count({ where: { insuredPersonId: person.id } })).toBe(2);
  });

  it('refuses a batch holding a bad claim whole and names each error by line, field and code in zh and en', async () => {
    const p = await w.person();
    const good = w.claim({ insuredIdNumber: p.idNumber });
    const badQuantity = w.claim({ insuredIdNumber: p.idNumber });
    badQuantity.lines[0]!.quantity = '-1';
    const stranger = w.claim({ insuredIdNumber: 'NOBODY-' + uniq() });
    const before = (await importEvents()).length;
    const res = await upload(ndjson([good, '{"settlementId": ', badQuantity, stranger]), bearer('admin'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ claimsRead: 4, imported: 0, refused: 4, batchesRefused: 1 });
    expect(res.body.errors).toEqual([
      { line: 2, field: null, code: 'UNREADABLE', messageEn: expect.stringMatching(/^not JSON/), messageZh: '该行不是有效的 JSON' },
      { line: 3, field: 'lines.0.quantity', code: 'INVALID_VALUE', messageEn: 'must be a positive quantity with at most 3 decimals', messageZh: '数量须为正数，最多 3 位小数' },
    ]);
    expect(await hub.prisma.claimKey.count({ where: { settlementId: good.settlementId } })).toBe(0);
    expect((await importEvents()).length).toBe(before);

    // Codes the insurer does not know are found in the database step, named the same way.
    const unknown = await upload(ndjson([stranger]), bearer('admin'));
    expect(unknown.body.errors).toEqual([
      { line: 1, field: 'insuredIdNumber', code: 'UNKNOWN_REFERENCE', messageEn: 'no such insured person of this insurer', messageZh: '本经办机构没有该参保人' },
    ]);
  });

  it('reads CSV by Content-Type or ?format=, a spreadsheet’s byte-order mark included', async () => {
    const p = await w.person();
    const c = w.claim({ insuredIdNumber: p.idNumber });
    const l = c.lines[0]!;
    const header = 'settlementId,providerCode,agreementNumber,physicianCode,insuredIdNumber,insuranceType,visitType,settlementCategory,admittedOn,dischargedOn,settledAt,diagnoses,totalFen,fundFen,accountFen,selfFen,catalogueCode,name,category,quantity,unitPriceFen,amountFen,daysSupply,prescriptionNo,prescribedOn,servedOn';
    const row = [c.settlementId, c.providerCode, '', '', c.insuredIdNumber, c.insuranceType, c.visitType, c.settlementCategory, '', '', c.settledAt, c.diagnoses.join(';'), c.totalFen, c.fundFen, c.accountFen, c.selfFen, l.catalogueCode, l.name, l.category, l.quantity, l.unitPriceFen, l.amountFen, '', '', '', l.servedOn].join(',');
    const csv = `\uFEFF${header}\r\n${row}\r\n`;
    const byType = await upload(csv, bearer('admin', 'text/csv; charset=utf-8'));
    expect(byType.body).toMatchObject({ format: 'csv', imported: 1, errors: [] });
    const byQuery = await upload(csv, bearer('admin', 'application/octet-stream'), '?format=csv');
    expect(byQuery.body).toMatchObject({ format: 'csv', imported: 0, unchanged: 1 });
  });

  it('reads a CSV as Chinese Excel saves it, GBK or UTF-16 with its mark, with the names as typed (GBK was refused or read as U+FFFD)', async () => {
    const header = `${CSV_CLAIM_COLUMNS.join(',')},${CSV_LINE_COLUMNS.join(',')}\r\n`;
    const rowOf = (c: ClaimIn, name: string) => {
      const l = c.lines[0]!;
      const cells = [c.settlementId, c.providerCode, '', '', c.insuredIdNumber, c.insuranceType, c.visitType, c.settlementCategory, '', '', c.settledAt, c.diagnoses.join(';'), c.totalFen, c.fundFen, c.accountFen, c.selfFen, l.catalogueCode, name, l.category, l.quantity, l.unitPriceFen, l.amountFen, '', '', '', l.servedOn];
      return `${cells.join(',')}\r\n`;
    };
    const p = await w.person();
    const [gbkClaim, utf16Claim, declaredClaim] = [w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber })];
    // 阿莫西林胶囊 in GBK (Python's gbk codec), spliced where the name cell goes.
    const gbkName = Buffer.from('b0a2c4aacef7c1d6bdbac4d2', 'hex');
    const [before, after] = rowOf(gbkClaim, '\u0000').split('\u0000');
    const gbk = Buffer.concat([Buffer.from(header), Buffer.from(before!), gbkName, Buffer.from(after!)]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(header + rowOf(utf16Claim, '布洛芬缓释胶囊'), 'utf16le')]);
    const declared = Buffer.concat([Buffer.from(header), Buffer.from(before!.replace(gbkClaim.settlementId, declaredClaim.settlementId)), gbkName, Buffer.from(after!)]);
    expect(await upload(gbk, bearer('admin', 'text/csv'))).toMatchObject({ status: 200, body: { imported: 1, errors: [] } });
    expect(await upload(utf16, bearer('admin', 'text/csv'))).toMatchObject({ status: 200, body: { imported: 1, errors: [] } });
    expect(await upload(declared, bearer('admin', 'text/csv; charset=GBK'))).toMatchObject({ status: 200, body: { imported: 1, errors: [] } });
    const names = async (settlementId: string) => (await hub.prisma.claimLine.findMany({ where: { settlementId } })).map((l) => l.name);
    expect(await names(gbkClaim.settlementId)).toEqual(['阿莫西林胶囊']);
    expect(await names(utf16Claim.settlementId)).toEqual(['布洛芬缓释胶囊']);
    expect(await names(declaredClaim.settlementId)).toEqual(['阿莫西林胶囊']);
  });

  it('reads a tab-separated file as Excel saves “Unicode text” (UTF-16 with its mark, tabs, CRLF): a comma in a name is text (it was one unknown column)', async () => {
    const p = await w.person();
    const [a, b] = [w.claim({ insuredIdNumber: p.idNumber }), w.claim({ insuredIdNumber: p.idNumber })];
    const tsv = (c: ClaimIn, name: string) => {
      const l = c.lines[0]!;
      const cells = [c.settlementId, c.providerCode, '', '', c.insuredIdNumber, c.insuranceType, c.visitType, c.settlementCategory, '', '', c.settledAt, c.diagnoses.join(';'), c.totalFen, c.fundFen, c.accountFen, c.selfFen, l.catalogueCode, name, l.category, l.quantity, l.unitPriceFen, l.amountFen, '', '', '', l.servedOn];
      return `${[...CSV_CLAIM_COLUMNS, ...CSV_LINE_COLUMNS].join('\t')}\r\n${cells.join('\t')}\r\n`;
    };
    const unicodeText = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await upload(unicodeText(tsv(a, '阿莫西林胶囊,0.25g')), bearer('admin', 'text/tab-separated-values'))).toMatchObject({ status: 200, body: { format: 'csv', imported: 1, errors: [] } });
    expect(await upload(tsv(b, '"布洛芬""缓释""胶囊"'), bearer('admin', 'application/octet-stream'), '?format=tsv')).toMatchObject({ status: 200, body: { imported: 1, errors: [] } });
    const names = async (settlementId: string) => (await hub.prisma.claimLine.findMany({ where: { settlementId } })).map((l) => l.name);
    expect(await names(a.settlementId)).toEqual(['阿莫西林胶囊,0.25g']);
    expect(await names(b.settlementId)).toEqual(['布洛芬"缓释"胶囊']);
    // Another format name is refused with both languages, nothing read.
    const odd = await upload(tsv(w.claim({ insuredIdNumber: p.idNumber }), 'x'), bearer('admin'), '?format=xlsx');
    expect(odd).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE', errorZh: expect.stringContaining('制表符分隔') } });
  });

  it('takes a console session with its CSRF token (an auditor), and refuses the cookie without it', async () => {
    const p = await w.person();
    const { cookie, csrf } = await session('auditor');
    const file = ndjson([w.claim({ insuredIdNumber: p.idNumber })]);
    const ok = await upload(file, { cookie, 'x-csrf-token': csrf, 'content-type': 'application/x-ndjson' });
    expect(ok).toMatchObject({ status: 200, body: { imported: 1 } });
    const event = (await importEvents()).at(-1)!;
    expect(event).toMatchObject({ entityId: ok.body.importId, actorType: 'USER' });
    const forged = await upload(file, { cookie, 'content-type': 'application/x-ndjson' });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ code: 'FORBIDDEN', errorZh: expect.stringContaining('CSRF') });
  });

  it('refuses whoever lacks the right: anonymous and bad keys 401, viewers, integrators, partners and provider staff 403', async () => {
    const p = await w.person();
    const file = ndjson([w.claim({ insuredIdNumber: p.idNumber })]);
    expect(await upload(file, { 'content-type': 'application/x-ndjson' })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED', errorZh: expect.any(String) } });
    expect(await upload(file, { authorization: 'Bearer ahk_nope', 'content-type': 'application/x-ndjson' })).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    for (const name of ['viewer', 'integrator', 'partner']) {
      const res = await upload(file, bearer(name));
      expect(res, name).toMatchObject({ status: 403, body: { code: 'FORBIDDEN', error: expect.any(String), errorZh: expect.any(String) } });
    }
    const staff = await session('staff');
    expect(await upload(file, { cookie: staff.cookie, 'x-csrf-token': staff.csrf, 'content-type': 'application/x-ndjson' })).toMatchObject({ status: 403 });
    const person = await hub.prisma.insuredPerson.findFirstOrThrow({ where: { idNumber: p.idNumber } });
    expect(await hub.prisma.claim.count({ where: { insuredPersonId: person.id } })).toBe(0);
  });

  it('lets a platform admin name the insurer; an insurer’s key cannot name another', async () => {
    const p = await w.person();
    const file = ndjson([w.claim({ insuredIdNumber: p.idNumber })]);
    const insurer = encodeGlobalID('Insurer', w.insurer.id);
    expect(await upload(file, bearer('platform'))).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(await upload(file, bearer('platform'), `?insurerId=${encodeURIComponent(insurer)}`)).toMatchObject({ status: 200, body: { imported: 1 } });
    const other = await createInsurer(hub.prisma);
    const foreign = await upload(file, bearer('admin'), `?insurerId=${encodeURIComponent(encodeGlobalID('Insurer', other.id))}`);
    expect(foreign).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(await upload(file, bearer('platform'), '?insurerId=not-an-id')).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
  });

  it('answers malformed bodies with a clear 4xx, never 500', async () => {
    const cases: [string, string | Uint8Array<ArrayBuffer>, Record<string, string>, string, number, string][] = [
      ['wrong content type', '{}', bearer('admin', 'application/json'), '', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['unknown ?format', '{}', bearer('admin'), '?format=xlsx', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['empty body', '', bearer('admin'), '', 400, 'EMPTY_FILE'],
      ['only blank lines', '\n\n  \n', bearer('admin'), '', 400, 'EMPTY_FILE'],
      ['NUL bytes', '{"settlementId":"a"}\n{"a":"\u0000"}\n', bearer('admin'), '', 400, 'BINARY_CONTENT'],
      ['binary garbage', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x80]), bearer('admin'), '', 400, 'NOT_TEXT'],
      ['a charset nobody knows', '{}\n', bearer('admin', 'application/x-ndjson; charset=x-klingon'), '', 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['huge line (over 1 MiB)', `{}\n${'x'.repeat((1 << 20) + 10)}`, bearer('admin'), '', 400, 'LINE_TOO_LONG'],
      ['over the size limit', '{}\n'.repeat((4 << 20) / 3 + 10), bearer('admin'), '', 413, 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [name, body, headers, query, status, code] of cases) {
      const res = await upload(body, headers, query);
      expect(res, name).toMatchObject({ status, body: { code, error: expect.any(String), errorZh: expect.any(String) } });
    }
    // Every answer left a request-log line, and none was a 500.
    const lines = hub.logs().split('\n').filter((l) => l.includes('"route":"claims-import"'));
    expect(lines.length).toBeGreaterThanOrEqual(cases.length);
    expect(lines.some((l) => l.includes('"status":500'))).toBe(false);
  });

  it('refuses a claim whose text carries an unpaired surrogate (JSON "\\udc00") by line and field, not with a 500', async () => {
    const p = await w.person();
    const good = w.claim({ insuredIdNumber: p.idNumber });
    const loneInName = w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ name: '药\udc00' })] });
    const loneInId = { ...w.claim({ insuredIdNumber: p.idNumber }), settlementId: `S\ud800${uniq()}` };
    const before = (await importEvents()).length;
    const res = await upload(ndjson([good, loneInName, loneInId]), bearer('admin'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ claimsRead: 3, imported: 0, refused: 3 });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 2, field: 'lines.0.name', messageZh: expect.stringMatching(/Unicode/) }),
        expect.objectContaining({ line: 3, field: 'settlementId' }),
      ]),
    );
    expect((await importEvents()).length).toBe(before);
  });

  it('stops reading a streamed body (no Content-Length) once it passes the limit', async () => {
    // Blank lines: skipped by the reader, so the test measures the limit, not claim validation.
    const chunk = new TextEncoder().encode(`${' '.repeat(1023)}\n`.repeat(300));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // 300 kB a chunk, up to 8 MB: twice the limit.
        if (sent > 8 << 20) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${hub.url}/claims/import`, { method: 'POST', headers: bearer('admin'), body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', errorZh: expect.any(String) });
  });
});
