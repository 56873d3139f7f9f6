import { expect } from 'vitest';
import type { AuditResult } from 'graphql-http';

/**
 * graphql-http's audits (1.23, its latest release) were written for the GraphQL-over-HTTP
 * draft before its 2026 revision (graphql/graphql-over-http spec/GraphQLOverHTTP.md, "Status
 * Codes": #354, #404), whose status codes the hub follows instead. Each audit the revision
 * supersedes is named here with the status the current text recommends; `check` asserts the
 * hub answers exactly that, and that every other audit passes.
 */
export const SUPERSEDED: Record<string, { status: number; why: string }> = {
  // A request that is not well-formed ("qeury", a non-string query, a non-map variables or
  // extensions): 422 SHOULD (the audits' MAY 400 predates it).
  A5BF: { status: 422, why: 'POST without body: no query' },
  '423L': { status: 422, why: 'missing query' },
  ...Object.fromEntries([0, 1, 2, 3].flatMap((i) => [
    [`LKJ${i}`, { status: 422, why: 'query not a string' }],
    [`6C0${i}`, { status: 422, why: 'operationName not a string' }],
    [`476${i}`, { status: 422, why: 'variables not a map' }],
    [`58B${i}`, { status: 422, why: 'extensions not a map' }],
  ])),
  '3E3A': { status: 422, why: 'qeury typo' },
  // Legacy application/json clients get the same status codes; the audits' 200 was the
  // removed "application/json responses" section.
  '572B': { status: 400, why: 'document parse failure: 400 under either media type' },
  FDE2: { status: 400, why: 'the audit’s document ({ 8f31… }) does not parse: 400' },
  '7B9B': { status: 422, why: 'the audit’s document fails validation (unused variable): 422' },
  '86EE': { status: 422, why: 'the audit’s document fails validation (unused variable): 422' },
};

/**
 * Audits whose documents use introspection (`__type(name: …)`): with introspection off
 * (production's default, so the schema is not mapped for callers) they are refused as
 * validation failures, 422, whatever the audit checks.
 */
export const INTROSPECTING = new Set(['BF61', '28B9', '2EA1', 'D6D5', '6A70']);

export async function check(result: AuditResult, id: string, options: { introspection: boolean } = { introspection: true }): Promise<void> {
  if (!options.introspection && INTROSPECTING.has(id)) {
    expect(result.status).not.toBe('ok');
    if (result.status === 'ok') return;
    expect(result.response.status).toBe(422);
    const body = (await result.response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(body.errors[0]!.message).toMatch(/introspection has been disabled/);
    return;
  }
  const superseded = SUPERSEDED[id];
  if (!superseded) {
    if (result.status !== 'ok') {
      throw new Error(`${result.status}: ${result.reason}\n${await result.response.text()}`);
    }
    expect(result.status).toBe('ok');
    return;
  }
  expect(result.status, superseded.why).not.toBe('ok');
  if (result.status === 'ok') return;
  expect(result.response.status, superseded.why).toBe(superseded.status);
  const body = (await result.response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
  expect(body).not.toHaveProperty('data');
  expect(body.errors.length).toBeGreaterThan(0);
}
