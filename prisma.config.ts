import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// `prisma generate` insists that a native schema engine exists before it starts, though it
// never runs one, and Prisma's engine download host is unreachable here. Any existing file
// satisfies the check. Migrations do not use the CLI: `npm run db:migrate*` (scripts/db.ts)
// drives the WebAssembly build of the same engine. `prisma migrate`/`db push` cannot work.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm', import.meta.url),
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
