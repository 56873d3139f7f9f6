import { Kind, getOperationAST, print, type ASTNode } from 'graphql';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';

/**
 * The console sends every operation as the exact text of its entry in the hub's allow-list
 * (schema/persisted-operations.json, written by `npm run codegen`): Apollo Client's own printing
 * would change the text and its sha256, and a hub running `PERSISTED_OPERATIONS=allow-list`
 * would refuse it. The texts are printed here the way scripts/persisted-operations.ts printed
 * them, rather than bundled: the allow-list's 165 texts cost ~12 kB of the first load's
 * compressed JavaScript, beside the documents they are printed from.
 * - A codegen document: GraphQL Code Generator's normalised print (sorted selections, one line),
 *   which is what its persisted-documents.json holds.
 * - A cursor walk (walk-document.ts, named `<list>Cursors`): graphql-js's `print`.
 * Documents and allow-list come from the same codegen run, with `__typename` already in place,
 * so Apollo adds nothing and what its cache expects is what the hub answers;
 * persisted-documents.test.ts checks every operation's text against the allow-list.
 */
export function persistedText(ast: ASTNode): string | undefined {
  if (ast.kind !== Kind.DOCUMENT) return undefined;
  const name = getOperationAST(ast)?.name?.value;
  if (!name) return undefined;
  return name.endsWith('Cursors') ? print(ast) : printExecutableGraphQLDocument(ast);
}

/** HttpLink's `print`: the allow-listed text for a named operation, Apollo's printing otherwise. */
export function printPersisted(ast: ASTNode, defaultPrint: (ast: ASTNode) => string): string {
  return persistedText(ast) ?? defaultPrint(ast);
}
