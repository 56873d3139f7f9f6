import { getOperationAST, parse, type ASTNode } from 'graphql';
import manifest from '../../../schema/persisted-operations.json' with { type: 'json' };

/**
 * The console sends every operation as the exact text of its entry in the hub's allow-list
 * (schema/persisted-operations.json, written by `npm run codegen`), looked up by operation
 * name: Apollo Client's own printing (and the `__typename` it adds) would change the text and
 * its sha256, and a hub running `PERSISTED_OPERATIONS=allow-list` would refuse it. Documents
 * and allow-list come from the same codegen run, with `__typename` already in place, so what
 * Apollo's cache expects is what the hub answers.
 */
const byName = new Map<string, string>();
for (const text of Object.values(manifest as Record<string, string>)) {
  const name = getOperationAST(parse(text))?.name?.value;
  if (name) byName.set(name, text);
}

export function persistedText(operationName: string | null | undefined): string | undefined {
  return operationName ? byName.get(operationName) : undefined;
}

/** HttpLink's `print`: the allow-listed text for a known operation, Apollo's printing otherwise. */
export function printPersisted(ast: ASTNode, defaultPrint: (ast: ASTNode) => string): string {
  const name = ast.kind === 'Document' ? getOperationAST(ast)?.name?.value : undefined;
  return persistedText(name) ?? defaultPrint(ast);
}
