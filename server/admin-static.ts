import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';

const here = path.dirname(fileURLToPath(import.meta.url));
export const ADMIN_DIST = path.resolve(here, '../admin/dist');

export interface AdminStaticOptions {
  /** The agency's time zone, handed to the console in index.html (HUB_TIME_ZONE). */
  timeZone: string;
  /** The build's folder (tests point it elsewhere). */
  dist?: string;
}

/**
 * The react-admin production build, served by the hub itself at /admin (no separate front-end
 * server). Client-side routes fall back to index.html, which is never cached (it names the
 * current hashed files); hashed assets are cached for a year and sent as the brotli or gzip
 * file the build wrote beside them (admin/vite.config.ts) when the browser accepts it.
 */
export function adminStatic({ timeZone, dist = ADMIN_DIST }: AdminStaticOptions): Router {
  const router = express.Router();
  // Everything is looked up per request, not at start: `npm run admin:build` while the hub
  // runs replaces index.html and the hashed files, and a page cached at start would name
  // chunks the build just deleted (a blank console until a restart).
  const index = htmlPage(path.join(dist, 'index.html'), timeZone);
  const assets = path.join(dist, 'assets');
  router.use((_req, res, next) => {
    if (index()) return next();
    res
      .status(503)
      .setHeader('Cache-Control', 'no-store')
      .type('text/plain; charset=utf-8')
      .send(
        'The admin console is not built yet: run `npm run admin:build`.\n管理端尚未构建：请运行 `npm run admin:build`。\n',
      );
  });
  router.use('/assets', precompressed(assets));
  router.use('/assets', express.static(assets, { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(dist, { index: false, maxAge: 0 }));
  router.use((_req, res, next) => {
    const page = index();
    if (!page) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page);
  });
  return router;
}

/**
 * An HTML file of the build with the time-zone tag, re-read when the file changes (its
 * modification time or size), null while it is absent.
 */
export function htmlPage(file: string, timeZone: string): () => string | null {
  let cached: { key: string; html: string } | null = null;
  return () => {
    let key: string;
    try {
      const stat = statSync(file);
      key = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      cached = null;
      return null;
    }
    if (cached?.key !== key) {
      try {
        cached = { key, html: withTimeZone(readFileSync(file, 'utf8'), timeZone) };
      } catch {
        return null;
      }
    }
    return cached.html;
  };
}

/** The bundled GraphQL IDE page (admin/graphiql.html), or null while the build has none. */
export function graphiqlPage(timeZone: string, dist = ADMIN_DIST): () => string | null {
  return htmlPage(path.join(dist, 'graphiql.html'), timeZone);
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
