import type { PrismaClient } from '../../server/db/generated/prisma/client.js';
import { generateApiKey } from '../../server/auth/api-key.js';

/** What the replica scenario's clients do: GraphQL over HTTP with a key, and fresh keys. */
export type GraphqlBody = {
  data?: Record<string, unknown> | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
};

export async function post(url: string, key: string, query: string, variables: Record<string, unknown> = {}) {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json().catch(() => ({}))) as GraphqlBody;
    return { status: response.status, body };
  } catch {
    return { status: 0, body: {} as GraphqlBody };
  }
}

export async function newKey(prisma: PrismaClient, name: string): Promise<{ key: string; keyId: string }> {
  const client = await prisma.apiClient.create({ data: { name, role: 'PLATFORM_ADMIN' } });
  const generated = generateApiKey();
  const row = await prisma.apiKey.create({
    data: { apiClientId: client.id, prefix: generated.prefix, keyHash: generated.keyHash },
  });
  return { key: generated.key, keyId: row.id };
}
