// Brings a fresh clone (or a stale install) to a runnable state, with Node built-ins only so it
// runs before anything is installed: dependencies (npm ci, which also generates the Prisma
// client through postinstall), and the admin console's production build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
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

/**
 * Whether node_modules holds what package-lock.json asks for, read from npm's own record of
 * the install (node_modules/.package-lock.json), not from file times: a checkout rewrites
 * package-lock.json's mtime without changing it, and comparing times then ran `npm ci` over a
 * complete install (a minute, and the network) on every fresh clone or branch switch.
 */
function installIsCurrent() {
  const installed = at('node_modules', '.package-lock.json');
  if (!existsSync(installed)) return false;
  try {
    return installMatchesLock(JSON.parse(readFileSync(at('package-lock.json'), 'utf8')), JSON.parse(readFileSync(installed, 'utf8')));
  } catch {
    return false;
  }
}

/**
 * Every installed package is the locked one (version, source, integrity), nothing else is
 * installed, and what is not installed is optional (another platform's binaries).
 */
export function installMatchesLock(lock, installed) {
  const wanted = lock?.packages ?? {};
  const have = installed?.packages ?? {};
  const same = (a, b) => a.version === b.version && a.resolved === b.resolved && a.integrity === b.integrity;
  for (const [name, entry] of Object.entries(wanted)) {
    if (name === '') continue;
    const got = have[name];
    if (got ? !same(got, entry) : !entry.optional) return false;
  }
  return Object.keys(have).every((name) => name in wanted);
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
  console.error('[setup] building the admin console (about a minute)…');
  const started = Date.now();
  run('npm', ['run', '-s', 'admin:build'], { env: { ...process.env, HUB_QUIET_BUILD: '1' } });
  console.error(`[setup] admin console built in ${Math.round((Date.now() - started) / 1000)} s`);
}

function adminSourcesNewer() {
  const built = mtime(at('admin', 'dist', 'index.html'));
  return spawnSync('find', [at('admin', 'src'), '-newer', at('admin', 'dist', 'index.html'), '-print', '-quit'], { encoding: 'utf8' }).stdout.trim() !== '' && built > 0;
}
