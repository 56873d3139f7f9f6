import { STATUS_CODES } from 'node:http';
import { MALFORMED, REQUEST_TIMEOUT } from '../../server/http-client-error.js';

/**
 * The answers HAProxy makes itself in front of the replicas (haproxy.ts), in the hub's error
 * shape: a GraphQL error body in JSON with a stable code and the message in zh and en, never
 * HAProxy's HTML page ("<h1>503 Service Unavailable</h1> No server is available…"), which a
 * GraphQL client cannot read and which told a partner's system nothing it could act on. The
 * codes are those the hub gives the same situations (server/http-client-error.ts,
 * server/graphql/unavailable.ts). Every status HAProxy 2.6 can make without a rule of ours
 * (400, 408, 500, 502, 503, 504) has one, and 403 for a deny rule an operator adds.
 */
export interface BalancerError {
  status: number;
  code: string;
  en: string;
  zh: string;
  /** Seconds after which a retry may succeed (Retry-After), where one may. */
  retryAfter?: number;
}

const fromHub = ([status, code, en, zh]: readonly [number, string, string, string]): BalancerError => ({ status, code, en, zh });

export const BALANCER_ERRORS: readonly BalancerError[] = [
  // A connection whose first request head is malformed, too large or stalled is passed to a
  // replica, which answers it (haproxy.ts). These two are for HAProxy's stream; its HTTP parser
  // refusing a later request on a kept-alive connection still answers 2.6's built-in HTML.
  fromHub(MALFORMED),
  {
    status: 403,
    code: 'FORBIDDEN',
    en: 'The request was refused before it reached the hub',
    zh: '请求在到达服务之前被拒绝',
  },
  fromHub(REQUEST_TIMEOUT),
  {
    status: 500,
    code: 'INTERNAL_SERVER_ERROR',
    en: 'The load balancer failed while handling the request: a query may be retried; check whether a mutation took effect before sending it again',
    zh: '负载均衡器处理该请求时出错：查询可以重试；变更操作请先确认是否已生效再重新发送',
  },
  {
    status: 502,
    code: 'BAD_GATEWAY',
    en: 'The hub replica handling the request failed before answering: a query may be retried; check whether a mutation took effect before sending it again',
    zh: '处理该请求的服务实例在应答前出错：查询可以重试；变更操作请先确认是否已生效再重新发送',
    retryAfter: 1,
  },
  {
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    en: 'No hub replica is available at the moment: retry later',
    zh: '暂无可用的服务实例，请稍后重试',
    retryAfter: 5,
  },
  {
    status: 504,
    code: 'GATEWAY_TIMEOUT',
    en: 'The hub replica did not answer in time: a query may be retried; check whether a mutation took effect before sending it again',
    zh: '服务实例未能及时应答：查询可以重试；变更操作请先确认是否已生效再重新发送',
  },
];

/** HAProxy's `errorfile`: the whole HTTP response as sent, head and body. */
export function errorFile({ status, code, en, zh, retryAfter }: BalancerError): string {
  const body = JSON.stringify({ errors: [{ message: en, extensions: { code, messageZh: zh, messageEn: en } }] });
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    ...(retryAfter ? [`Retry-After: ${retryAfter}`] : []),
    'Connection: close',
  ];
  return `${head.join('\r\n')}\r\n\r\n${body}`;
}
