import { readFileSync, readdirSync, statSync } from 'node:fs';
const [dir, target] = process.argv.slice(2);
const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort((a, b) => statSync(`${dir}/${b}`).size - statSync(`${dir}/${a}`).size)[0];
const prof = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n])); const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const dt = new Map();
for (let i = 0; i < prof.samples.length; i++) dt.set(prof.samples[i], (dt.get(prof.samples[i]) ?? 0) + (prof.timeDeltas[i] ?? 0));
const chains = new Map();
for (const [id, t] of dt) { const n = byId.get(id); if (n.callFrame.functionName !== target) continue;
  const chain = []; let p = parent.get(id); while (p && chain.length < 8) { const cf = byId.get(p).callFrame; chain.push(`${cf.functionName||'anon'}@${cf.url.replace(/.*node_modules\//,'').replace('file:///work/main/','')}:${cf.lineNumber}`); p = parent.get(p); }
  const k = chain.join(' < '); chains.set(k, (chains.get(k) ?? 0) + t); }
for (const [k, t] of [...chains].sort((a,b)=>b[1]-a[1]).slice(0,8)) console.log((t/1000).toFixed(0),'ms', k, '\n');
