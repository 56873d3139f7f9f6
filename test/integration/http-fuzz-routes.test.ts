import { describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { auth, f, GBK_NAME, send, serverErrorsLogged, unclearRoute, useFuzzApp } from './http-fuzz-support.js';

/**
 * The upload and export routes over real HTTP with truncated, mis-encoded, byte-order-marked,
 * CRLF, formula-bearing and duplicate-keyed files and malformed parameters: each refusal has a
 * stable code and zh + en text, never a 5xx, and a refused upload writes nothing.
 * claims-import-upload.test.ts covers the size and binary limits of the claims upload.
 */
useFuzzApp();

const claimsEvents = () => f.hub.prisma.auditEvent.count({ where: { type: 'claims.imported' } });
const knowledgeRows = () => f.hub.prisma.knowledgeEntry.count();

describe('POST /claims/import with malformed files', () => {
  const claim = JSON.stringify({ settlementId: 'S-1', insuredIdNumber: 'X', lines: [] });
  const cases: [string, string, string | Uint8Array, string?][] = [
    ['a line cut in half', 'application/x-ndjson', `${claim}\n${claim.slice(0, 20)}`],
    ['GBK bytes', 'text/csv', Buffer.concat([Buffer.from('settlementId,name\nS-1,'), GBK_NAME, Buffer.from('\n')])],
    ['UTF-16 with its byte-order mark', 'application/x-ndjson', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${claim}\n`, 'utf16le')])],
    ['a byte-order mark and CRLF', 'application/x-ndjson', `\ufeff${claim}\r\n${claim}\r\n`],
    ['duplicated keys', 'application/x-ndjson', '{"settlementId":"S-1","settlementId":{"a":1}}\n'],
    ['a CSV header twice', 'text/csv', 'settlementId,settlementId\nS-1,S-2\n'],
    ['an unbalanced CSV quote', 'text/csv', 'settlementId,name\n"S-1,abc\n'],
    ['spreadsheet formulas', 'text/csv', 'settlementId,insuredIdNumber\n=HYPERLINK("http://x"),=1+1\n'],
    ['a JSON array instead of lines', 'application/x-ndjson', `[${claim},${claim}]`],
    ['JSON primitives', 'application/x-ndjson', '1\n"x"\nnull\ntrue\n[]\n'],
    ['a line nested 10,000 deep', 'application/x-ndjson', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['zero bytes', 'text/csv', ''],
    ['a UTF-16 byte-order mark alone', 'text/csv', Buffer.from([0xff, 0xfe])],
    ['a UTF-8 byte-order mark and a header alone', 'text/csv', '\ufeffsettlementId,name\r\n'],
    ['a UTF-16 file cut inside a character', 'text/csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('settlementId,name\n', 'utf16le').subarray(0, 9)])],
    ['a multipart form posted as CSV', 'text/csv', '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\nsettlementId\r\n--x--\r\n'],
    ['a multipart form', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nsettlementId\r\n--x--\r\n'],
    ['?format twice', 'application/x-ndjson', `${claim}\n`, '?format=csv&format=ndjson'],
    ['?insurerId twice', 'application/x-ndjson', `${claim}\n`, '?insurerId=a&insurerId=b'],
  ];
  it.each(cases)('%s', async (_name, type, body, query = '') => {
    const before = await claimsEvents();
    const answer = await send('POST', `/claims/import${query}`, auth(f.admin, type), body);
    expect(unclearRoute(answer)).toBeNull();
    // None of these files holds a claim that can be imported: nothing is written.
    expect(await claimsEvents()).toBe(before);
  });
});

describe('POST /knowledge/import with malformed files', () => {
  const line = (code: string, nameZh = '自费药品') => JSON.stringify({ kind: 'NOT_COVERED', catalogueCode: code, nameZh });
  const cases: [string, string, string | Uint8Array, string?][] = [
    ['a line cut in half', 'format=ndjson', `${line('FZ-1')}\n${line('FZ-2').slice(0, 25)}`],
    ['bytes neither UTF-8 nor GB18030', 'format=ndjson', Buffer.concat([Buffer.from('{"kind":"NOT_COVERED","catalogueCode":"FZ-3","nameZh":"'), GBK_NAME, Buffer.from([0xff, 0x80]), Buffer.from('"}\n')])],
    ['a declared charset the bytes are not in', 'format=ndjson', Buffer.concat([Buffer.from(`${line('FZ-4')}\n{"kind":"NOT_COVERED","catalogueCode":"FZ-4a","nameZh":"`), GBK_NAME, Buffer.from('"}\n')]), 'application/x-ndjson; charset=utf-8'],
    ['a charset nobody knows', 'format=ndjson', `${line('FZ-4b')}\n`, 'text/plain; charset=x-klingon'],
    ['duplicated keys', 'format=ndjson', '{"kind":"NOT_COVERED","catalogueCode":"FZ-5","catalogueCode":{"a":1},"nameZh":"x"}\n'],
    ['a line nested 10,000 deep', 'format=ndjson', `${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
    ['JSON primitives', 'format=ndjson', '1\nnull\n"x"\n'],
    ['a huge line', 'format=ndjson', line('FZ-6', '药'.repeat(2_000_000))],
    ['an unbalanced CSV quote', 'format=csv', 'kind,catalogueCode,nameZh\nNOT_COVERED,"FZ-7,x\n'],
    ['zero bytes', 'format=csv', ''],
    ['a UTF-16 byte-order mark alone', 'format=csv', Buffer.from([0xff, 0xfe])],
    ['a UTF-16 file cut inside a character', 'format=csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('kind,catalogueCode,nameZh\n', 'utf16le').swap16().subarray(0, 9)])],
    ['a multipart form', 'format=csv', '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nkind,catalogueCode,nameZh\r\n--x--\r\n', 'multipart/form-data; boundary=x'],
    ['?format twice', 'format=csv&format=ndjson', `${line('FZ-8')}\n`],
    ['?insurerId twice', `format=ndjson&insurerId=${'0'.repeat(8)}&insurerId=x`, `${line('FZ-9')}\n`],
    ['?insurerId of junk', `format=ndjson&insurerId=${encodeURIComponent(Buffer.from('Insurer:junk').toString('base64'))}`, `${line('FZ-10')}\n`],
  ];
  it.each(cases)('%s', async (_name, query, body, type = 'application/octet-stream') => {
    const before = await knowledgeRows();
    const answer = await send('POST', `/knowledge/import?${query}`, auth(f.admin, type), body);
    expect(unclearRoute(answer)).toBeNull();
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(await knowledgeRows()).toBe(before);
  });

  it('reads GBK bytes as GB18030 when nothing says otherwise (they were refused as not UTF-8), and refuses a declared charset they are not in, naming the line', async () => {
    const before = await knowledgeRows();
    const gbk = Buffer.concat([Buffer.from(`${line('FZ-GBK-0')}\n{"kind":"NOT_COVERED","catalogueCode":"FZ-GBK-1","nameZh":"`), GBK_NAME, Buffer.from('"}\n')]);
    const utf8 = await send('POST', '/knowledge/import?format=ndjson', auth(f.admin, 'application/x-ndjson; charset=utf-8'), gbk);
    expect(utf8).toMatchObject({ status: 400, body: { code: 'NOT_TEXT', error: expect.stringMatching(/utf-8.*line 2/), errorZh: expect.stringMatching(/第 2 行/) } });
    expect(await knowledgeRows()).toBe(before);
    const sniffed = await send('POST', '/knowledge/import?format=ndjson', auth(f.admin, 'application/x-ndjson'), gbk);
    expect(sniffed).toMatchObject({ status: 200, body: { imported: true, created: 2 } });
    const entry = await f.hub.prisma.knowledgeEntry.findFirstOrThrow({ where: { catalogueCode: 'FZ-GBK-1' } });
    expect(entry.nameZh).toBe('医保');
  });

  it('reads a CSV batch as Chinese Excel saves it: GBK headers and names, or UTF-16 LE with its mark', async () => {
    // kind,catalogueCode,nameZh / NOT_COVERED,FZ-CSV-GBK,阿莫西林胶囊 — the name in GBK (Python's gbk codec).
    const gbk = Buffer.concat([Buffer.from('kind,catalogueCode,nameZh\r\nNOT_COVERED,FZ-CSV-GBK,'), Buffer.from('b0a2c4aacef7c1d6bdbac4d2', 'hex'), Buffer.from('\r\n')]);
    expect(await send('POST', '/knowledge/import?format=csv', auth(f.admin, 'text/csv'), gbk)).toMatchObject({ status: 200, body: { created: 1 } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('kind,catalogueCode,nameZh\r\nNOT_COVERED,FZ-CSV-U16,布洛芬缓释胶囊\r\n', 'utf16le')]);
    expect(await send('POST', '/knowledge/import?format=csv', auth(f.admin, 'text/csv'), utf16)).toMatchObject({ status: 200, body: { created: 1 } });
    const names = await f.hub.prisma.knowledgeEntry.findMany({ where: { catalogueCode: { in: ['FZ-CSV-GBK', 'FZ-CSV-U16'] } }, orderBy: { catalogueCode: 'asc' } });
    expect(names.map((e) => e.nameZh)).toEqual(['阿莫西林胶囊', '布洛芬缓释胶囊']);
  });

  it('reads a byte-order-marked file, UTF-8 with CRLF or UTF-16, as the entries it holds', async () => {
    const utf8 = await send('POST', '/knowledge/import?format=ndjson', auth(f.admin, 'application/x-ndjson'), `\ufeff${line('FZ-OK-1')}\r\n${line('FZ-OK-2')}\r\n`);
    expect(utf8).toMatchObject({ status: 200, body: { imported: true, created: 2 } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line('FZ-OK-3', '丙类药品')}\n`, 'utf16le')]);
    expect(await send('POST', '/knowledge/import?format=ndjson', auth(f.admin, 'application/octet-stream'), utf16)).toMatchObject({ status: 200, body: { created: 1 } });
    expect((await f.hub.prisma.knowledgeEntry.findFirstOrThrow({ where: { catalogueCode: 'FZ-OK-3' } })).nameZh).toBe('丙类药品');
  });

  it('names a refused line in Chinese too (the reader’s own messages were English in both fields)', async () => {
    const csv = await send('POST', '/knowledge/import?format=csv', auth(f.admin, 'text/csv'), 'kind,catalogueCode,nameZh\nNOT_COVERED,FZ-Q\n');
    expect(csv).toMatchObject({ status: 422, body: { errors: [{ line: 2, message: 'expected 3 cells, found 2', messageZh: '该行应有 3 列，实有 2 列' }] } });
    const open = await send('POST', '/knowledge/import?format=csv', auth(f.admin, 'text/csv'), 'kind,catalogueCode,nameZh\nNOT_COVERED,"FZ-Q,x\n');
    expect(open).toMatchObject({ status: 422, body: { errors: [{ line: 2, message: 'a quoted cell is not closed', messageZh: '引号内的单元格没有结束引号' }] } });
    const json = await send('POST', '/knowledge/import?format=ndjson', auth(f.admin, 'application/x-ndjson'), `${line('FZ-Q1')}\n${line('FZ-Q1')}\n{"kind":`);
    expect(json.body).toMatchObject({ errors: [{ line: 2, messageZh: '与第 1 行的条目重复' }, { line: 3, messageZh: '该行不是有效的 JSON' }] });
  });
});

describe('upload parameters spelled otherwise', () => {
  it('a knowledge batch for an insurer that does not exist is 404 NOT_FOUND in zh and en (it was a 500), nothing written', async () => {
    const before = await knowledgeRows();
    const answer = await send('POST', '/knowledge/import?format=csv&insurerId=00000000-0000-4000-8000-000000000000', auth(f.platform, 'text/csv'), 'kind,catalogueCode,nameZh\nNOT_COVERED,FZ-NONE,x\n');
    expect(answer).toMatchObject({ status: 404, body: { code: 'NOT_FOUND', errorZh: '未找到该医保经办机构，或无权查看' } });
    expect(await knowledgeRows()).toBe(before);
  });

  it('?national= is true or false in any case, anything else refused naming it (TRUE and yes were read as false: "name the insurer")', async () => {
    const yes = await send('POST', '/knowledge/import?format=csv&national=yes', auth(f.platform, 'text/csv'), 'kind,catalogueCode,nameZh\n');
    expect(yes).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'national'] }], errorZh: expect.stringMatching(/national/) } });
    // TRUE is the national library: the batch itself is read (and holds no entries).
    const upper = await send('POST', '/knowledge/import?format=csv&national=TRUE', auth(f.platform, 'text/csv'), 'kind,catalogueCode,nameZh\n');
    expect(upper).toMatchObject({ status: 422, body: { errors: [{ message: 'the batch holds no entries' }] } });
  });

  it('/claims/import takes ?format= in any case, as /knowledge/import does (TSV was 415)', async () => {
    const answer = await send('POST', '/claims/import?format=TSV', auth(f.admin), 'settlementId\tproviderCode\n');
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ format: 'csv' });
  });
});

describe('GET /audit/export and the public view with malformed parameters', () => {
  const paths = [
    '/audit/export?from=9999999999999999999',
    '/audit/export?from=1&to=9999999999999999999',
    '/audit/export?from[]=1',
    '/audit/export?to=-1',
    '/public/api/disclosures?limit=1e400',
    '/public/api/disclosures?offset=-0',
    '/public/api/disclosures?kind[]=x',
    '/public/api/disclosures/%E0%A4%A',
    '/public/api/disclosures/00000000-0000-0000-0000-000000000000',
    `/public/api/disclosures/${encodeGlobalID('PublicDisclosure', 'x')}`,
  ];
  it.each(paths)('%s', async (path) => {
    const answer = await send('GET', path, { authorization: `Bearer ${f.platform}` });
    expect(answer.status, answer.text.slice(0, 200)).toBeLessThan(500);
  });

  it('refuses a sequence number beyond PostgreSQL’s bigint as bad input (it was a 500)', async () => {
    for (const query of ['from=9999999999999999999', 'from=1&to=9223372036854775808']) {
      const answer = await send('GET', `/audit/export?${query}`, { authorization: `Bearer ${f.platform}` });
      expect(answer, query).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', errorZh: expect.stringMatching(/序号/) } });
    }
    // The twin: the largest bigint is a sequence number (an empty export from there).
    const edge = await send('GET', '/audit/export?from=9223372036854775807', { authorization: `Bearer ${f.platform}` });
    expect(edge.status).toBe(200);
  });
});

describe('the request log', () => {
  it('holds no 5xx answer for any of the requests above', () => {
    expect(serverErrorsLogged()).toEqual([]);
  });
});
