import { GraphQLError, Kind, parse, print, visit, type ASTNode, type DocumentNode } from 'graphql';

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
export function maskCredentials(message: string, error?: unknown): string {
  const m = REFUSED_AT.exec(message);
  if (m) {
    const [, lead, variable, value, at = '', path = variable!, reason] = m;
    // `$p` says nothing, but `password: $p` in the document does: masked by what it is bound to.
    if (CREDENTIAL_NAME.test(path.split('.').pop()!) || (!at && credentialVariables(error).has(variable!))) {
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
  // A variable's default (`$p: String = 12345`): a credential when the variable is bound to one.
  const defaultOf = /\$(\w+)\s*:[\w\s![\]]*=\s*$/.exec(before)?.[1];
  const credential = field ? CREDENTIAL_NAME.test(field) : defaultOf !== undefined && credentialVariables(error).has(defaultOf);
  if (!credential) return message;
  const masked = '"[redacted]"';
  const literals = [print(node), loc.source.body.slice(loc.start, loc.end)].filter((text) => text.length > 0);
  return literals.reduce((text, literal) => text.split(literal).join(masked), message);
}

/**
 * The variables the document binds to a credential argument or input field (`password: $p`,
 * `password: [$p]`), read from the document the error points into. Parsed again only for a
 * refusal whose message names a variable, never on the success path.
 */
function credentialVariables(error: unknown): Set<string> {
  const names = new Set<string>();
  const body = error instanceof GraphQLError ? error.nodes?.[0]?.loc?.source.body : undefined;
  if (!body) return names;
  let document: DocumentNode;
  try {
    document = parse(body, { noLocation: true });
  } catch {
    return names;
  }
  visit(document, {
    Variable(node, _key, parent, _path, ancestors) {
      // The nearest argument or input field the variable sits in (lists in between are skipped);
      // graphql-js leaves the parent itself out of `ancestors`.
      const chain = [...ancestors, parent];
      for (let i = chain.length - 1; i >= 0; i -= 1) {
        const a = chain[i]!;
        if (Array.isArray(a) || (a as ASTNode).kind === Kind.LIST) continue;
        const holder = a as ASTNode;
        if ((holder.kind === Kind.ARGUMENT || holder.kind === Kind.OBJECT_FIELD) && CREDENTIAL_NAME.test(holder.name.value)) names.add(node.name.value);
        break;
      }
    },
  });
  return names;
}
