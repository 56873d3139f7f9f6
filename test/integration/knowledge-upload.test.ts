import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, post, type TestApp } from '../support/access-app.js';
import { createClientWithKey } from '../support/access-world.js';
import { createInsurer } from '../factories/records.js';

let hub: TestApp;
let platformKey: string;
let insurerKey: string;
let insurerId: string;
beforeAll(async () => {
  hub = await startTestApp();
  insurerId = (await createInsurer(hub.prisma)).id;
  platformKey = (await createClientWithKey(hub.prisma, { role: 'PLATFORM_ADMIN' })).secret;
  insurerKey = (await createClientWithKey(hub.prisma, { role: 'INSURER_ADMIN', insurerId })).secret;
}, 120_000);
afterAll(() => hub.close());

/** A national batch the size of the first published one: 11,290 sex- and child-restricted codes. */
function nationalBatch(): string {
  const rows: string[] = [];
  for (let i = 0; i < 11_290; i += 1) {
    const code = `XN01${String(i).padStart(6, '0')}E001010101`;
    rows.push(
      JSON.stringify(
        i % 3 === 0
          ? { kind: 'CHILD_ONLY', catalogueCode: code, nameZh: '小儿氨酚黄那敏颗粒', maxAgeYears: 14, batch: '国家第一批' }
          : { kind: 'SEX_RESTRICTION', catalogueCode: code, nameZh: '己烯雌酚片', sex: 'FEMALE', batch: '国家第一批' },
      ),
    );
  }
  return `${rows.join('\n')}\n`;
}

const upload = async (query: string, body: string | Uint8Array<ArrayBuffer>, key?: string) => {
  const res = await fetch(`${hub.url}/knowledge/import?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('POST /knowledge/import (batch files beyond the GraphQL body limit)', () => {
  it('imports a national batch of 11,290 entries whole, once; the same file again changes nothing', async () => {
    const file = nationalBatch();
    expect(Buffer.byteLength(file)).toBeGreaterThan(1_000_000);
    // The same file does not fit a GraphQL request under the default body limit.
    const gql = await post(hub, 'mutation ($input: ImportKnowledgeEntriesInput!) { importKnowledgeEntries(input: $input) { imported } }', { input: { national: true, format: 'NDJSON', content: file } }, { authorization: `Bearer ${platformKey}` });
    expect(gql.status).toBe(413);

    const events = await hub.prisma.auditEvent.count({ where: { type: 'knowledge.imported' } });
    const first = await upload('format=ndjson&national=true', file, platformKey);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ imported: true, read: 11_290, created: 11_290, updated: 0, unchanged: 0, errors: [] });
    expect(await hub.prisma.knowledgeEntry.count({ where: { insurerId: null, batch: '国家第一批' } })).toBe(11_290);
    expect(await hub.prisma.knowledgeEntryVersion.count({ where: { importId: first.body.importId as string } })).toBe(11_290);
    expect(await hub.prisma.auditEvent.count({ where: { type: 'knowledge.imported' } })).toBe(events + 1);

    const again = await upload('format=ndjson&national=true', file, platformKey);
    expect(again.body).toMatchObject({ imported: true, importId: null, created: 0, updated: 0, unchanged: 11_290 });
    expect(await hub.prisma.auditEvent.count({ where: { type: 'knowledge.imported' } })).toBe(events + 1);
  }, 240_000);

  it('answers refusals with their status, in zh and en, and writes nothing', async () => {
    const line = JSON.stringify({ kind: 'NOT_COVERED', catalogueCode: 'UPL-NC-1', nameZh: '自费' });
    const before = await hub.prisma.knowledgeEntry.count();
    expect((await upload('format=ndjson', line)).status).toBe(401);
    const national = await upload('format=ndjson&national=true', line, insurerKey);
    expect(national).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(national.body.errorZh).toMatch(/[\u4e00-\u9fff]/);
    const other = await createInsurer(hub.prisma);
    expect((await upload(`format=ndjson&insurerId=${other.id}`, line, insurerKey)).status).toBe(404);
    const format = await upload('format=xml', line, insurerKey);
    expect(format).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect((format.body.fields as { path: string[] }[]).map((f) => f.path.join('.'))).toEqual(['input.format']);
    const badId = await upload('format=ndjson&insurerId=%00x', line, insurerKey);
    expect(badId.status).toBe(400);
    const lines = await upload('format=ndjson', `${line}\n{"kind":"NOT_COVERED","catalogueCode":"UPL-NC-2","nameZh":7}\n`, insurerKey);
    expect(lines).toMatchObject({ status: 422, body: { imported: false, errors: [{ line: 2, field: 'nameZh' }] } });
    expect(await hub.prisma.knowledgeEntry.count()).toBe(before);
    const own = await upload('format=ndjson', line, insurerKey);
    expect(own).toMatchObject({ status: 200, body: { imported: true, created: 1 } });
  });

  it('reads a batch saved from Excel as “Unicode text” (UTF-16, tab-separated) by ?format=tsv or csv; a control character in a name is refused by line', async () => {
    const unicodeText = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const tsv = unicodeText('kind\tcatalogueCode\tnameZh\r\nNOT_COVERED\tUPL-TSV-1\t美容项目，含“祛斑”\r\nNOT_COVERED\tUPL-TSV-2\t"自费, 乙"\r\n');
    expect(await upload('format=tsv', tsv, insurerKey)).toMatchObject({ status: 200, body: { imported: true, created: 2, errors: [] } });
    expect(await upload('format=csv', tsv, insurerKey)).toMatchObject({ status: 200, body: { imported: true, unchanged: 2 } });
    const stored = await hub.prisma.knowledgeEntry.findMany({ where: { catalogueCode: { in: ['UPL-TSV-1', 'UPL-TSV-2'] } }, orderBy: { catalogueCode: 'asc' } });
    expect(stored.map((e) => e.nameZh)).toEqual(['美容项目，含“祛斑”', '自费, 乙']);

    const events = await hub.prisma.auditEvent.count({ where: { type: 'knowledge.imported' } });
    const bidi = await upload('format=tsv', unicodeText('kind\tcatalogueCode\tnameZh\r\nNOT_COVERED\tUPL-TSV-3\t自费\u202E乙\r\n'), insurerKey);
    expect(bidi).toMatchObject({ status: 422, body: { imported: false, errors: [{ line: 2, field: 'nameZh', messageZh: '不能包含控制字符或不可见的格式字符（第 3 个字符为 U+202E）' }] } });
    expect(await hub.prisma.knowledgeEntry.count({ where: { catalogueCode: 'UPL-TSV-3' } })).toBe(0);
    expect(await hub.prisma.auditEvent.count({ where: { type: 'knowledge.imported' } })).toBe(events);
  });
});
