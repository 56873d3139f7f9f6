/**
 * A receiver's URL as the hub shows it back (`WebhookEndpoint.url`): scheme, host, port and
 * path, every query value and any fragment replaced by `***`. Integrators put their receiver's
 * own tokens in the query (`?token=…`, `?sig=…`); the stored URL keeps them for delivery, but
 * the API and console show them to every admin of the tenant and to the API client itself, long
 * after the person who registered it has gone. Parameter names stay so the admin can tell which
 * endpoint is which.
 */
export function redactedWebhookUrl(stored: string): string {
  let url: URL;
  try {
    url = new URL(stored);
  } catch {
    // Registration only stores parsable URLs; an unparsable one shows nothing that could be a token.
    return '***';
  }
  const query = [...url.searchParams.keys()].map((name) => `${encodeURIComponent(name)}=***`).join('&');
  return `${url.origin}${url.pathname}${query ? `?${query}` : ''}${url.hash ? '#***' : ''}`;
}
