import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startTestPostgres } from './postgres.js';
import { applyMigrations } from '../../server/db/migration-engine.js';

const TEMPLATE_DB = 'hub_template';

/**
 * Starts one throwaway PostgreSQL (Debian's package, installed when missing) for the run and
 * migrates a template database; each test file gets its own database copied from it.
 */
export default async function setup(project: TestProject) {
  const server = await startTestPostgres();
  const admin = new pg.Client({ connectionString: server.superuserUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DB} OWNER agreement_hub`);
  await admin.end();
  await applyMigrations({ target: { url: withDatabase(server.url, TEMPLATE_DB) } });
  project.provide('postgres', { url: server.url, superuserUrl: server.superuserUrl, templateDb: TEMPLATE_DB });
  return () => server.stop();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
