import {
  GraphQLError,
  Kind,
  visit,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';

const CONDITIONAL = new Set(['skip', 'include']);

/**
 * The @skip and @include directives of a subscription's top-level selection, through its
 * fragment spreads and inline fragments (cyclic and unknown spreads are other rules' errors).
 */
function rootConditions(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): DirectiveNode[] {
  return selectionSet.selections.flatMap((selection) => {
    const own = (selection.directives ?? []).filter((d) => CONDITIONAL.has(d.name.value));
    if (selection.kind === Kind.INLINE_FRAGMENT) return [...own, ...rootConditions(selection.selectionSet, fragments, seen)];
    if (selection.kind !== Kind.FRAGMENT_SPREAD) return own;
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return own;
    return [...own, ...rootConditions(fragment.selectionSet, fragments, new Set([...seen, name]))];
  });
}

/** The root @skip/@include directives of each subscription of a document, by its name ('' when anonymous). */
function conditionsOf(document: DocumentNode): Map<string, DirectiveNode[]> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const byOperation = new Map<string, DirectiveNode[]>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'subscription') continue;
    const conditions = rootConditions(definition.selectionSet, fragments);
    if (conditions.length > 0) byOperation.set(definition.name?.value ?? '', conditions);
  }
  return byOperation;
}

/**
 * A subscription's top-level selection may not use `@skip` or `@include` (GraphQL
 * specification, September 2025, CollectSubscriptionFields; graphql-js 17's
 * SingleFieldSubscriptionsRule). graphql-js 16 does not check it: a root field skipped at run
 * time (`subscription { auditEvents @include(if: false) { … } }`, or `$on` false) left
 * createSourceEventStream without a field, and it threw a TypeError that closed the socket
 * with 4500 Internal server error. Refused here, a document error, before anything runs.
 */
export function subscriptionRootDirectives(): ValidationRule {
  return (context) => ({
    OperationDefinition(node) {
      if (node.operation !== 'subscription') return;
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      }
      if (rootConditions(node.selectionSet, fragments).length === 0) return;
      const name = node.name ? `Subscription "${node.name.value}"` : 'Anonymous Subscription';
      context.reportError(
        new GraphQLError(`${name} must not use \`@skip\` or \`@include\` directives in the top level selection.`, {
          nodes: [node],
          extensions: { messageZh: '查询未通过校验：订阅的顶层选择不能使用 @skip 或 @include 指令（订阅须恰好有一个根字段）' },
        }),
      );
    },
  });
}

const IF_TRUE = {
  kind: Kind.ARGUMENT,
  name: { kind: Kind.NAME, value: 'if' },
  value: { kind: Kind.BOOLEAN, value: true },
} as const;

/**
 * The document to validate. graphql-js 16's own SingleFieldSubscriptionsRule collects a
 * subscription's root fields with no variables, evaluating each @skip/@include there: one
 * whose `if` is a variable (`@skip(if: $off)`), missing, or not a Boolean threw out of
 * `validate` itself, a 500 INTERNAL_SERVER_ERROR over HTTP (even anonymously) and a 4500 close
 * on the socket. Such a document is refused anyway (subscriptionRootDirectives above), so it
 * is validated with those directives' arguments replaced by `if: true`, which that rule can
 * evaluate; the directives stay, with their locations, for the refusal to point at. The
 * variables those arguments named are remembered (withoutNeutralisedUsages). Any other document
 * is returned as is.
 */
export function validatableDocument(document: DocumentNode): DocumentNode {
  if (!document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'subscription')) return document;
  const byOperation = conditionsOf(document);
  if (byOperation.size === 0) return document;
  const targets = new Set([...byOperation.values()].flat());
  const validatable = visit(document, {
    Directive: (node) => (targets.has(node) ? { ...node, arguments: [IF_TRUE] } : undefined),
  });
  const usages = new Set<string>();
  for (const [operation, conditions] of byOperation) {
    for (const argument of conditions.flatMap((d) => d.arguments ?? [])) {
      if (argument.value.kind === Kind.VARIABLE) usages.add(usageKey(operation, argument.value.name.value));
    }
  }
  neutralised.set(validatable, usages);
  return validatable;
}

const neutralised = new WeakMap<DocumentNode, Set<string>>();
const usageKey = (operation: string, variable: string) => `${operation}\u0000${variable}`;
const NEVER_USED = /^Variable "\$(\w+)" is never used(?: in operation "(\w+)")?\.$/;

/**
 * The errors of validating `validatableDocument`'s result, without "Variable "$off" is never
 * used" for a variable whose only use was a root condition it neutralised: the client did use
 * it, and the refusal of the condition itself (subscriptionRootDirectives) says what to fix.
 * Filtered in place (Apollo hands its hook the array it then answers with).
 */
export function withoutNeutralisedUsages<E extends { message: string }>(document: DocumentNode, errors: E[]): E[] {
  const usages = neutralised.get(document);
  if (!usages) return errors;
  for (let i = errors.length - 1; i >= 0; i--) {
    const [, variable, operation] = NEVER_USED.exec(errors[i]!.message) ?? [];
    if (variable && usages.has(usageKey(operation ?? '', variable))) errors.splice(i, 1);
  }
  return errors;
}
