import { describe, expect, it } from 'vitest';
import { describeConnectionError, describeFailure } from './startup-error.js';

/** The shape Prisma's WebAssembly schema engine throws when a migration's statement fails (seen on a full disk). */
const failedMigration = new Error(
  [
    'external connector error',
    'Error querying the database: ERROR: could not extend file "base/5/2701": No space left on device',
    'HINT: Check free disk space.',
    '   0: sql_schema_connector::apply_migration::apply_script',
    '           with migration_name="20261122182557_init"',
    '             at schema-engine/connectors/sql-schema-connector/src/apply_migration.rs:113',
    '   1: schema_commands::commands::apply_migrations::Applying migration',
  ].join('\n'),
);

describe('start failures as one line', () => {
  it('names the migration, what the database said and its hint, without the engine trace', () => {
    const line = describeFailure(failedMigration);
    expect(line).toBe(
      'migration 20261122182557_init failed: could not extend file "base/5/2701": No space left on device (Check free disk space)',
    );
    expect(describeConnectionError(failedMigration)).toEqual({ en: line, zh: '数据库迁移失败（原因见前面的英文）' });
  });

  it.each([
    // What the schema engine throws at a start on PostgreSQL: Prisma's sentences, no code.
    ['Authentication failed against database server, the provided database credentials for `hub` are not valid.\n\nPlease make sure…', '认证失败：用户名或密码错误'],
    ["Can't reach database server at `db.intranet:5432`\n\nPlease make sure your database server is running at `db.intranet:5432`.", '无法连接到数据库服务器（PostgreSQL 是否在运行？主机和端口是否正确？）'],
    ['Database `hub` does not exist', '数据库不存在'],
    ['Error opening a TLS connection: The server does not support SSL connections', 'TLS 连接失败'],
  ])('says why the database refused, in English and Chinese: %s', (message, zh) => {
    expect(describeConnectionError(new Error(message))).toEqual({ en: message.split('\n')[0], zh });
  });

  it('names socket errors by their code, in both languages', () => {
    const unreachable = Object.assign(new Error('connect EHOSTUNREACH 10.0.0.9:5432'), { code: 'EHOSTUNREACH' });
    expect(describeConnectionError(unreachable)).toEqual({ en: 'host unreachable', zh: '数据库主机不可达' });
  });

  it("says something for PGlite's message-less ErrnoError instead of [object Object]", () => {
    expect(describeFailure({ name: 'ErrnoError', errno: 51 })).toBe('ErrnoError (errno 51)');
    expect(describeFailure({})).toBe('unknown error');
  });

  it('keeps the first line of other errors and masks connection strings', () => {
    expect(describeFailure(new Error('cannot reach postgresql://hub:s3cret@db:5432/hub\n    at x.ts:1'))).toBe(
      'cannot reach [database url]',
    );
  });

  it('turns a migration left failed by an earlier start into the statement that lets it run again', () => {
    const p3009 = new Error(
      'migrate found failed migrations in the target database, new migrations will not be applied. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\nThe `20261207064229_penalty_refund` migration started at 2026-12-07 09:48:31.243080 UTC failed\n',
    );
    expect(describeFailure(p3009)).toBe(
      "migration 20261207064229_penalty_refund failed on an earlier start (_prisma_migrations, its logs column says why): repair the database, then run UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '20261207064229_penalty_refund' AND finished_at IS NULL; and start again to apply it anew",
    );
  });
});
