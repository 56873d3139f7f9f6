import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ADMIN_DIST = path.resolve(here, '../admin/dist');

/**
 * The react-admin production build, served by the hub itself at /admin (no separate front-end
 * server). Client-side routes fall back to index.html. Hashed assets are cached for a year.
 */
export function adminStatic(): Router {
  const router = express.Router();
  if (!existsSync(path.join(ADMIN_DIST, 'index.html'))) {
    router.use((_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The admin console is not built yet: run `npm run admin:build`.\n管理端尚未构建：请运行 `npm run admin:build`。\n');
    });
    return router;
  }
  router.use(
    '/assets',
    express.static(path.join(ADMIN_DIST, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(express.static(ADMIN_DIST, { index: false, maxAge: 0 }));
  router.use((_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(ADMIN_DIST, 'index.html'));
  });
  return router;
}
