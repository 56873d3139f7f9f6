import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Whether webhooks may be delivered to addresses of the hub's own networks. Partners and
 * integrators register webhook URLs; the hub then POSTs from inside the agency's network and
 * shows the caller each attempt's status code and error (`webhookDeliveries`). Without a
 * guard a partner could aim the hub at 127.0.0.1, the database host, an intranet service or a
 * cloud metadata address, and read from those answers which addresses and ports are open
 * (server-side request forgery). `refuse` (the default in production) refuses loopback,
 * private, shared (CGNAT), link-local, unspecified and multicast addresses, whether the URL
 * names one or its host name resolves to one; `allow` is for development, tests and an
 * installation whose receivers all sit on the intranet.
 */
export type PrivateTargets = 'allow' | 'refuse';

const REFUSED = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  REFUSED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  REFUSED.addSubnet(net, prefix, 'ipv6');

/** Is this IP address one a webhook may not be sent to under `refuse`? (Not an IP: false.) */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) reaches the IPv4 address it carries.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return REFUSED.check(mapped[1]!, 'ipv4');
  const family = isIP(bare);
  if (family === 0) return false;
  return REFUSED.check(bare, family === 6 ? 'ipv6' : 'ipv4');
}

export class RefusedTargetError extends Error {
  constructor(host: string) {
    super(`webhook target refused: ${host} is or resolves to a loopback, private or link-local address`);
  }
}

/**
 * The resolver the connection itself uses, so the address checked is the address connected
 * to (a name that resolves to a public address when registered and to 127.0.0.1 at delivery,
 * DNS rebinding, is caught at delivery).
 */
const refusingLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as unknown as LookupAddress[];
    if (list.length === 0 || list.some((a) => isPrivateAddress(a.address))) return callback(new RefusedTargetError(hostname), '', 0);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};

/**
 * One signed POST of a webhook body; resolves with the receiver's status code. Redirects are
 * not followed (a 3xx is a failed attempt, as before), the body of the answer is discarded.
 */
export function postWebhook(
  target: string,
  body: string,
  headers: Record<string, string>,
  options: { signal: AbortSignal; privateTargets: PrivateTargets },
): Promise<number> {
  const url = new URL(target);
  const refuse = options.privateTargets === 'refuse';
  // A URL naming an IP address connects without a lookup: checked here.
  if (refuse && isPrivateAddress(url.hostname)) return Promise.reject(new RefusedTargetError(url.hostname));
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: 'POST',
        signal: options.signal,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        ...(refuse ? { lookup: refusingLookup } : {}),
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
