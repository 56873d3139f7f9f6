import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ADMIN_DIST = path.resolve(here, '../admin/dist');

export interface AdminStaticOptions {
  /** The agency's time zone, handed to the console in index.html (HUB_TIME_ZONE). */
  timeZone: string;
}

/**
 * The react-admin production build, served by the hub itself at /admin (no separate front-end
 * server). Client-side routes fall back to index.html, which is never cached (it names the
 * current hashed files); hashed assets are cached for a year and sent as the brotli or gzip
 * file the build wrote beside them (admin/vite.config.ts) when the browser accepts it.
 */
export function adminStatic({ timeZone }: AdminStaticOptions): Router {
  const router = express.Router();
  if (!existsSync(path.join(ADMIN_DIST, 'index.html'))) {
    router.use((_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'The admin console is not built yet: run `npm run admin:build`.\n管理端尚未构建：请运行 `npm run admin:build`。\n',
        );
    });
    return router;
  }
  const assets = path.join(ADMIN_DIST, 'assets');
  router.use('/assets', precompressed(assets));
  router.use('/assets', express.static(assets, { immutable: true, maxAge: '365d', fallthrough: false }));
  const index = withTimeZone(readFileSync(path.join(ADMIN_DIST, 'index.html'), 'utf8'), timeZone);
  router.use(express.static(ADMIN_DIST, { index: false, maxAge: 0 }));
  router.use((_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(index);
  });
  return router;
}

/** The bundled GraphQL IDE page (admin/graphiql.html), or null when the build has none. */
export function graphiqlPage(timeZone: string): string | null {
  const file = path.join(ADMIN_DIST, 'graphiql.html');
  return existsSync(file) ? withTimeZone(readFileSync(file, 'utf8'), timeZone) : null;
}

function withTimeZone(html: string, timeZone: string): string {
  const escaped = timeZone.replace(/[^A-Za-z0-9_/+-]/g, '');
  return html.replace('<head>', `<head>\n    <meta name="hub-time-zone" content="${escaped}" />`);
}

const ENCODINGS = [
  { name: 'br', ext: '.br' },
  { name: 'gzip', ext: '.gz' },
] as const;

/** Sends `x.js.br` / `x.js.gz` for `x.js` when present and accepted, with the original's type. */
function precompressed(dir: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const relative = path.normalize(decodeURIComponent(req.path)).replace(/^(\.\.[/\\])+/, '');
    const file = path.join(dir, relative);
    if (!file.startsWith(dir + path.sep)) return next();
    const accepted = req.acceptsEncodings(ENCODINGS.map((e) => e.name));
    const encoding = ENCODINGS.find((e) => e.name === accepted);
    res.setHeader('Vary', 'Accept-Encoding');
    if (!encoding || !existsSync(file + encoding.ext)) return next();
    res.setHeader('Content-Encoding', encoding.name);
    res.type(path.extname(file));
    res.sendFile(file + encoding.ext, { immutable: true, maxAge: '365d' }, (error) => {
      if (error) next(error);
    });
  };
}
