import type { toPublicJson } from '../domain/disclosure/public-view.js';

type Item = ReturnType<typeof toPublicJson>;

const esc = (v: unknown) =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const KIND: Record<string, string> = {
  BLACKLISTED_PROVIDER: '黑名单机构 / Blacklisted provider',
  TYPICAL_CASE: '典型案例 / Typical case',
};

const yuan = (fen: string | null) =>
  fen === null
    ? ''
    : `${Number(BigInt(fen) / 100n).toLocaleString('zh-CN')}.${(BigInt(fen) % 100n).toString().padStart(2, '0')} 元`;

/** The plain public page: server-rendered, every value escaped, no script and no outside asset. */
export function renderPublicPage(items: Item[]): string {
  const rows = items
    .map(
      (i) =>
        `<tr><td>${esc(KIND[i.kind] ?? i.kind)}</td><td>${esc(i.providerNameZh)}<br><small>${esc(i.providerNameEn)}</small></td>` +
        `<td>${esc(i.violationsZh.join('；'))}<br><small>${esc(i.violationsEn.join('; '))}</small></td>` +
        `<td>${esc(i.measures.join(', '))}${i.creditGrade ? ` (${esc(i.creditGrade)} ${esc(i.year)})` : ''}</td>` +
        `<td>${esc(yuan(i.amountFen))}</td><td>${esc(i.decidedOn)}</td><td>${esc(i.insurerNameZh)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>医保基金监管信息公开 / Public disclosure</title>
<style>body{font-family:sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}th{background:#f3f3f3}small{color:#666}</style>
</head><body>
<h1>医保基金监管信息公开 <small>Public disclosure of medical-insurance fund supervision</small></h1>
<p>曝光典型案例与黑名单机构。数据亦可通过 <code>/public/api/disclosures</code> 获取。 / Typical cases and blacklisted providers; JSON at <code>/public/api/disclosures</code>.</p>
<table><thead><tr><th>类别 Kind</th><th>机构 Provider</th><th>违规行为 Violations</th><th>处理 Measures</th><th>金额 Amount</th><th>日期 Date</th><th>发布机构 Published by</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="7">暂无公开信息 / Nothing published</td></tr>'}
</tbody></table>
</body></html>`;
}
