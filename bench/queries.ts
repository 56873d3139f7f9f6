/**
 * The three benchmark operations of issue 3 §7, each twice: as the GraphQL document a client
 * sends to the hub, and as the hand-written SQL that answers the same question with the same
 * JSON (PostgreSQL builds it: json_build_object / json_agg over LATERAL-limited subqueries).
 *
 * Both sides run as the same insurer-scoped API client, so the SQL applies the tenant filter
 * the hub applies (server/auth/tenant-filters.ts, scope 'insurer'):
 *   agreement: insurerId = $insurer
 *   provider:  insurerId = $insurer OR it has an agreement with $insurer
 *   penalty:   its agreement's insurerId = $insurer
 * Ordering follows the hub's defaults (schema/types/connection-helpers.ts orderOf):
 * the requested field, then id, ascending unless asked otherwise.
 */

export type QueryName = 'q1' | 'q2' | 'q3';

export const QUERY_LABELS: Record<QueryName, string> = {
  q1: 'q1 agreement by id + provider + insurer',
  q2: 'q2 50 providers × 10 agreements × 10 penalties',
  q3: 'q3 insurer penalties by status, first 20',
};

export const GRAPHQL: Record<QueryName, string> = {
  q1: /* GraphQL */ `
    query BenchAgreement($id: ID!) {
      agreement(id: $id) {
        id number kind status startsOn endsOn signedAt
        provider { id code nameZh kind regionCode }
        insurer { id code nameZh regionCode }
      }
    }`,
  q2: /* GraphQL */ `
    query BenchNested {
      providers(first: 50) {
        totalCount
        edges { node {
          id code nameZh
          agreements(first: 10) {
            totalCount
            edges { node {
              id number status
              penalties(first: 10) {
                totalCount
                edges { node { id number measure status amountFen } }
              }
            } }
          }
        } }
      }
    }`,
  q3: /* GraphQL */ `
    query BenchPenalties($status: PenaltyStatus!) {
      penalties(first: 20, filter: { status: [$status] }, orderBy: { field: PROPOSED_AT, direction: DESC }) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node {
          id number measure status amountFen proposedAt
          provider { id nameZh }
        } }
      }
    }`,
};

// ── SQL ─────────────────────────────────────────────────────────────────────────────────
// Relay global ids and Pothos cursors are base64 of `Type:uuid` and `GPC:S:uuid`; both are
// shorter than 57 bytes, so PostgreSQL's base64 never wraps them with a newline.
const gid = (type: string, column: string) => `encode(convert_to('${type}:' || ${column}::text, 'UTF8'), 'base64')`;
const cursor = (column: string) => `encode(convert_to('GPC:S:' || ${column}::text, 'UTF8'), 'base64')`;
const isoDateTime = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const isoDate = (column: string) => `to_char(${column}, 'YYYY-MM-DD')`;

const providerVisible = (p: string) =>
  `(${p}."insurerId" = $1 OR EXISTS (SELECT 1 FROM "Agreement" va WHERE va."providerId" = ${p}.id AND va."insurerId" = $1))`;

/** $1 insurer, $2 agreement uuid. */
const SQL_Q1 = `
  SELECT json_build_object('agreement', CASE WHEN a.id IS NULL THEN NULL ELSE json_build_object(
    'id', ${gid('Agreement', 'a.id')}, 'number', a.number, 'kind', a.kind, 'status', a.status,
    'startsOn', ${isoDate('a."startsOn"')}, 'endsOn', ${isoDate('a."endsOn"')}, 'signedAt', ${isoDateTime('a."signedAt"')},
    'provider', CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object(
      'id', ${gid('Provider', 'p.id')}, 'code', p.code, 'nameZh', p."nameZh", 'kind', p.kind, 'regionCode', p."regionCode") END,
    'insurer', json_build_object('id', ${gid('Insurer', 'i.id')}, 'code', i.code, 'nameZh', i."nameZh", 'regionCode', i."regionCode")
  ) END)::text AS data
  FROM (SELECT 1) one
  LEFT JOIN "Agreement" a ON a.id = $2 AND a."insurerId" = $1
  LEFT JOIN "Provider" p ON p.id = a."providerId"
  LEFT JOIN "Insurer" i ON i.id = a."insurerId"`;

/** $1 insurer. Each level is limited in a LATERAL subquery; totalCounts are correlated counts. */
const SQL_Q2 = `
  SELECT json_build_object('providers', json_build_object(
    'totalCount', (SELECT count(*) FROM "Provider" pc WHERE ${providerVisible('pc')}),
    'edges', coalesce((
      SELECT json_agg(json_build_object('node', json_build_object(
        'id', ${gid('Provider', 'p.id')}, 'code', p.code, 'nameZh', p."nameZh",
        'agreements', json_build_object(
          'totalCount', (SELECT count(*) FROM "Agreement" ac WHERE ac."providerId" = p.id AND ac."insurerId" = $1),
          'edges', coalesce((
            SELECT json_agg(json_build_object('node', json_build_object(
              'id', ${gid('Agreement', 'a.id')}, 'number', a.number, 'status', a.status,
              'penalties', json_build_object(
                'totalCount', (SELECT count(*) FROM "Penalty" xc WHERE xc."agreementId" = a.id),
                'edges', coalesce((
                  SELECT json_agg(json_build_object('node', json_build_object(
                    'id', ${gid('Penalty', 'x.id')}, 'number', x.number, 'measure', x.measure,
                    'status', x.status, 'amountFen', x."amountFen")) ORDER BY x."createdAt", x.id)
                  FROM (SELECT * FROM "Penalty" x WHERE x."agreementId" = a.id
                        ORDER BY x."createdAt", x.id LIMIT 10) x), '[]'::json))
            )) ORDER BY a."createdAt", a.id)
            FROM (SELECT * FROM "Agreement" a WHERE a."providerId" = p.id AND a."insurerId" = $1
                  ORDER BY a."createdAt", a.id LIMIT 10) a), '[]'::json))
      )) ORDER BY p."createdAt", p.id)
      FROM (SELECT * FROM "Provider" p WHERE ${providerVisible('p')}
            ORDER BY p."createdAt", p.id LIMIT 50) p), '[]'::json)
  ))::text AS data`;

/**
 * $1 insurer, $2 status. One extra row tells hasNextPage; count(*) OVER () the totalCount.
 * The plan starts from the insurer's agreements (index on Agreement.insurerId), then their
 * penalties of the status (index on Penalty.agreementId) and sorts the few hundred rows: the
 * planner's other choice walks the (status, proposedAt) index backwards through every
 * insurer's penalties of that status to keep the ~1/30 that are this insurer's.
 * `= ANY(ARRAY(subquery))` makes the agreement ids an InitPlan, so that order is fixed;
 * checkPlans() (bench/plans.ts) verifies it with EXPLAIN before the load.
 */
const SQL_Q3 = `
  WITH page AS (
    SELECT x.*, count(*) OVER () AS total
    FROM "Penalty" x
    WHERE x."agreementId" = ANY(ARRAY(SELECT a.id FROM "Agreement" a WHERE a."insurerId" = $1))
      AND x.status = $2::"PenaltyStatus"
    ORDER BY x."proposedAt" DESC, x.id DESC
    LIMIT 21
  ), shown AS (
    SELECT page.*, row_number() OVER (ORDER BY page."proposedAt" DESC, page.id DESC) AS n FROM page
  )
  SELECT json_build_object('penalties', json_build_object(
    'totalCount', coalesce((SELECT max(total) FROM page), 0),
    'pageInfo', json_build_object(
      'hasNextPage', (SELECT count(*) FROM page) > 20,
      'endCursor', (SELECT ${cursor('s.id')} FROM shown s WHERE s.n = least(20, (SELECT count(*) FROM page)))),
    'edges', coalesce((
      SELECT json_agg(json_build_object('cursor', ${cursor('s.id')}, 'node', json_build_object(
        'id', ${gid('Penalty', 's.id')}, 'number', s.number, 'measure', s.measure, 'status', s.status,
        'amountFen', s."amountFen", 'proposedAt', ${isoDateTime('s."proposedAt"')},
        'provider', json_build_object('id', ${gid('Provider', 'p.id')}, 'nameZh', p."nameZh"))) ORDER BY s.n)
      FROM shown s JOIN "Provider" p ON p.id = s."providerId" WHERE s.n <= 20), '[]'::json)
  ))::text AS data`;

export const SQL: Record<QueryName, string> = { q1: SQL_Q1, q2: SQL_Q2, q3: SQL_Q3 };

/** The SQL parameters after $1 (the insurer) for a request's GraphQL variables. */
export function sqlParams(query: QueryName, variables: Record<string, unknown>): unknown[] {
  switch (query) {
    case 'q1':
      return [decodeGlobalId(String(variables.id))];
    case 'q2':
      return [];
    case 'q3':
      return [String(variables.status)];
  }
}

export function encodeGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
}

function decodeGlobalId(globalId: string): string {
  const decoded = Buffer.from(globalId, 'base64').toString('utf8');
  return decoded.slice(decoded.indexOf(':') + 1);
}
