// Debian packages the test suite needs (a real PostgreSQL, a real browser with CJK fonts, a
// real load balancer).
// CI runs on a clean machine: the project installs them itself, once, in one apt run.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const hasPostgres = () =>
  existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));

const NEEDED = [
  { pkg: 'postgresql', present: hasPostgres },
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { pkg: 'fonts-noto-cjk', present: () => existsSync('/usr/share/fonts/opentype/noto') },
  // The replica test (test/entry/cluster.test.ts) and `npm run cluster` put HAProxy in front.
  { pkg: 'haproxy', present: () => existsSync('/usr/sbin/haproxy') },
];

export function ensureSystemPackages() {
  const missing = NEEDED.filter((n) => !n.present()).map((n) => n.pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} (install them: sudo apt-get install -y ${missing.join(' ')})`);
  }
  console.error(`[setup] installing ${missing.join(', ')} (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const stdio = ['ignore', 'inherit', 'inherit'];
  execFileSync('apt-get', ['update', '-qq'], { env, stdio });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env, stdio });
}
