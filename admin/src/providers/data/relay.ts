/**
 * Pure mapping between react-admin's data-provider parameters and our Relay connections
 * (schema/README.md): page/perPage become `first`/`after`, sort becomes `{ field, direction }`
 * with the API's SCREAMING_SNAKE order field, filters are cleaned of empty values.
 */

export const MAX_PAGE_SIZE = 100;

export interface RaSort {
  field: string;
  order: 'ASC' | 'DESC' | string;
}

export interface GqlOrder {
  field: string;
  direction: 'ASC' | 'DESC';
}

/** react-admin sorts by a record field (`endsOn`); the API orders by an enum (`ENDS_ON`). */
export function toOrder(sort: RaSort | undefined, orderFields: Record<string, string>): GqlOrder | undefined {
  if (!sort?.field) return undefined;
  const field = orderFields[sort.field];
  if (!field) return undefined;
  return { field, direction: sort.order === 'DESC' ? 'DESC' : 'ASC' };
}

/** `endsOn` → `ENDS_ON`: the default naming of order fields. */
export function screamingSnake(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/**
 * Drops what the API would read as a constraint but the user did not set: empty strings,
 * null/undefined, empty arrays. `q` (react-admin's full-text convention) becomes `search`.
 */
export function cleanFilter(filter: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    out[key === 'q' ? 'search' : key] = value;
  }
  return out;
}

/** Filter keys that take a list in the API but that a select input gives as one value. */
export function listify(
  filter: Record<string, unknown>,
  listKeys: readonly string[],
): Record<string, unknown> {
  const out = { ...filter };
  for (const key of listKeys) {
    const value = out[key];
    if (value !== undefined && !Array.isArray(value)) out[key] = [value];
  }
  return out;
}

export interface Connection<N> {
  totalCount: number;
  pageInfo?: { endCursor?: string | null; hasNextPage?: boolean } | null;
  edges?: ({ node: N | null } | null)[] | null;
  nodes?: (N | null)[] | null;
}

export interface ListResult<N> {
  data: N[];
  total: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export function parseConnection<N>(connection: Connection<N> | null | undefined): ListResult<N> {
  if (!connection) return { data: [], total: 0, endCursor: null, hasNextPage: false };
  const nodes = connection.edges ? connection.edges.map((e) => e?.node) : (connection.nodes ?? []);
  return {
    data: nodes.filter((n): n is N => n != null),
    total: connection.totalCount,
    endCursor: connection.pageInfo?.endCursor ?? null,
    hasNextPage: connection.pageInfo?.hasNextPage ?? false,
  };
}

/** react-admin pages are 1-based; the API refuses a page larger than MAX_PAGE_SIZE. */
export function pageSize(perPage: number | undefined): number {
  const n = Math.floor(perPage ?? 25);
  return Math.max(1, Math.min(MAX_PAGE_SIZE, n));
}

/**
 * Nested connections (`clauses { edges { node } }`) become plain arrays so react-admin's
 * ArrayField and ReferenceManyField-like views can iterate them; `totalCount` is kept beside
 * as `<field>Total`.
 */
export function flattenConnections(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(flattenConnections);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (
      child &&
      typeof child === 'object' &&
      !Array.isArray(child) &&
      Array.isArray((child as Connection<unknown>).edges)
    ) {
      const conn = child as Connection<unknown>;
      out[key] = (conn.edges ?? []).map((e) => flattenConnections(e?.node)).filter((n) => n != null);
      if (typeof conn.totalCount === 'number') out[`${key}Total`] = conn.totalCount;
    } else {
      out[key] = flattenConnections(child);
    }
  }
  return out;
}
