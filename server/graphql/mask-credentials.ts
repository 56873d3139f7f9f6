/**
 * graphql-js quotes a refused variable's whole value (`Variable "$i" got invalid value
 * { username: "u", password: "…", bogus: 1 }; Field "bogus" is not defined…`): a login or
 * createUser with one wrong field sent the password back in the answer, where proxies, browser
 * tools and error trackers keep it. Values under credential-like keys are shown as [redacted],
 * the same keys the log redacts (server/logger.ts).
 */
const CREDENTIAL_VALUE = /\b(\w*(?:password|secret|token|key))(\s*:\s*)("(?:[^"\\]|\\.)*"|[^,}\]\s]+)/gi;
const CREDENTIAL_NAME = /(?:password|secret|token|key)$/i;
/** `Variable "$i" got invalid value 123 at "i.password"; String cannot represent …: 123` */
const REFUSED_AT = /^(Variable "\$(\w+)" got invalid value )(.+?)( at "([^"]+)")?; ([\s\S]*)$/;
export function maskCredentials(message: string): string {
  const m = REFUSED_AT.exec(message);
  if (m) {
    const [, lead, variable, value, at = '', path = variable!, reason] = m;
    if (CREDENTIAL_NAME.test(path.split('.').pop()!)) {
      const masked = '"[redacted]"';
      return `${lead}${masked}${at}; ${reason!.split(value!).join(masked)}`;
    }
  }
  return message.replace(CREDENTIAL_VALUE, '$1$2"[redacted]"');
}
