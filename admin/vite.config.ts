import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { graphqlDocuments } from '../scripts/vite-graphql-documents.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const hub = process.env.HUB_URL ?? 'http://localhost:4000';
const outDir = path.join(here, 'dist');

/**
 * Writes `x.js.br` and `x.js.gz` beside every compressible asset once the bundle is written:
 * the hub sends them as they are (server/admin-static.ts), so no request pays for compression
 * and brotli can use its highest level.
 */
export function precompress(): Plugin {
  return {
    name: 'hub-precompress',
    apply: 'build',
    closeBundle() {
      const assets = path.join(outDir, 'assets');
      for (const name of readdirSync(assets)) {
        if (!/\.(js|css|svg|json|html|txt|woff)$/.test(name)) continue;
        const file = path.join(assets, name);
        const body = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
      }
    },
  };
}

/**
 * The console is served by the hub itself at /admin (server/admin-static.ts), so the build
 * uses that base and lands in admin/dist. Each resource's screens are a chunk loaded when first
 * opened (common/lazy-screen.ts), with its own GraphQL documents (scripts/vite-graphql-documents.ts).
 * The GraphQL IDE is a build of its own (vite.graphiql.config.ts) into the same directory, so
 * the console's first load shares no chunk with it. In development Vite proxies /graphql (HTTP
 * and WebSocket) to a running hub so cookies stay same-origin.
 */
export default defineConfig({
  root: here,
  base: '/admin/',
  // `npm start`'s setup builds quietly (HUB_QUIET_BUILD, scripts/setup.mjs): the list of 200
  // chunks buried the one line a newcomer looks for.
  logLevel: process.env.HUB_QUIET_BUILD ? 'warn' : 'info',
  plugins: [graphqlDocuments(path.join(here, 'src')), react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
  server: {
    proxy: { '/graphql': { target: hub, ws: true, changeOrigin: false } },
  },
});
