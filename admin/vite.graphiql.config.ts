import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './vite.config.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The bundled GraphQL IDE (graphiql.html → admin/dist/graphiql.html, served by the hub at
 * /graphiql). Built after the console into the same directory without emptying it; a separate
 * build so that GraphiQL's editor and the full graphql-js never land in chunks the console
 * loads first.
 */
export default defineConfig({
  root: here,
  base: '/admin/',
  // `npm start`'s setup builds quietly (HUB_QUIET_BUILD, scripts/setup.mjs): the list of 200
  // chunks buried the one line a newcomer looks for.
  logLevel: process.env.HUB_QUIET_BUILD ? 'warn' : 'info',
  plugins: [react(), precompress()],
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: false,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
    rollupOptions: {
      input: { graphiql: path.join(here, 'graphiql.html') },
      // GraphiQL's react-compiler-runtime opens with "use no memo", a directive for the React
      // Compiler that a bundle cannot keep and this build does not use: the warning was the one
      // framed block a newcomer's `npm start` printed, and it is not theirs to act on.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /react-compiler-runtime/.test(warning.id ?? warning.message)) return;
        warn(warning);
      },
    },
  },
});
