import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../server/app.js';
import { createLogger } from '../../server/logger.js';
import { publishCheckpoint } from '../../server/audit/proof.js';
import { appendOne } from '../support/audit.js';
import { createFileDatabase, createTwoTenants, testConfig, type FileDatabase } from './support.js';

/**
 * GET /audit/export over real HTTP, and the chain verified from the file alone by the offline
 * script: whole events for what the caller may see, bare links for the rest; any edit to the
 * file is named by seq.
 */
let db: FileDatabase;
let app: App;
let dir: string;
let insurerA: string;
let insurerB: string;
let adminKey: string;
let integratorKey: string;

beforeAll(async () => {
  db = await createFileDatabase();
  ({ insurerA, insurerB, adminKey, integratorKey } = await createTwoTenants(db.prisma));
  for (let i = 0; i < 30; i += 1) await appendOne(db.prisma, { insurerId: i % 2 ? insurerA : insurerB, data: { i, text: '医保 "quoted"\n' } });
  app = await startApp(testConfig(db.url), createLogger('silent'));
  dir = await mkdtemp(path.join(tmpdir(), 'audit-export-'));
});
afterAll(async () => {
  await app?.stop();
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function download(key: string | null, query = ''): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${app.port}/audit/export${query}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  return { status: response.status, text: await response.text() };
}

function verify(file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/verify-audit-export.ts', file, ...args], { encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('audit export', () => {
  it('exports NDJSON whose chain verifies offline, with other tenants’ events as bare links', async () => {
    const admin = await download(adminKey);
    expect(admin.status).toBe(200);
    const lines = admin.text.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; seq?: string });
    expect(lines[0]).toMatchObject({ kind: 'header', from: '1', to: '30' });
    expect(lines.slice(1).map((l) => l.kind)).toEqual(Array(30).fill('event'));
    const adminFile = path.join(dir, 'admin.ndjson');
    await writeFile(adminFile, admin.text);
    const checked = verify(adminFile);
    expect(checked.out).toMatch(/^OK: chain holds for seq 1\.\.30 \(30 events, 0 redacted links\)/);
    expect(checked.code).toBe(0);

    const tenant = await download(integratorKey, '?from=5&to=20');
    const tenantLines = tenant.text.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; seq?: string; data?: unknown });
    expect(tenantLines.slice(1).map((l) => l.seq)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 5)));
    expect(tenantLines.slice(1).map((l) => l.kind)).toEqual(Array.from({ length: 16 }, (_, i) => ((i + 5 - 1) % 2 ? 'event' : 'link')));
    expect(tenantLines.filter((l) => l.kind === 'link').every((l) => l.data === undefined)).toBe(true);
    const tenantFile = path.join(dir, 'tenant.ndjson');
    await writeFile(tenantFile, tenant.text);
    expect(verify(tenantFile)).toMatchObject({ code: 0 });
  });

  it('names the first broken seq when the file was edited, and checks trusted checkpoints', async () => {
    const published = (await publishCheckpoint(db.prisma))!;
    const { text } = await download(adminKey);
    const file = path.join(dir, 'edited.ndjson');
    await writeFile(file, text.replace('"i":11,', '"i":12,'));
    const edited = verify(file);
    expect(edited.code).toBe(1);
    expect(edited.out).toContain('BROKEN at seq 12: HASH_MISMATCH');

    const lines = text.trim().split('\n');
    await writeFile(file, [...lines.slice(0, 8), ...lines.slice(9)].join('\n'));
    expect(verify(file).out).toContain('BROKEN at seq 8: MISSING_EVENT');

    await writeFile(file, text);
    expect(verify(file, '--checkpoint', `${published.seq}:${published.hash}`).code).toBe(0);
    const wrong = verify(file, '--checkpoint', `${published.seq}:${'a'.repeat(64)}`);
    expect(wrong.out).toContain(`BROKEN at seq ${published.seq}: CHECKPOINT_MISMATCH`);
    expect((await readFile(file, 'utf8')).length).toBeGreaterThan(0);
  });

  it('refuses callers without a credential, and malformed ranges', async () => {
    expect((await download(null)).status).toBe(401);
    expect((await download('ahk_aaaaaaaa_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB')).status).toBe(401);
    expect((await download(adminKey, '?from=abc')).status).toBe(400);
    const inverted = await download(adminKey, '?from=5&to=1');
    expect(inverted.status).toBe(400);
    expect(inverted.text).toContain('to must not be before from');
  });
});
