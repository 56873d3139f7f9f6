import type { ArgBuilder, InputObjectRef } from '@pothos/core';
import { builder } from '../builder.js';
import { OrderDirection } from '../enums.js';
import { InputError } from '../../server/domain/errors.js';
import type { Context } from '../../server/context.js';

/**
 * Shared pieces of every entity's read API: one connection type per entity (root lists and
 * nested relations share it, so clients see `AgreementConnection` everywhere), stable
 * ordering (requested field, then id), and the small where-builders filters are made of.
 */

type CountSource = { totalCount?: number | (() => number | Promise<number>) };

/**
 * `<Type>Connection` with `totalCount`. The prisma plugin puts `totalCount` (a number or a
 * thunk) on the connection parent when the field was declared with `totalCount`; a shared
 * connection object has to expose it itself.
 */
export function connectionOf<T extends Parameters<typeof builder.connectionObject>[0]['type']>(
  type: T,
  name: string,
) {
  return builder.connectionObject({
    type,
    name: `${name}Connection`,
    fields: (t) => ({
      totalCount: t.int({
        description: 'All items matching the filter that the caller may see, across all pages.',
        // Not `async`: a nested connection's count is already a number (loaded with the rows),
        // and a promise here makes graphql-js await every connection object of a nested list.
        resolve: (connection) => {
          const { totalCount } = connection as CountSource;
          if (typeof totalCount !== 'function') return totalCount ?? 0;
          const value = totalCount();
          return value instanceof Promise ? value.then((n) => n ?? 0) : (value ?? 0);
        },
      }),
    }),
  });
}

type HubTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/**
 * The options of a relation listed as its entity's root list is: the same `filter` and `orderBy`
 * arguments, read through the same where-builder (the viewer's tenant filter first) and order,
 * so a nested list never shows more, or in another order, than the root list would.
 */
export function listedRelation<F extends object, O extends object, W, B>(
  arg: ArgBuilder<HubTypes>,
  filter: InputObjectRef<HubTypes, F>,
  order: { Input: InputObjectRef<HubTypes, O>; toPrisma: (order: O | null | undefined) => B },
  where: (ctx: Context, filter: F | null | undefined) => W,
) {
  return {
    cursor: 'id' as const,
    totalCount: true as const,
    args: {
      filter: arg({ type: filter, required: false }),
      orderBy: arg({ type: order.Input, required: false }),
    },
    query: (args: { filter?: F | null; orderBy?: O | null }, ctx: Context) => ({
      where: where(ctx, args.filter),
      orderBy: order.toPrisma(args.orderBy),
    }),
  };
}

type Direction = 'asc' | 'desc';

/**
 * `<Type>OrderField` (SCREAMING_SNAKE values mapped to Prisma fields) and `<Type>Order`
 * `{ field, direction }`. Returns the input ref and a function giving Prisma's `orderBy`,
 * always ending with `id` so equal values page deterministically (ids are UUIDv7).
 */
export function orderOf<const M extends Record<string, string>>(
  name: string,
  fields: M,
  fallback: keyof M & string,
) {
  const keys = Object.keys(fields) as (keyof M & string)[];
  const FieldEnum = builder.enumType(`${name}OrderField`, {
    values: keys as [keyof M & string, ...(keyof M & string)[]],
  });
  const Input = builder.inputType(`${name}Order`, {
    description: `Ordering of ${name} lists; ties are broken by id (creation order).`,
    fields: (t) => ({
      field: t.field({ type: FieldEnum, required: true }),
      direction: t.field({ type: OrderDirection, required: false, defaultValue: 'ASC' }),
    }),
  });
  const toPrisma = (
    order: { field: keyof M & string; direction?: 'ASC' | 'DESC' | null } | null | undefined,
  ) => {
    const field = order?.field ?? fallback;
    const direction: Direction = order?.direction === 'DESC' ? 'desc' : 'asc';
    const column = fields[field]!;
    return column === 'id' ? [{ id: direction }] : [{ [column]: direction }, { id: direction }];
  };
  return { Input, toPrisma };
}

/** `{ gte, lte }` for a range filter, or undefined when neither bound is given. */
export function range<T>(
  from: T | null | undefined,
  to: T | null | undefined,
): { gte?: T; lte?: T } | undefined {
  if (from == null && to == null) return undefined;
  return { ...(from != null ? { gte: from } : {}), ...(to != null ? { lte: to } : {}) };
}

/** `{ in: [...] }` for an enum list filter; an empty list matches nothing, null is "any". */
export function oneOf<T>(values: readonly T[] | null | undefined): { in: T[] } | undefined {
  return values == null ? undefined : { in: [...values] };
}

/** The longest search text a filter takes (names and numbers are far shorter). */
export const MAX_SEARCH_LENGTH = 100;

/**
 * A filter's `search` text as a LIKE-safe needle, or undefined when empty. Prisma's
 * `contains` becomes `ILIKE '%' || needle || '%'` without escaping, so `%`, `_` and `\`
 * would act as wildcards (`search: "%"` matched everything); they are escaped here, with
 * PostgreSQL's default escape character. Over-long text is refused at the filter's path.
 */
export function searchNeedle(text: string | null | undefined): string | undefined {
  const needle = text?.trim();
  if (!needle) return undefined;
  if (needle.length > MAX_SEARCH_LENGTH) {
    throw new InputError([{ path: ['filter', 'search'], message: `at most ${MAX_SEARCH_LENGTH} characters` }]);
  }
  return needle.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Case-insensitive "contains", LIKE metacharacters taken literally. */
export function contains(needle: string): { contains: string; mode: 'insensitive' } {
  return { contains: needle, mode: 'insensitive' };
}

/** Case-insensitive "contains" over several text columns (names and numbers). */
export function search(
  text: string | null | undefined,
  columns: readonly string[],
): { OR: object[] } | undefined {
  const needle = searchNeedle(text);
  if (!needle) return undefined;
  return { OR: columns.map((column) => ({ [column]: contains(needle) })) };
}

/** The raw id of a decoded global ID argument (the relay plugin has checked its typename). */
export function idOf(arg: { id: unknown } | null | undefined): string | undefined {
  return arg == null ? undefined : String(arg.id);
}

/** ANDs the viewer's tenant filter with the filter's clauses, dropping empty ones. */
export function allOf<W extends object>(...clauses: (W | undefined | null | false)[]): { AND: W[] } {
  return { AND: clauses.filter((c): c is W => !!c && Object.keys(c).length > 0) };
}

/** Removes undefined entries so a where object only states what the filter asked for. */
export function defined<T extends Record<string, unknown>>(obj: T): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as Partial<T>;
}
