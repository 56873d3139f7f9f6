import type { Page } from 'playwright-core';

/** What went wrong on a page while a test used it: page errors, failed responses, GraphQL error codes. */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', async (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
    else if (r.url().endsWith('/graphql') && r.request().method() === 'POST') {
      const body = (await r.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
      for (const e of body.errors ?? []) problems.push(`GraphQL ${e.extensions?.code} on ${page.url()}`);
    }
  });
  return problems;
}
