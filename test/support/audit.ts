import pg from 'pg';
import { appendAuditEvent, type NewAuditEvent } from '../../server/audit/append-event.js';
import { systemViewer } from '../../server/auth/viewer.js';
import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import type { TestDatabase } from './test-database.js';

/** Appends one event in its own transaction, as a domain command would. */
export function appendOne(prisma: PrismaClient, overrides: Partial<NewAuditEvent> = {}): Promise<{ seq: bigint; id: string; hash: string }> {
  return prisma.$transaction((tx) =>
    appendAuditEvent(tx, {
      type: 'test.appended',
      entityType: 'Agreement',
      entityId: '00000000-0000-4000-8000-000000000000',
      data: { n: 1 },
      actor: systemViewer,
      ...overrides,
    }),
  );
}

/**
 * Runs SQL as a database superuser with triggers off (`session_replication_role = replica`),
 * which is how someone with full access to the server could rewrite history. PostgreSQL: the
 * per-file database's superuser URL; embedded PGlite: its only role is a superuser.
 */
export async function asSuperuser(db: TestDatabase, sql: string): Promise<void> {
  if (db.superuserUrl) {
    const client = new pg.Client({ connectionString: db.superuserUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(sql);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    return;
  }
  await db.prisma.$transaction([
    db.prisma.$executeRawUnsafe('SET LOCAL session_replication_role = replica'),
    db.prisma.$executeRawUnsafe(sql),
  ]);
}
