// Brings a fresh clone (or a stale install) to a runnable state, with Node built-ins only so it
// runs before anything is installed: dependencies (npm ci, which also generates the Prisma
// client through postinstall), and the admin console's production build.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => path.join(root, ...p);

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    const reason = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    throw new Error(`${command} ${args.join(' ')} failed (${reason})`);
  }
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

function installIsCurrent() {
  const installed = at('node_modules', '.package-lock.json');
  return existsSync(installed) && mtime(installed) >= mtime(at('package-lock.json'));
}

export function ensureDependencies() {
  if (!installIsCurrent()) {
    console.error('[setup] installing dependencies (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  }
  if (!existsSync(at('server', 'db', 'generated', 'prisma', 'client.ts')) || mtime(at('prisma', 'schema.prisma')) > mtime(at('server', 'db', 'generated', 'prisma', 'client.ts'))) {
    console.error('[setup] generating the Prisma client…');
    run('npm', ['run', '-s', 'prisma:generate']);
  }
}

export function ensureAdminBuild() {
  if (existsSync(at('admin', 'dist', 'index.html')) && !adminSourcesNewer()) return;
  if (!existsSync(at('admin', 'index.html'))) return;
  console.error('[setup] building the admin console…');
  run('npm', ['run', '-s', 'admin:build']);
}

function adminSourcesNewer() {
  const built = mtime(at('admin', 'dist', 'index.html'));
  return spawnSync('find', [at('admin', 'src'), '-newer', at('admin', 'dist', 'index.html'), '-print', '-quit'], { encoding: 'utf8' }).stdout.trim() !== '' && built > 0;
}
