import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from '../support/access-app.js';
import { createClientWithKey } from '../support/access-world.js';
import { createInsurer } from '../factories/records.js';

/**
 * The real hub the HTTP fuzz files send malformed requests to (http-fuzz-graphql.test.ts,
 * http-fuzz-routes.test.ts), an insurer admin's and a platform admin's keys, and the checks
 * every answer must pass: a 4xx (or a 200 for what is valid after all) with a stable code and
 * zh + en text, never a 5xx. `useFuzzApp()` registers the hooks that fill `f`.
 */
export const f = {} as { hub: TestApp; admin: string; platform: string };

export function useFuzzApp(): void {
  beforeAll(async () => {
    f.hub = await startTestApp();
    const insurerId = (await createInsurer(f.hub.prisma)).id;
    f.admin = (await createClientWithKey(f.hub.prisma, { role: 'INSURER_ADMIN', insurerId })).secret;
    f.platform = (await createClientWithKey(f.hub.prisma, { role: 'PLATFORM_ADMIN' })).secret;
  });
  afterAll(() => f.hub?.close());
}

/** The hub's log lines of 5xx answers: none may exist after a file's requests. */
export const serverErrorsLogged = (): string[] => f.hub.logs().split('\n').filter((l) => /"status":5\d\d/.test(l));

export const CJK = /[\u4e00-\u9fff]/;
export const GBK_NAME = Buffer.from([0xd2, 0xbd, 0xb1, 0xa3]); // 医保 in GBK: not UTF-8
export const json = 'application/json';

export interface Answer {
  status: number;
  text: string;
  body: unknown;
}

export async function send(method: string, path: string, headers: Record<string, string>, body?: string | Uint8Array): Promise<Answer> {
  const res = await fetch(`${f.hub.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: body as BodyInit }) });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: res.status, text, body: parsed };
}

/** What is unclear about a GraphQL answer: a 5xx, no JSON, an error without code or zh/en text. */
export function unclearGraphql(a: Answer): string | null {
  if (a.status >= 500) return `HTTP ${a.status}: ${a.text.slice(0, 200)}`;
  const errors = (a.body as { errors?: { message: string; extensions?: Record<string, unknown> }[] } | null)?.errors;
  if (!a.body) return `not JSON (HTTP ${a.status}): ${a.text.slice(0, 200)}`;
  for (const e of errors ?? []) {
    const code = e.extensions?.code;
    if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') return `code ${String(code)}: ${e.message}`;
    if (!CJK.test(String(e.extensions?.messageZh ?? ''))) return `${code} without zh: ${e.message}`;
    if (typeof e.extensions?.messageEn !== 'string') return `${code} without en: ${e.message}`;
  }
  return null;
}

/**
 * The upload and export routes answer `{ error, errorZh, code }` when they refuse, or (an
 * import refused line by line) a report whose every line error has zh and en text.
 */
export function unclearRoute(a: Answer): string | null {
  if (a.status >= 500) return `HTTP ${a.status}: ${a.text.slice(0, 200)}`;
  if (a.status < 400) return null;
  const report = a.body as { errors?: { line?: unknown; message?: unknown; messageZh?: unknown }[] } | null;
  if (a.status === 422 && Array.isArray(report?.errors)) {
    const bad = report.errors.find((e) => typeof e.line !== 'number' || typeof e.message !== 'string' || !CJK.test(String(e.messageZh ?? '')));
    return bad ? `line error without zh/en text: ${JSON.stringify(bad)}` : null;
  }
  const body = a.body as { error?: unknown; errorZh?: unknown; code?: unknown } | null;
  if (!body || typeof body.code !== 'string' || typeof body.error !== 'string' || !CJK.test(String(body.errorZh ?? ''))) {
    return `HTTP ${a.status} without code and zh/en text: ${a.text.slice(0, 200)}`;
  }
  return null;
}

export const auth = (key: string, type?: string) => ({ authorization: `Bearer ${key}`, ...(type ? { 'content-type': type } : {}) });
export const gql = (body: unknown) => JSON.stringify(body);
export const deep = (n: number) => `{ ${'viewer { '.repeat(n)}__typename${' }'.repeat(n)} }`;
export const fragmentChain = (n: number) =>
  `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { __typename ${i + 1 < n ? `...F${i + 1}` : ''} }`).join(' ')}`;
