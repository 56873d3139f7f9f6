import { expect } from 'vitest';
import type { AuditResult } from 'graphql-http';

/**
 * Audits that look a type up by introspection (`__type(name: …)`) and need an answer without
 * errors: with introspection off (production's default, so the schema is not mapped for
 * callers) the document is refused as a validation failure, 400 to a client accepting
 * application/graphql-response+json, 200 with the errors to one accepting only
 * application/json, as for every document error. (BF61 introspects too but checks only the
 * status; sent without Accept, it is answered as application/json, 200, and passes.)
 */
export const INTROSPECTING: ReadonlyMap<string, number> = new Map([
  ['28B9', 200],
  ['2EA1', 400],
  ['D6D5', 400],
  ['6A70', 200],
]);

/**
 * Every graphql-http audit (MUST, SHOULD and MAY) passes; with introspection off, those in
 * INTROSPECTING are refused exactly as above.
 */
export async function check(result: AuditResult, id: string, options: { introspection: boolean } = { introspection: true }): Promise<void> {
  const refused = options.introspection ? undefined : INTROSPECTING.get(id);
  if (refused === undefined) {
    if (result.status !== 'ok') {
      throw new Error(`${result.status}: ${result.reason}\n${await result.response.text()}`);
    }
    expect(result.status).toBe('ok');
    return;
  }
  expect(result.status).not.toBe('ok');
  if (result.status === 'ok') return;
  expect(result.response.status).toBe(refused);
  const body = (await result.response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
  expect(body).not.toHaveProperty('data');
  expect(body.errors.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  expect(body.errors[0]!.message).toMatch(/introspection has been disabled/);
}
