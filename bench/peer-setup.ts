/**
 * What PostGraphile needs to apply the hub's tenant filter (server/auth/tenant-filters.ts,
 * scope 'insurer') by itself: a role that may only read the four tables the benchmark queries
 * touch, and row-level-security policies FOR THAT ROLE ONLY, so the hub and the SQL limit
 * (which connect as the tables' owner, and are not subject to RLS) are not affected:
 *   Agreement: insurerId = the caller's insurer
 *   Provider:  insurerId = the caller's insurer OR it has an agreement with that insurer
 *   Penalty:   its agreement is the caller's insurer's
 *   Insurer:   every insurer (the hub shows an agreement's insurer; q1 reads only that one)
 * Idempotent (a reused benchmark database runs it again). Needs a superuser connection.
 */
import pg from 'pg';

export const PEER_ROLE = 'bench_postgraphile';
export const PEER_SETTING = 'bench.insurer_id';

const insurer = `current_setting('${PEER_SETTING}')::uuid`;
const POLICIES: Record<string, string> = {
  Agreement: `"insurerId" = ${insurer}`,
  Provider: `"insurerId" = ${insurer} OR EXISTS (SELECT 1 FROM "Agreement" va WHERE va."providerId" = "Provider".id AND va."insurerId" = ${insurer})`,
  Penalty: `EXISTS (SELECT 1 FROM "Agreement" pa WHERE pa.id = "Penalty"."agreementId" AND pa."insurerId" = ${insurer})`,
  Insurer: 'true',
};

export async function preparePeer(superuserUrl: string, appUser: string): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${PEER_ROLE}') THEN CREATE ROLE ${PEER_ROLE} NOLOGIN; END IF;
    END $$`);
    // PostGraphile connects as the app user and switches role per transaction (SET LOCAL role).
    await client.query(`GRANT ${PEER_ROLE} TO "${appUser}"`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${PEER_ROLE}`);
    for (const [table, using] of Object.entries(POLICIES)) {
      await client.query(`GRANT SELECT ON "${table}" TO ${PEER_ROLE}`);
      await client.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await client.query(`DROP POLICY IF EXISTS bench_tenant ON "${table}"`);
      await client.query(`CREATE POLICY bench_tenant ON "${table}" FOR SELECT TO ${PEER_ROLE} USING (${using})`);
    }
  } finally {
    await client.end();
  }
}
