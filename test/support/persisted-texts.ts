import { getOperationAST, parse } from 'graphql';
import manifest from '../../schema/persisted-operations.json' with { type: 'json' };

/**
 * The allow-listed text of a console operation, by its name, as a partner system or a test
 * sends it to a hub in `PERSISTED_OPERATIONS=allow-list` mode (the console itself prints the
 * same texts from its documents: admin/src/providers/persisted-documents.ts).
 */
const byName = new Map<string, string>();
for (const text of Object.values(manifest as Record<string, string>)) {
  const name = getOperationAST(parse(text))?.name?.value;
  if (name) byName.set(name, text);
}

export function persistedText(operationName: string): string | undefined {
  return byName.get(operationName);
}
