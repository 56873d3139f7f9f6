import { CREATE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import type { BuildQuery, BuildQueryResult } from 'ra-data-graphql';
import type { ResourceDef } from './resource-def.js';
import {
  cleanFilter,
  flattenConnections,
  pageSize,
  parseConnection,
  toOrder,
  type Connection,
  type RaSort,
} from './relay.js';

type Params = {
  pagination?: { page: number; perPage: number };
  sort?: RaSort;
  filter?: Record<string, unknown>;
  target?: string;
  id?: string;
  ids?: string[];
  data?: Record<string, unknown>;
  previousData?: Record<string, unknown>;
  meta?: { after?: string | null; edit?: boolean };
};

export class UnsupportedOperationError extends Error {
  constructor(fetchType: string, resource: string) {
    super(`${fetchType} is not offered for ${resource}`);
  }
}

export function listVariables(def: ResourceDef, params: Params) {
  const filter = cleanFilter(params.filter);
  if (params.target && params.id !== undefined) filter[params.target] = params.id;
  return {
    first: pageSize(params.pagination?.perPage),
    after: params.meta?.after ?? null,
    filter: def.filter ? def.filter(filter) : filter,
    orderBy: toOrder(params.sort, def.orderFields) ?? null,
  };
}

/**
 * ra-data-graphql's buildQuery for our Relay schema, with introspection off: every resource
 * names its own codegen-typed documents (resources/<name>/queries.ts). The `after` cursor of
 * a list page is resolved before this runs (see data-provider.ts) and comes in `meta.after`.
 */
export function buildQueryFor(resources: Record<string, ResourceDef>): BuildQuery {
  return (fetchType, resourceName, params: Params): BuildQueryResult => {
    const def = resources[resourceName];
    if (!def) throw new UnsupportedOperationError(fetchType, resourceName);
    switch (fetchType) {
      case GET_LIST:
      case GET_MANY_REFERENCE:
        return {
          query: def.list,
          variables: listVariables(def, params),
          parseResponse: ({ data }) => {
            const page = parseConnection(data[def.listField] as Connection<Record<string, unknown>>);
            return {
              data: page.data.map(flattenConnections),
              total: page.total,
              meta: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
            };
          },
        };
      case GET_ONE:
        return {
          query: params.meta?.edit && def.editOne ? def.editOne : def.one,
          variables: { id: params.id },
          parseResponse: ({ data }) => {
            const record = data[def.oneField];
            if (!record) throw Object.assign(new Error('ra.notification.item_doesnt_exist'), { status: 404 });
            return { data: flattenConnections(record) };
          },
        };
      case GET_MANY:
        if (!def.many) throw new UnsupportedOperationError(fetchType, resourceName);
        return {
          query: def.many,
          variables: { ids: params.ids ?? [] },
          parseResponse: ({ data }) => ({
            data: ((data.nodes ?? []) as unknown[]).filter(Boolean).map(flattenConnections),
          }),
        };
      case CREATE:
      case UPDATE: {
        const mutation = fetchType === CREATE ? def.create : def.update;
        if (!mutation) throw new UnsupportedOperationError(fetchType, resourceName);
        return {
          query: mutation.document,
          variables: {
            input: mutation.input({
              id: params.id,
              data: params.data ?? {},
              previousData: params.previousData,
            }),
          },
          parseResponse: ({ data }) => ({ data: flattenConnections(data[mutation.field][mutation.payload]) }),
        };
      }
      default:
        throw new UnsupportedOperationError(fetchType, resourceName);
    }
  };
}
