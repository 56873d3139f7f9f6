import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
import { statSync } from 'node:fs';
const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort((a, b) => statSync(`${dir}/${b}`).size - statSync(`${dir}/${a}`).size)[0];
const prof = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const self = new Map(); const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
let total = 0;
const byFile = new Map();
for (const [id, t] of dt) { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || '(anon)'} ${cf.url.replace(/.*node_modules\//, '').replace('file:///work/main/', '')}:${cf.lineNumber}`; self.set(key, (self.get(key) ?? 0) + t); total += t;
  const pkg = cf.url.includes('node_modules/') ? cf.url.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : (cf.url ? cf.url.replace('file:///work/main/', '').split('/').slice(0,2).join('/') : cf.functionName);
  byFile.set(pkg, (byFile.get(pkg) ?? 0) + t); }
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, t] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((100 * t / total).toFixed(1).padStart(5), '%', k);
console.log('---');
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((100 * t / total).toFixed(1).padStart(5), '%', k);
