/**
 * The three benchmark questions as PostGraphile 5 (amber preset) asks them, and the
 * normalisation that lets the three servers' answers be compared field by field.
 *
 * Aliases give PostGraphile's answers the hub's field names (`agreement: agreementByRowId`,
 * `provider: providerByProviderId`, …). What still differs, and is normalised away:
 * - ids: the hub's Relay global ids (base64 of `Type:uuid`) and PostGraphile's `rowId` (the
 *   uuid) both become the uuid;
 * - cursors: each server's own opaque encoding, compared only for presence;
 * - timestamps: the hub writes `…T…Z` (ms), PostGraphile `…T…+00:00`; both become ISO UTC;
 * - money (`…Fen`, bigint): the hub writes a JSON number, PostGraphile's BigInt a string.
 * Ordering is the hub's (createdAt, then id; PROPOSED_AT DESC, then id DESC): PostGraphile
 * may only order by indexed columns by default, so the launcher lifts that rule
 * (PgIndexBehaviorsPlugin disabled) — the hub sorts by the same unindexed createdAt.
 */
import type { QueryName } from './queries.js';

export const PEER_GRAPHQL: Record<QueryName, string> = {
  q1: /* GraphQL */ `
    query PeerAgreement($id: UUID!) {
      agreement: agreementByRowId(rowId: $id) {
        id: rowId number kind status startsOn endsOn signedAt
        provider: providerByProviderId { id: rowId code nameZh kind regionCode }
        insurer: insurerByInsurerId { id: rowId code nameZh regionCode }
      }
    }`,
  q2: /* GraphQL */ `
    query PeerNested {
      providers: allProviders(first: 50, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
        totalCount
        edges { node {
          id: rowId code nameZh
          agreements: agreementsByProviderId(first: 10, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
            totalCount
            edges { node {
              id: rowId number status
              penalties: penaltiesByAgreementId(first: 10, orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
                totalCount
                edges { node { id: rowId number measure status amountFen } }
              }
            } }
          }
        } }
      }
    }`,
  q3: /* GraphQL */ `
    query PeerPenalties($status: PenaltyStatus!) {
      penalties: allPenalties(first: 20, condition: { status: $status }, orderBy: [PROPOSED_AT_DESC, ROW_ID_DESC]) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node {
          id: rowId number measure status amountFen proposedAt
          provider: providerByProviderId { id: rowId nameZh }
        } }
      }
    }`,
};

/** PostGraphile's variables for a request the hub gets with `variables` (global id → uuid). */
export function peerVariables(query: QueryName, variables: Record<string, unknown>): Record<string, unknown> {
  if (query !== 'q1') return variables;
  const decoded = Buffer.from(String(variables.id), 'base64').toString('utf8');
  return { id: decoded.slice(decoded.indexOf(':') + 1) };
}

const GLOBAL_ID = /^[A-Za-z]+:[0-9a-f-]{36}$/;
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

/** A copy of an answer's `data` in a form all three servers agree on when they agree. */
export function normalise(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => normalise(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v, k)]));
  }
  if (key.endsWith('Fen') && (typeof value === 'number' || typeof value === 'string')) return String(value);
  if (typeof value !== 'string') return value;
  if (key === 'cursor' || key === 'endCursor') return 'cursor';
  if (key === 'id') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    return GLOBAL_ID.test(decoded) ? decoded.slice(decoded.indexOf(':') + 1) : value;
  }
  if (TIMESTAMP.test(value)) return new Date(value).toISOString();
  return value;
}
