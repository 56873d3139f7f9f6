import { mkdtemp, mkdir, rm, writeFile, utimes } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { adminStatic } from './admin-static.js';

/** The console's files served from a build folder that is rebuilt while the hub runs. */
describe('admin static files', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  async function serve() {
    const dist = await mkdtemp(path.join(tmpdir(), 'admin-dist-'));
    const app = express();
    app.use('/admin', adminStatic({ timeZone: 'Asia/Shanghai', dist }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/admin`;
    cleanups.push(async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(dist, { recursive: true, force: true });
    });
    return { dist, base };
  }

  async function build(dist: string, chunk: string, when: Date) {
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'assets', chunk), `console.log(${JSON.stringify(chunk)})`);
    const index = path.join(dist, 'index.html');
    await writeFile(
      index,
      `<html><head></head><body><script src="./assets/${chunk}"></script></body></html>`,
    );
    await utimes(index, when, when);
  }

  it('serves a rebuilt index.html without a restart, never cached; hashed files cached for a year', async () => {
    const { dist, base } = await serve();
    await build(dist, 'index-AAAA.js', new Date('2026-12-01T00:00:00Z'));
    const first = await fetch(`${base}/`);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const firstHtml = await first.text();
    expect(firstHtml).toContain('index-AAAA.js');
    expect(firstHtml).toContain('<meta name="hub-time-zone" content="Asia/Shanghai" />');

    await build(dist, 'index-BBBB.js', new Date('2026-12-02T00:00:00Z'));
    const rebuilt = await (await fetch(`${base}/agreements`)).text();
    expect(rebuilt).toContain('index-BBBB.js');
    expect(rebuilt).not.toContain('index-AAAA.js');

    const asset = await fetch(`${base}/assets/index-BBBB.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('answers 503 until the console is built, then serves it', async () => {
    const { dist, base } = await serve();
    const before = await fetch(`${base}/`);
    expect(before.status).toBe(503);
    expect(await before.text()).toContain('npm run admin:build');
    await build(dist, 'index-CCCC.js', new Date('2026-12-03T00:00:00Z'));
    const after = await fetch(`${base}/`);
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('index-CCCC.js');
  });
});
