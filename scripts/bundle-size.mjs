#!/usr/bin/env node
// Prints what a browser downloads on the console's first load: the scripts index.html loads
// and preloads (admin/dist, after `npm run admin:build`), raw, gzip and brotli as the hub
// sends them, then the lazily loaded chunks. `--json` prints the figures as JSON.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../admin/dist');

export function initialScripts(html) {
  const refs = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/admin\/([^"]+\.js)"/g)];
  return [...new Set(refs.map((m) => m[1]))];
}

const size = (file) => (existsSync(file) ? statSync(file).size : statSync(file.replace(/\.(br|gz)$/, '')).size);

export function bundleFigures(dir = dist) {
  const initial = initialScripts(readFileSync(path.join(dir, 'index.html'), 'utf8'));
  const sum = (files, ext) => files.reduce((n, f) => n + size(path.join(dir, f) + ext), 0);
  const all = readdirSync(path.join(dir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return {
    initialFiles: initial.length,
    initialRaw: sum(initial, ''),
    initialGzip: sum(initial, '.gz'),
    initialBrotli: sum(initial, '.br'),
    allChunks: all.length,
    allRaw: sum(all, ''),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const f = bundleFigures();
  if (process.argv.includes('--json')) console.log(JSON.stringify(f));
  else {
    const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
    console.log(
      `initial JavaScript: ${f.initialFiles} files, ${kb(f.initialRaw)} raw, ${kb(f.initialGzip)} gzip, ${kb(f.initialBrotli)} brotli`,
    );
    console.log(`all chunks: ${f.allChunks} files, ${kb(f.allRaw)} raw (the rest load on demand)`);
  }
}
