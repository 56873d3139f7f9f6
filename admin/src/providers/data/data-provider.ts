import type { ApolloClient, OperationVariables } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql';
import { HttpError, type DataProvider, type GetListParams, type GetManyReferenceParams } from 'react-admin';
import type { ResourceDef } from './resource-def.js';
import { buildQueryFor, listVariables } from './build-query.js';
import { CursorCache } from './cursor-cache.js';
import { pageSize } from './relay.js';
import { walkDocument } from './walk-document.js';
import { formErrorsFor, toShownError, type GqlErrorLike } from './errors.js';

export interface HubDataProvider extends DataProvider {
  /** Runs one command (a lifecycle action, a penalty step) with the same error handling as forms. */
  command<T = Record<string, unknown>>(document: DocumentNode, variables: OperationVariables): Promise<T>;
  /** Runs one read that is not a resource list (dashboard, previews, chain verification). */
  read<T = Record<string, unknown>>(document: DocumentNode, variables?: OperationVariables): Promise<T>;
}

interface Options {
  client: ApolloClient<unknown>;
  resources: Record<string, ResourceDef>;
  /** The UI's current locale: server messages are shown in it. */
  locale: () => string;
  fallbackMessage?: () => string;
}

/**
 * ra-data-graphql with our buildQuery, plus what a Relay schema needs around it: numbered
 * pages resolved to cursors (CursorCache), getMany through one query per id when a resource
 * has no `nodes` document, and server errors turned into localised form errors.
 */
export function createDataProvider({ client, resources, locale, fallbackMessage }: Options): HubDataProvider {
  const base = buildGraphQLProvider({
    client,
    introspection: false,
    buildQuery: () => buildQueryFor(resources),
  });
  const cursors = new CursorCache();
  const walks = new Map<string, DocumentNode>();

  /** `formValues`: a create or update form's values, whose inputs the field errors are keyed by. */
  const toHttpError = (error: unknown, formValues?: unknown): never => {
    const gql = graphQLErrorsOf(error);
    if (gql.length > 0) {
      const shown = toShownError(gql, locale(), fallbackMessage?.() ?? 'Error');
      const status = shown.code === 'UNAUTHENTICATED' ? 401 : shown.code === 'FORBIDDEN' ? 403 : 400;
      const errors = formValues === undefined ? shown.errors : formErrorsFor(shown.errors, formValues);
      throw new HttpError(shown.message, status, { code: shown.code, errors });
    }
    throw error;
  };

  const paged = async (resource: string, params: GetListParams | GetManyReferenceParams) => {
    const def = resources[resource];
    if (!def) throw new Error(`unknown resource ${resource}`);
    const page = params.pagination?.page ?? 1;
    const perPage = pageSize(params.pagination?.perPage);
    const vars = listVariables(def, params as never);
    const key = CursorCache.key(resource, vars.filter, vars.orderBy, perPage);
    let walk = walks.get(resource);
    if (!walk) walks.set(resource, (walk = walkDocument(def.list, def.listField)));
    const after = await cursors.afterFor(key, page, perPage, async (cursor, first) => {
      const { data } = await client.query({
        query: walk!,
        variables: { ...vars, first, after: cursor },
        fetchPolicy: 'network-only',
      });
      const info = (data as Record<string, { pageInfo: { endCursor: string | null; hasNextPage: boolean } }>)[
        def.listField
      ]?.pageInfo;
      return { endCursor: info?.endCursor ?? null, hasNextPage: info?.hasNextPage ?? false };
    });
    const call = 'target' in params ? base.getManyReference : base.getList;
    const result = await call(resource, { ...params, meta: { ...params.meta, after } } as never);
    cursors.remember(
      key,
      page,
      (result.meta as { endCursor?: string | null } | undefined)?.endCursor ?? null,
    );
    return result;
  };

  const writes =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A) => {
      try {
        return await fn(...args);
      } finally {
        cursors.clear();
      }
    };

  const guard =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) =>
      fn(...args).catch(toHttpError);

  return {
    getList: guard((resource, params) => paged(resource, params)) as DataProvider['getList'],
    getManyReference: guard((resource, params) =>
      paged(resource, params),
    ) as DataProvider['getManyReference'],
    getOne: guard((resource, params) => base.getOne(resource, params)) as DataProvider['getOne'],
    getMany: guard(async (resource: string, params: { ids: readonly unknown[] }) => {
      if (resources[resource]?.many) return base.getMany(resource, params as never);
      const records = await Promise.all(
        params.ids.map((id) =>
          base
            .getOne(resource, { id })
            .then((r) => r.data)
            .catch(() => null),
        ),
      );
      return { data: records.filter(Boolean) };
    }) as DataProvider['getMany'],
    create: ((resource: string, params: { data: unknown }) =>
      writes(() => base.create(resource, params as never))().catch((e: unknown) =>
        toHttpError(e, params.data),
      )) as DataProvider['create'],
    update: ((resource: string, params: { data: unknown }) =>
      writes(() => base.update(resource, params as never))().catch((e: unknown) =>
        toHttpError(e, params.data),
      )) as DataProvider['update'],
    updateMany: () => Promise.reject(new Error('updateMany is not offered')),
    delete: () => Promise.reject(new Error('records are never deleted; use the lifecycle actions')),
    deleteMany: () => Promise.reject(new Error('records are never deleted; use the lifecycle actions')),
    command: guard(
      writes(async (document: DocumentNode, variables: OperationVariables) => {
        const { data } = await client.mutate({ mutation: document, variables });
        return data as never;
      }),
    ),
    read: guard(async (document: DocumentNode, variables?: OperationVariables) => {
      const { data } = await client.query({ query: document, variables, fetchPolicy: 'network-only' });
      return data as never;
    }),
  };
}

/** ApolloError (directly or inside ra-data-graphql's HttpError body) → its GraphQL errors. */
export function graphQLErrorsOf(error: unknown): GqlErrorLike[] {
  const e = error as {
    graphQLErrors?: GqlErrorLike[];
    body?: { graphQLErrors?: GqlErrorLike[] };
    networkError?: { result?: { errors?: GqlErrorLike[] } };
  };
  return e?.graphQLErrors?.length
    ? e.graphQLErrors
    : e?.body?.graphQLErrors?.length
      ? e.body.graphQLErrors
      : (e?.networkError?.result?.errors ?? []);
}
