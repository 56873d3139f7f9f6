import { STATUS_CODES } from 'node:http';

/**
 * The answers HAProxy makes itself in front of the replicas (haproxy.ts), in the hub's error
 * shape: a GraphQL error body in JSON with a stable code and the message in zh and en, never
 * HAProxy's HTML page ("<h1>503 Service Unavailable</h1> No server is available…"), which a
 * GraphQL client cannot read and which told a partner's system nothing it could act on. The
 * codes are those the hub gives the same situations (server/http-client-error.ts,
 * server/graphql/unavailable.ts).
 */
export interface BalancerError {
  status: number;
  code: string;
  en: string;
  zh: string;
  /** Seconds after which a retry may succeed (Retry-After), where one may. */
  retryAfter?: number;
}

export const BALANCER_ERRORS: readonly BalancerError[] = [
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
