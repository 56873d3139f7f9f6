/**
 * Turns the hub's GraphQL errors (schema/README.md: `extensions.code`, `messageZh`,
 * `messageEn`, `fields: [{ path, message }]`) into what react-admin shows: a message in the
 * user's language, and per-input messages so a form marks the offending fields
 * (react-admin reads `HttpError.body.errors`).
 */

export interface HubErrorExtensions {
  code?: string;
  messageZh?: string;
  messageEn?: string;
  fields?: { path: (string | number)[]; message: string; messageZh?: string; messageEn?: string }[];
}

export interface GqlErrorLike {
  message: string;
  extensions?: HubErrorExtensions | Record<string, unknown>;
}

export interface ShownError {
  code: string;
  message: string;
  /** Form input name (dotted, `input` dropped) → message; `root.serverError` for the form. */
  errors: Record<string, unknown>;
}

/** `["input", "terms", 0, "endsOn"]` → `terms.0.endsOn`: the input names react-hook-form uses. */
export function fieldName(path: (string | number)[]): string {
  const rest = path[0] === 'input' ? path.slice(1) : path;
  return rest.map(String).join('.');
}

export function localisedMessage(error: GqlErrorLike, locale: string): string {
  const ext = (error.extensions ?? {}) as HubErrorExtensions;
  const zh = locale.startsWith('zh');
  // `message` is the hub's English: the English console falls back to it, not to Chinese.
  return zh ? (ext.messageZh ?? ext.messageEn ?? error.message) : (ext.messageEn ?? error.message);
}

export function toShownError(
  graphQLErrors: readonly GqlErrorLike[],
  locale: string,
  fallback: string,
): ShownError {
  const first = graphQLErrors[0];
  if (!first) return { code: 'UNKNOWN', message: fallback, errors: { root: { serverError: fallback } } };
  const ext = (first.extensions ?? {}) as HubErrorExtensions;
  const message = localisedMessage(first, locale);
  const errors: Record<string, unknown> = { root: { serverError: message } };
  const zh = locale.startsWith('zh');
  for (const field of ext.fields ?? []) {
    const name = fieldName(field.path);
    if (name) errors[name] = (zh ? field.messageZh : field.messageEn) ?? field.message;
  }
  return { code: ext.code ?? 'UNKNOWN', message, errors };
}

/** Codes after which the session is gone: react-admin logs the user out. */
export const SESSION_CODES = new Set(['UNAUTHENTICATED']);

/**
 * The form input a server field path refers to. Amounts travel as fen (`reducedAmountFen`)
 * while forms take yuan under the plain name (`reducedAmount`) or `…Yuan`; the first name the
 * form has wins, null when none.
 */
export function formFieldFor(name: string, has: (candidate: string) => boolean): string | null {
  const candidates = [name, name.replace(/Fen$/, ''), name.replace(/Fen$/, 'Yuan')];
  return candidates.find(has) ?? null;
}

/**
 * A form's submission errors keyed by the form's own inputs. react-admin sets every key of
 * `body.errors` on the form; a key naming no input (the API's `violatingAmountFen` where the
 * form has `violatingAmountYuan`) would stay set where nothing shows it, and every later save
 * would stop at "the form is not valid" with no field marked. Each server path becomes the
 * input it refers to (formFieldFor) or, with none, is left to the notification.
 */
export function formErrorsFor(errors: Record<string, unknown>, values: unknown): Record<string, unknown> {
  const has = (name: string) => {
    let node: unknown = values;
    for (const part of name.split('.')) {
      if (node === null || typeof node !== 'object' || !(part in node)) return false;
      node = (node as Record<string, unknown>)[part];
    }
    return true;
  };
  const out: Record<string, unknown> = {};
  for (const [path, message] of Object.entries(errors)) {
    if (path === 'root') {
      out.root = message;
      continue;
    }
    const name = formFieldFor(path, has);
    if (name) out[name] = message;
  }
  return out;
}

/**
 * What a live view (graphql-ws) shows for a failure, in the user's language: the hub's GraphQL
 * errors (a `next` with `errors`, or the `error` sink's array) by their `messageZh`/`messageEn`,
 * a closed socket by its reason, anything else as `fallback`. `error.message` alone is the
 * hub's English, which the Chinese console showed as it came.
 */
export function streamErrorText(error: unknown, locale: string, fallback: string): string {
  const list = Array.isArray(error) ? error : [error];
  const texts = list.map((e) => {
    if (e && typeof e === 'object' && 'extensions' in e && typeof (e as GqlErrorLike).message === 'string')
      return localisedMessage(e as GqlErrorLike, locale);
    return null;
  });
  if (texts.length > 0 && texts.every((t) => t)) return texts.join(locale.startsWith('zh') ? '；' : '; ');
  // An Error here is already the console's own (the data provider localises what it throws).
  if (error instanceof Error && error.message) return error.message;
  return fallback;
}
