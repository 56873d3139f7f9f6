/**
 * Fixed-concurrency HTTP load with autocannon: N keep-alive connections, each sending its next
 * request as soon as the previous answer arrived, for a fixed duration after a warm-up. The
 * requests rotate through a prepared list (ids, statuses, credentials) so no single row or
 * cache line is hammered. Every answer is checked: a non-2xx status, a GraphQL `errors` entry
 * or a missing `data` counts as a failure and fails the benchmark.
 */
import autocannon from 'autocannon';

export interface PreparedRequest {
  authorization: string;
  body: string;
}

export interface LoadOptions {
  url: string;
  requests: PreparedRequest[];
  connections: number;
  warmupSeconds: number;
  seconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  total: number;
  failures: number;
}

function run(options: LoadOptions, seconds: number): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url: options.url,
    method: 'POST',
    connections: options.connections,
    duration: seconds,
    // autocannon's default (10 s) would count slow nested answers as failures, not latency.
    timeout: 60,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (req) => {
          const prepared = options.requests[next++ % options.requests.length]!;
          return { ...req, headers: { ...req.headers, authorization: prepared.authorization }, body: prepared.body };
        },
      },
    ],
    // Both servers answer `{"data":…}`; the hub adds `"errors"` when anything failed.
    verifyBody: (body: string) => body.startsWith('{"data":') && !body.includes('"errors":'),
  });
}

export async function measure(options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await run(options, options.warmupSeconds);
  const result = await run(options, options.seconds);
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
  };
}
