import { GraphQLError, print, type ASTNode } from 'graphql';

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

/**
 * A credential typed into the document itself (`login(input: { password: 12345 })`) is quoted
 * by graphql-js's validation (`String cannot represent a non string value: 12345`) with no
 * field name beside it to mask by; the document tells which input field the literal is for.
 */
export function maskInlineCredential(message: string, error: unknown): string {
  const node: ASTNode | undefined = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  const loc = node?.loc;
  if (!node || !loc) return message;
  const before = loc.source.body.slice(Math.max(0, loc.start - 200), loc.start);
  const field = /(\w+)\s*:\s*$/.exec(before)?.[1];
  if (!field || !CREDENTIAL_NAME.test(field)) return message;
  const masked = '"[redacted]"';
  const literals = [print(node), loc.source.body.slice(loc.start, loc.end)].filter((text) => text.length > 0);
  return literals.reduce((text, literal) => text.split(literal).join(masked), message);
}
