import { describe, expect, it } from 'vitest';
import { HeaderMap, type GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { Context } from '../context.js';
import { UNAVAILABLE_EXTENSIONS, unavailablePlugin } from './unavailable.js';

type Sent = GraphQLRequestContextWillSendResponse<Context>;

async function statusAfter(singleResult: Record<string, unknown>) {
  const response = { http: { status: undefined as number | undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult } };
  const hooks = await unavailablePlugin().requestDidStart!({} as never);
  await hooks!.willSendResponse!({ response } as unknown as Sent);
  return { status: response.http.status, retryAfter: response.http.headers.get('retry-after') };
}

const outage = { message: 'Service temporarily unavailable', extensions: { ...UNAVAILABLE_EXTENSIONS } };

describe('database outage answers (GraphQL over HTTP status codes)', () => {
  it('answers 503 with Retry-After when nothing resolved (no data, or data null)', async () => {
    expect(await statusAfter({ errors: [outage] })).toEqual({ status: 503, retryAfter: '2' });
    expect(await statusAfter({ data: null, errors: [outage] })).toEqual({ status: 503, retryAfter: '2' });
  });

  it('keeps a 2xx status when part of the data resolved (the spec’s MUST for non-null data)', async () => {
    expect(await statusAfter({ data: { viewer: { role: 'INTEGRATOR' }, agreements: null }, errors: [outage] })).toEqual({ status: undefined, retryAfter: undefined });
  });

  it('leaves answers without an outage alone', async () => {
    expect(await statusAfter({ data: null, errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] })).toEqual({ status: undefined, retryAfter: undefined });
  });
});
