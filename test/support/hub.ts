import { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type FormattedExecutionResult } from 'graphql';
import { buildSchema } from '../../schema/index.js';
import { createApollo } from '../../server/graphql/apollo.js';
import { loadConfig } from '../../server/config.js';
import { createContext, type Context } from '../../server/context.js';
import { createLogger } from '../../server/logger.js';
import { setDatabase } from '../../server/db/database.js';
import type { Viewer } from '../../server/auth/viewer.js';
import type { PrismaClientOptions } from '../../server/db/prisma-client.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

export interface TestHub {
  db: TestDatabase;
  prisma: TestDatabase['prisma'];
  /** Runs one operation in-process through Apollo (same formatter, limits and plugins as HTTP). */
  exec<TData = Record<string, unknown>, TVars extends Record<string, unknown> = Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars> | DocumentNode | string,
    variables: TVars | undefined,
    viewer: Viewer,
  ): Promise<FormattedExecutionResult<TData>>;
  close(): Promise<void>;
}

const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');

/** A hub over a fresh test database for one test file, without HTTP. */
export async function createTestHub(options: PrismaClientOptions = {}): Promise<TestHub> {
  const db = await openTestDatabase(options);
  setDatabase(db.prisma);
  const apollo: ApolloServer<Context> = createApollo({ schema: buildSchema(), config: loadConfig({ NODE_ENV: 'test' }) });
  await apollo.start();
  let n = 0;
  return {
    db,
    prisma: db.prisma,
    async exec(document, variables, viewer) {
      const query = typeof document === 'string' ? document : print(document);
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext({ viewer, requestId: `test-${++n}`, logger }) },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by the hub');
      return response.body.singleResult as FormattedExecutionResult<never>;
    },
    async close() {
      await apollo.stop();
      setDatabase(null);
      await db.close();
    },
  };
}
