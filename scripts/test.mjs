#!/usr/bin/env node
// `npm test`: the whole suite, as CI runs it. Installs what a clean machine lacks (npm
// dependencies, Debian's PostgreSQL and Chromium), then: types, lint, the committed SDL, typed
// documents, persisted-operations allow-list and migrations are current, and every vitest
// project (unit; integration on the embedded database AND on PostgreSQL; subscriptions over
// real WebSockets; end-to-end in Chromium).
import { ensureAdminBuild, ensureDependencies, run } from './setup.mjs';
import { ensureSystemPackages } from './system-packages.mjs';

const steps = [
  ['typecheck', ['run', '-s', 'typecheck']],
  ['lint', ['run', '-s', 'lint']],
  ['schema:check', ['run', '-s', 'schema:check']],
  ['codegen:check', ['run', '-s', 'codegen:check']],
  ['db:migrate:check', ['run', '-s', 'db:migrate:check']],
];

try {
  ensureDependencies();
  ensureSystemPackages();
  ensureAdminBuild();
  for (const [name, args] of steps) {
    console.error(`[test] ${name}`);
    run('npm', args);
  }
  console.error('[test] vitest');
  run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
} catch (error) {
  console.error(`[test] ${error.message}`);
  process.exit(1);
}
