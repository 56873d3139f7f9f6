#!/usr/bin/env node
// A throwaway PostgreSQL (Debian's packages) for tests and CI: own data dir, own loopback
// port, durability off. Node built-ins only, so it runs before `npm install` is trusted.
//   node scripts/postgres.mjs start [--dir DIR] [--port N]   prints the app URL on stdout
//   node scripts/postgres.mjs stop DIR
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SUPERUSER = 'postgres';
const SUPERUSER_PASSWORD = 'postgres';
const DEFAULTS = { database: 'agreement_hub', user: 'agreement_hub', password: 'agreement_hub' };

function findBinDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions.length ? path.join(root, versions[0], 'bin') : null;
}

function ensureInstalled() {
  const found = findBinDir();
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error('PostgreSQL is not installed; run as root, or: apt-get install -y postgresql');
  }
  console.error('Installing PostgreSQL from Debian (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const stdio = ['ignore', 'inherit', 'inherit'];
  execFileSync('apt-get', ['update'], { env, stdio });
  // The package also creates and may start a default cluster on 5432; we never use it.
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { env, stdio });
  const bin = findBinDir();
  if (!bin) throw new Error('apt-get installed postgresql but no initdb was found under /usr/lib/postgresql');
  return bin;
}

/** PostgreSQL refuses to run as root: as root, run its tools as the `postgres` user. */
function asOwner(command, args, options = {}) {
  const root = process.getuid?.() === 0;
  const [file, argv] = root ? ['runuser', ['-u', SUPERUSER, '--', command, ...args]] : [command, args];
  const result = spawnSync(file, argv, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} failed (${result.status}): ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function ownerIds() {
  const uid = Number(execFileSync('id', ['-u', SUPERUSER], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', SUPERUSER], { encoding: 'utf8' }));
  return { uid, gid };
}

const sqlLiteral = (s) => `'${String(s).replace(/'/g, "''")}'`;
const sqlIdent = (s) => `"${String(s).replace(/"/g, '""')}"`;

/**
 * @param {{ dataDir?: string, port?: number, database?: string, user?: string, password?: string,
 *           stopOnExit?: boolean }} [options] stopOnExit (default true): a crashed test run
 *           must not leave a server behind.
 */
export async function startPostgres(options = {}) {
  const bin = ensureInstalled();
  const { database, user, password } = { ...DEFAULTS, ...options };
  // Absolute: the tools run with the data dir as their working directory.
  const dataDir = path.resolve(options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'pg-')));
  // Refuse before touching anything: the clean-up on failure below deletes the whole dir.
  if (existsSync(path.join(dataDir, 'data'))) throw new Error(`${dataDir} already holds a cluster`);
  mkdirSync(dataDir, { recursive: true });
  const port = options.port ?? (await freePort());
  // cwd: the caller's directory may be unreadable for `postgres` (e.g. under /root).
  const run = (tool, args) => asOwner(path.join(bin, tool), args, { cwd: dataDir });

  const onExit = () => removeCluster(dataDir);
  if (options.stopOnExit !== false) process.once('exit', onExit);
  const stop = () => {
    process.off('exit', onExit);
    removeCluster(dataDir);
  };
  try {
    if (process.getuid?.() === 0) {
      const { uid, gid } = ownerIds();
      chownSync(dataDir, uid, gid);
    }
    const pwfile = path.join(dataDir, '.pwfile');
    writeFileSync(pwfile, `${SUPERUSER_PASSWORD}\n`, { mode: 0o644 });
    const pgdata = path.join(dataDir, 'data');
    // prettier-ignore
    run('initdb', [
      '-D', pgdata, '-U', SUPERUSER, `--pwfile=${pwfile}`,
      '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C.UTF-8',
      '--no-sync', // a test cluster need not survive a power cut
    ]);
    rmSync(pwfile);
    // Tests only: durability off trades crash safety for speed.
    appendFileSync(
      path.join(pgdata, 'postgresql.conf'),
      [
        `port = ${port}`,
        `listen_addresses = '127.0.0.1'`,
        // The socket lives in the cluster's own dir: /var/run/postgresql may not exist.
        `unix_socket_directories = ${sqlLiteral(dataDir)}`,
        'fsync = off',
        'synchronous_commit = off',
        'full_page_writes = off',
        'max_connections = 200',
        'track_commit_timestamp = on',
        '',
      ].join('\n'),
    );
    run('pg_ctl', ['-D', pgdata, '-l', path.join(dataDir, 'server.log'), '-w', '-t', '30', 'start']);

    const server = ['-h', dataDir, '-p', String(port), '-U', SUPERUSER];
    const psql = (db, sql) => run('psql', [...server, '-d', db, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql]);
    psql('postgres', `CREATE ROLE ${sqlIdent(user)} LOGIN PASSWORD ${sqlLiteral(password)}`);
    // The row-secured roles the hub switches to per request (server/policy/rls-sql.ts): created
    // by the superuser, as a DBA would in production, since the app role has no CREATEROLE.
    const scopeRoles = ['all', 'insurer', 'partner', 'provider', 'none'].map((scope) => `hub_viewer_${scope}`);
    psql(
      'postgres',
      [
        `CREATE ROLE hub_viewer NOLOGIN; GRANT hub_viewer TO ${sqlIdent(user)};`,
        ...scopeRoles.map((r) => `CREATE ROLE ${r} NOLOGIN IN ROLE hub_viewer; GRANT ${r} TO ${sqlIdent(user)};`),
      ].join(' '),
    );
    psql('postgres', `CREATE DATABASE ${sqlIdent(database)} OWNER ${sqlIdent(user)}`);
  } catch (error) {
    // Leave nothing behind: not a half-made data dir, not a running server.
    stop();
    throw error;
  }
  const enc = encodeURIComponent;
  const pgdata = path.join(dataDir, 'data');
  return {
    url: `postgresql://${enc(user)}:${enc(password)}@127.0.0.1:${port}/${enc(database)}`,
    superuserUrl: `postgresql://${SUPERUSER}:${SUPERUSER_PASSWORD}@127.0.0.1:${port}/${enc(database)}`,
    dataDir,
    port,
    stop,
    // A restart as operators meet it: `fast` ends every session (clients see 57P01 or a
    // dropped socket), and the server comes back on the same port with the same data.
    halt: () => run('pg_ctl', ['-D', pgdata, '-m', 'fast', '-w', '-t', '30', 'stop']),
    resume: () => run('pg_ctl', ['-D', pgdata, '-l', path.join(dataDir, 'server.log'), '-w', '-t', '30', 'start']),
  };
}

/** Stops the cluster in `dataDir` (immediately: its data is thrown away) and deletes it. */
export function stopPostgres(dataDir) {
  const pgdata = path.join(dataDir, 'data');
  // It deletes the whole dir: make sure a mistyped path is not someone's project.
  if (existsSync(dataDir) && !existsSync(path.join(pgdata, 'PG_VERSION'))) {
    throw new Error(`${dataDir} does not hold a cluster made by scripts/postgres.mjs`);
  }
  removeCluster(dataDir);
}

function removeCluster(dataDir) {
  const bin = findBinDir();
  const pgdata = path.join(dataDir, 'data');
  if (bin && existsSync(path.join(pgdata, 'postmaster.pid'))) {
    try {
      asOwner(path.join(bin, 'pg_ctl'), ['-D', pgdata, '-m', 'immediate', '-w', 'stop'], { cwd: dataDir });
    } catch (error) {
      console.error(String(error));
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}

async function main(argv) {
  const [command, ...rest] = argv;
  const flag = (name) => {
    const i = rest.indexOf(`--${name}`);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  if (command === 'start') {
    const started = performance.now();
    const port = flag('port');
    const pg = await startPostgres({
      dataDir: flag('dir'),
      port: port ? Number(port) : undefined,
      stopOnExit: false,
    });
    console.log(pg.url);
    console.error(
      `PostgreSQL ready in ${Math.round(performance.now() - started)} ms\n` +
        `  superuser: ${pg.superuserUrl}\n  data dir:  ${pg.dataDir}\n` +
        `  stop with: node scripts/postgres.mjs stop ${pg.dataDir}`,
    );
  } else if (command === 'stop' && rest[0]) {
    stopPostgres(path.resolve(rest[0]));
  } else {
    console.error('usage: node scripts/postgres.mjs start [--dir DIR] [--port N] | stop DIR');
    process.exitCode = 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
