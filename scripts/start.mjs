#!/usr/bin/env node
// `npm start`: the one command that sets up and runs the hub. On a fresh clone it installs
// dependencies, builds the admin console, then runs the server, which creates, migrates and
// seeds the embedded database under .data/ (or uses DATABASE_URL).
// `npm run cluster` comes through here too (`start.mjs scripts/cluster.ts …`): on a fresh clone
// it stopped at "tsx: not found", and its replicas serve the same console build.
import { spawn } from 'node:child_process';
import { ensureAdminBuild, ensureDependencies, root } from './setup.mjs';
import { HUB_NODE_FLAGS } from './node-flags.mjs';

try {
  ensureDependencies();
  ensureAdminBuild();
} catch (error) {
  console.error(`agreement-hub: setup failed: ${error.message}`);
  process.exit(1);
}

// The script to run and its arguments (`npm run cluster -- --port 8080`); `npm start` ignores
// anything else it is given, as it always did.
const [entry, ...args] = process.argv[2]?.endsWith('.ts') ? process.argv.slice(2) : ['server/main.ts'];
// A larger young generation (node-flags.mjs).
const child = spawn(process.execPath, [...HUB_NODE_FLAGS, '--import', 'tsx', entry, ...args], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
