import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));
const hub = process.env.HUB_URL ?? 'http://localhost:4000';

/**
 * The console is served by the hub itself at /admin (server/admin-static.ts), so the build
 * uses that base and lands in admin/dist. In development Vite proxies /graphql (HTTP and
 * WebSocket) to a running hub so cookies stay same-origin.
 */
export default defineConfig({
  root: here,
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
  },
  server: {
    proxy: { '/graphql': { target: hub, ws: true, changeOrigin: false } },
  },
});
