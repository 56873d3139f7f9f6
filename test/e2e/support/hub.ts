import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../server/config.js';
import { createLogger } from '../../../server/logger.js';
import { startApp, type App } from '../../../server/app.js';

export interface E2eHub {
  app: App;
  url: string;
  stop(): Promise<void>;
}

/**
 * The real hub, as `npm start` runs it: embedded database in a temp data dir with the demo
 * seed, GraphQL over HTTP and WebSocket, and the admin production build at /admin. `env` adds
 * settings (e.g. `PERSISTED_OPERATIONS: 'allow-list'`).
 */
export async function startE2eHub(env: Record<string, string> = {}): Promise<E2eHub> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hub-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    ...env,
  });
  const app = await startApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'warn'));
  const url = `http://127.0.0.1:${app.port}`;
  return {
    app,
    url,
    async stop() {
      await app.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
