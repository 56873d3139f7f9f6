import { spawnSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const distIndex = path.join(root, 'admin/dist/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The browser suite needs Debian's Chromium (playwright's own download cannot reach its host
 * here) and the console's production build, which the hub serves at /admin exactly as in
 * production. The build is redone when any admin source is newer than it.
 */
export default function setup(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `e2e: Chromium not found at ${CHROMIUM}. Install it with \`apt-get install -y chromium fonts-noto-cjk\` ` +
        '(npm test does this), or set CHROMIUM_PATH.',
    );
  }
  const sources = Math.max(
    newestMtime(path.join(root, 'admin/src')),
    statSync(path.join(root, 'admin/index.html')).mtimeMs,
  );
  if (existsSync(distIndex) && statSync(distIndex).mtimeMs >= sources) return;
  // NODE_ENV is "test" inside vitest; inherited by Vite it selects React's development build
  // (jsx-dev-runtime, +70 kB brotli on the first load), which is not what the hub serves.
  const built = spawnSync('npm', ['run', '-s', 'admin:build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) throw new Error('e2e: the admin build failed (npm run admin:build)');
}
