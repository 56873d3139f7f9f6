import { Kind, type DocumentNode, type ValueNode } from 'graphql';
import { InputError, type FieldIssue } from '../domain/errors.js';
import { characterMessage } from '../domain/shared/text-characters.js';

/**
 * Text no field may hold is refused before execution, whatever field it is meant for:
 * PostgreSQL's text types reject the NUL character (U+0000) with an error, so a NUL in any
 * argument (an input field, a search, a login name) would otherwise surface as an internal
 * error, and control or bidi-override characters would be stored (see text-characters.ts). Document literals are reported at their argument path (`["input",
 * "title"]`), variables at their path inside the variable (`["input", "title"]` for `$input`),
 * as graphql-js reports a variable's invalid value. Lengths, dates and amounts are the
 * scalars' and the commands' (zod) business; this is the one rule no string may escape.
 */
export function screenInput(document: DocumentNode, variables: Record<string, unknown> | null | undefined): InputError | null {
  const issues: FieldIssue[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION && definition.kind !== Kind.FRAGMENT_DEFINITION) continue;
    // A variable's default value is a literal too, used when the variable is not sent
    // (`query ($s: String = "a\u0000b")` reached PostgreSQL: INTERNAL_SERVER_ERROR).
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const variable of definition.variableDefinitions ?? []) {
        if (variable.defaultValue) walkLiteral(variable.defaultValue, [variable.variable.name.value], issues);
      }
    }
    walkSelections(definition.selectionSet.selections, issues);
  }
  for (const [name, value] of Object.entries(variables ?? {})) walkValue(value, [name], issues);
  return issues.length > 0 ? new InputError(issues) : null;
}

/**
 * Every string of every argument is held to text-characters.ts's rule for any text (NUL,
 * unpaired surrogates, control and bidirectional-override characters, noncharacters), so no
 * field, search or JSON value can carry one into a row, the audit event's JSON or a log line;
 * whether a field may hold line breaks is its command's (`line` or `text` in schemas.ts).
 */
function screenText(text: string, path: (string | number)[], issues: FieldIssue[]): void {
  const message = characterMessage(text, 'multiline');
  if (message) issues.push({ path, message });
}

type Selection = Extract<DocumentNode['definitions'][number], { kind: Kind.OPERATION_DEFINITION }>['selectionSet']['selections'][number];

function walkSelections(selections: readonly Selection[], issues: FieldIssue[]): void {
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      for (const argument of selection.arguments ?? []) walkLiteral(argument.value, [argument.name.value], issues);
      if (selection.selectionSet) walkSelections(selection.selectionSet.selections, issues);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walkSelections(selection.selectionSet.selections, issues);
    }
  }
}

function walkLiteral(node: ValueNode, path: (string | number)[], issues: FieldIssue[]): void {
  if (node.kind === Kind.STRING) {
    screenText(node.value, path, issues);
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, i) => walkLiteral(item, [...path, i], issues));
  } else if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) walkLiteral(field.value, [...path, field.name.value], issues);
  }
}

/**
 * Variables nested deeper than this are refused: JSON.parse accepts a body of 100,000 nested
 * brackets, and every recursive reader after it (this screen, graphql-js's coercion, a `JSON`
 * argument's validation and canonical hashing) would overflow the stack, an internal error.
 * No input of the schema comes near it (a `JSON` rule parameter is a few levels deep).
 */
export const MAX_VARIABLE_DEPTH = 64;

/**
 * Lists in variables hold at most this many items. A filter list becomes one bind parameter
 * per item, and PostgreSQL takes at most 65,535 per statement (Prisma refuses above ~32,000):
 * 40,000 `types` in a 1 MB body answered INTERNAL_SERVER_ERROR. Every command's own list
 * limit is lower (5,000 at most), so no valid input is refused here.
 */
export const MAX_LIST_ITEMS = 10_000;

function walkValue(value: unknown, path: (string | number)[], issues: FieldIssue[]): void {
  if (path.length > MAX_VARIABLE_DEPTH && value !== null && typeof value === 'object') {
    issues.push({ path, message: `must not be nested deeper than ${MAX_VARIABLE_DEPTH} levels` });
    return;
  }
  if (typeof value === 'string') {
    screenText(value, path, issues);
  } else if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) {
      issues.push({ path, message: `must hold at most ${MAX_LIST_ITEMS} items` });
      return;
    }
    value.forEach((item, i) => walkValue(item, [...path, i], issues));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      walkValue(item, [...path, key], issues);
      // An object key is text too (a JSON scalar's keys are stored as they come).
      screenText(key, [...path, key], issues);
    }
  }
}
