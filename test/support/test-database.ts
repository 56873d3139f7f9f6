import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { cloneEmbedded } from '../../server/db/embedded.js';
import { connectListener, createPostgresAdapterFactory } from '../../server/db/postgres.js';
import { createPrismaClient, type PrismaClientOptions } from '../../server/db/prisma-client.js';
import type { Database } from '../../server/db/open-database.js';
import { withDatabase } from './global-postgres.js';

export interface TestDatabase extends Database {
  /** For PostgreSQL: the app role's URL and a superuser URL of this file's own database. */
  url?: string;
  superuserUrl?: string;
}

/**
 * A fresh, migrated, empty database for one test file: a clone of the embedded template, or a
 * PostgreSQL database copied from the migrated template (TEST_DB decides; default embedded).
 */
export async function openTestDatabase(options: PrismaClientOptions = {}): Promise<TestDatabase> {
  return process.env.TEST_DB === 'postgres' ? openPostgresTestDatabase(options) : openEmbeddedTestDatabase(options);
}

async function openEmbeddedTestDatabase(options: PrismaClientOptions): Promise<TestDatabase> {
  const dump = new Blob([await readFile(inject('embeddedTemplate'))]);
  const embedded = await cloneEmbedded(dump);
  const prisma = createPrismaClient(embedded.adapterFactory, options);
  return {
    kind: 'embedded',
    prisma,
    auditReader: prisma,
    jobTarget: { kind: 'embedded', pglite: embedded.pglite },
    async listen(channel, onPayload) {
      const unlisten = await embedded.pglite.listen(channel, onPayload);
      return async () => unlisten();
    },
    ping: async () => true,
    async close() {
      await prisma.$disconnect();
      await embedded.close();
    },
  };
}

async function openPostgresTestDatabase(options: PrismaClientOptions): Promise<TestDatabase> {
  const { url, superuserUrl, templateDb } = inject('postgres');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${templateDb} OWNER agreement_hub`);
  await admin.end();
  const dbUrl = withDatabase(url, name);
  const prisma = createPrismaClient(createPostgresAdapterFactory(dbUrl, { poolSize: 10 }), options);
  const listeners: pg.Client[] = [];
  return {
    kind: 'postgres',
    prisma,
    auditReader: prisma,
    jobTarget: { kind: 'postgres', url: dbUrl },
    url: dbUrl,
    superuserUrl: withDatabase(superuserUrl, name),
    async listen(channel, onPayload) {
      const client = await connectListener(dbUrl);
      listeners.push(client);
      client.on('notification', (m) => m.channel === channel && onPayload(m.payload ?? ''));
      await client.query(`LISTEN ${channel}`);
      return async () => {
        await client.end();
      };
    },
    ping: async () => true,
    async close() {
      await Promise.allSettled(listeners.map((c) => c.end()));
      await prisma.$disconnect();
    },
  };
}
