import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestHub } from '../support/hub.js';
import { createMonitoringHub } from '../support/monitoring-hub.js';
import { insurerAdmin, insurerViewer } from '../factories/viewers.js';
import { createInsurer } from '../factories/records.js';
import { importClaims } from '../../server/domain/monitoring/import-claims.js';
import { readClaimFile } from '../../server/domain/monitoring/claim-file.js';
import { DomainError } from '../../server/domain/errors.js';
import type { ClaimIn, MonitoringWorld } from './rules/world.js';

let hub: TestHub;
let w: MonitoringWorld;
beforeAll(async () => {
  ({ hub, world: w } = await createMonitoringHub());
});
afterAll(() => hub.close());

const ctx = () => ({ actor: insurerAdmin(w.insurer.id), requestId: null });
const ndjson = (lines: string[]) => readClaimFile(Readable.from([lines.join('\n')]), 'ndjson');

describe('claims import', () => {
  it('reports each invalid claim by line and field, writes nothing of its batch, commits the other batches with their events', async () => {
    const p = await w.person();
    const good = (n: number) => JSON.stringify(w.claim({ insuredIdNumber: p.idNumber, settledAt: `2026-03-${String(n).padStart(2, '0')}T02:00:00Z` }));
    const broken = { ...w.claim({ insuredIdNumber: p.idNumber }), settledAt: '2026-02-30T00:00:00Z' } as ClaimIn;
    broken.lines[0]!.category = 'GOLD';
    const unknownPerson = JSON.stringify(w.claim({ insuredIdNumber: 'NOBODY' }));
    const file = [good(1), good(2), '{"settlementId": ', JSON.stringify(broken), good(3), good(4), unknownPerson, good(5)];
    const events = () => hub.prisma.auditEvent.count({ where: { type: 'claims.imported' } });
    const before = await events();
    const report = await importClaims(ctx(), w.insurer.id, ndjson(file), { batchSize: 2 });
    const named = [...new Set(report.errors.map((e) => `${e.line}:${e.field ?? ''}`))].sort();
    expect(named).toEqual(['3:', '4:lines.0.category', '4:settledAt', '7:insuredIdNumber']);
    expect(report.errors.find((e) => e.line === 3)!.message).toContain('not JSON');
    // Batches: [1,2] committed, [3,4] refused, [5,6] committed, [7,8] refused.
    expect(report).toMatchObject({ claimsRead: 8, inserted: 4, refused: 4, batchesCommitted: 2, batchesRefused: 2 });
    const stored = await hub.prisma.claim.findMany({ where: { insuredPersonId: (await hub.prisma.insuredPerson.findFirstOrThrow({ where: { idNumber: p.idNumber } })).id } });
    expect(stored.map((c) => c.settledAt.toISOString().slice(8, 10)).sort()).toEqual(['01', '02', '03', '04']);
    expect((await events()) - before).toBe(2);
    const last = await hub.prisma.auditEvent.findFirstOrThrow({ where: { type: 'claims.imported' }, orderBy: { seq: 'desc' } });
    expect(last).toMatchObject({ insurerId: w.insurer.id, data: expect.objectContaining({ inserted: 2, duplicates: 0, firstLine: 5, lastLine: 6 }) });

    // The same file again: nothing new (settlement ids are known), the same errors.
    const again = await importClaims(ctx(), w.insurer.id, ndjson(file), { batchSize: 2 });
    expect(again).toMatchObject({ inserted: 0, duplicates: 4, refused: 4 });
    expect(await hub.prisma.claimLine.count({ where: { settlementId: { in: stored.map((c) => c.settlementId) } } })).toBe(4);
  });

  it('keeps the first of a settlement id repeated inside one batch, counts the repeat as a duplicate', async () => {
    const p = await w.person();
    const first = w.claim({ insuredIdNumber: p.idNumber, lines: [w.line(), w.line({ catalogueCode: 'X-2' })] });
    const repeat = { ...w.claim({ insuredIdNumber: p.idNumber, lines: [w.line({ catalogueCode: 'X-3' })] }), settlementId: first.settlementId };
    const report = await importClaims(ctx(), w.insurer.id, ndjson([JSON.stringify(first), JSON.stringify(repeat)]));
    expect(report).toMatchObject({ claimsRead: 2, inserted: 1, duplicates: 1, refused: 0, batchesCommitted: 1, errors: [] });
    const stored = await hub.prisma.claim.findMany({ where: { settlementId: first.settlementId } });
    expect(stored).toHaveLength(1);
    const key = await hub.prisma.claimKey.findFirstOrThrow({ where: { insurerId: w.insurer.id, settlementId: first.settlementId } });
    expect(key.claimId).toBe(stored[0]!.id);
    const lines = await hub.prisma.claimLine.findMany({ where: { claimId: stored[0]!.id }, orderBy: { lineNo: 'asc' } });
    expect(lines.map((l) => l.catalogueCode)).toEqual(first.lines.map((l) => l.catalogueCode));
    const event = await hub.prisma.auditEvent.findFirstOrThrow({ where: { type: 'claims.imported', insurerId: w.insurer.id }, orderBy: { seq: 'desc' } });
    expect(event.data).toMatchObject({ claims: 2, inserted: 1, duplicates: 1 });
  });

  it('reads CSV (one row per line) and names the row of a bad line', async () => {
    const p = await w.person();
    const c = w.claim({ insuredIdNumber: p.idNumber, lines: [w.line(), w.line({ catalogueCode: 'X-2' })] });
    const header = 'settlementId,providerCode,agreementNumber,physicianCode,insuredIdNumber,insuranceType,visitType,settlementCategory,admittedOn,dischargedOn,settledAt,diagnoses,totalFen,fundFen,accountFen,selfFen,catalogueCode,name,category,quantity,unitPriceFen,amountFen,daysSupply,prescriptionNo,prescribedOn,servedOn';
    const row = (l: ClaimIn['lines'][number], quantity = l.quantity) =>
      [c.settlementId, c.providerCode, '', '', c.insuredIdNumber, c.insuranceType, c.visitType, c.settlementCategory, '', '', c.settledAt, c.diagnoses.join(';'), c.totalFen, c.fundFen, c.accountFen, c.selfFen, l.catalogueCode, `"${l.name}, 片"`, l.category, quantity, l.unitPriceFen, l.amountFen, '', '', '', l.servedOn].join(',');
    const bad = await importClaims(ctx(), w.insurer.id, readClaimFile(Readable.from([[header, row(c.lines[0]!), row(c.lines[1]!, '-1')].join('\n')]), 'csv'));
    expect(bad.errors).toEqual([
      { line: 3, field: 'lines.1.quantity', code: 'INVALID_VALUE', message: 'must be a positive quantity with at most 3 decimals', messageZh: '数量须为正数，最多 3 位小数' },
    ]);
    const okReport = await importClaims(ctx(), w.insurer.id, readClaimFile(Readable.from([[header, row(c.lines[0]!), row(c.lines[1]!)].join('\n')]), 'csv'));
    expect(okReport).toMatchObject({ inserted: 1, errors: [] });
    expect(await hub.prisma.claimLine.count({ where: { settlementId: c.settlementId } })).toBe(2);
  });

  it('is for the insurer’s clerks and auditors only, on their own insurer', async () => {
    const other = await createInsurer(hub.prisma);
    await expect(importClaims(ctx(), other.id, ndjson([]))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(importClaims({ actor: insurerViewer(w.insurer.id), requestId: null }, w.insurer.id, ndjson([]))).rejects.toBeInstanceOf(DomainError);
  });
});
