import { PGlite } from '@electric-sql/pglite';
let t = performance.now();
const lap = (l: string) => { const n = performance.now(); console.log(l, Math.round(n - t)); t = n; };
const a = await PGlite.create(); lap('create');
const dump = await a.dumpDataDir('none'); lap('dump ' + dump.size);
const b = await PGlite.create({ loadDataDir: dump }); lap('load');
const c = await PGlite.create({ loadDataDir: dump }); lap('load2');
const d = await PGlite.create(); lap('create2');
