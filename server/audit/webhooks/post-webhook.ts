import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where webhooks may be delivered. Partners and integrators register webhook URLs; the hub then
 * POSTs from inside the agency's network and shows the caller each attempt's status code and
 * error (`webhookDeliveries`). Without a guard a partner could aim the hub at 127.0.0.1, a
 * cloud metadata address or an intranet service, and read from those answers which addresses
 * and ports are open (server-side request forgery).
 * - `intranet` (the default in production): agencies run the hub on intranets, so integrators'
 *   receivers sit on private addresses and are allowed; the hub's own host (loopback,
 *   unspecified), link-local (cloud metadata) and multicast addresses are refused.
 * - `refuse`: private and shared (CGNAT) ranges are refused too, for an installation whose
 *   receivers are all on public addresses.
 * - `allow`: anything (development, tests).
 * Checked whether the URL names the address or its host name resolves to it when connecting.
 */
export type PrivateTargets = 'allow' | 'intranet' | 'refuse';

function blockList(v4: readonly (readonly [string, number])[], v6: readonly (readonly [string, number])[]): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

/** The hub's own host, link-local (metadata) and multicast: refused under `intranet` and `refuse`. */
const HOST_LOCAL = blockList(
  [['0.0.0.0', 8], ['127.0.0.0', 8], ['169.254.0.0', 16], ['224.0.0.0', 4], ['240.0.0.0', 4]],
  [['::', 128], ['::1', 128], ['fe80::', 10], ['ff00::', 8]],
);
/** Private and shared ranges: refused under `refuse` only. */
const PRIVATE = blockList(
  [['10.0.0.0', 8], ['100.64.0.0', 10], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15]],
  [['fc00::', 7]],
);

/** Is this IP address one a webhook may not be sent to under `level`? (Not an IP: false.) */
export function isRefusedAddress(address: string, level: PrivateTargets): boolean {
  if (level === 'allow') return false;
  const bare = address.replace(/^\[|\]$/g, '');
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) reaches the IPv4 address it carries.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  const [ip, family] = mapped ? [mapped[1]!, 'ipv4' as const] : [bare, isIP(bare) === 6 ? ('ipv6' as const) : ('ipv4' as const)];
  if (!mapped && isIP(bare) === 0) return false;
  return HOST_LOCAL.check(ip, family) || (level === 'refuse' && PRIVATE.check(ip, family));
}

export class RefusedTargetError extends Error {
  constructor(host: string) {
    super(`webhook target refused: ${host} is or resolves to an address webhooks may not reach (WEBHOOK_PRIVATE_TARGETS)`);
  }
}

/**
 * The resolver the connection itself uses, so the address checked is the address connected
 * to (a name that resolves to a public address when registered and to 127.0.0.1 at delivery,
 * DNS rebinding, is caught at delivery).
 */
const refusingLookup = (level: PrivateTargets): LookupFunction => (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const list = addresses as unknown as LookupAddress[];
    if (list.length === 0 || list.some((a) => isRefusedAddress(a.address, level))) return callback(new RefusedTargetError(hostname), '', 0);
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
  const level = options.privateTargets;
  // A URL naming an IP address connects without a lookup: checked here.
  if (isRefusedAddress(url.hostname, level)) return Promise.reject(new RefusedTargetError(url.hostname));
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(
      url,
      {
        method: 'POST',
        signal: options.signal,
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        ...(level === 'allow' ? {} : { lookup: refusingLookup(level) }),
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
