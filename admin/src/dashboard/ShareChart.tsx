import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocale } from 'react-admin';
import type { AdminDashboardQuery } from '../gql/graphql.js';
import { pivotShares } from './pivot.js';
import { COLORS } from './colors.js';

type Share = AdminDashboardQuery['dashboard']['violatingShare'][number];

/**
 * 违规占比 per insurer over settlement months, as the monthly monitoring report computes it.
 * Straight segments between counted months only: a month without figures breaks the line.
 */
export function ShareChart({ shares }: { shares: readonly Share[] }) {
  const locale = useLocale();
  const { rows, insurers } = pivotShares(shares);
  const names = new Map(shares.map((s) => [s.insurerId, locale === 'en' ? s.nameEn : s.nameZh]));
  const percent = (v: unknown) =>
    v === null || v === undefined ? '—' : `${Number(v).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN')}%`;
  return (
    <ResponsiveContainer>
      <LineChart data={rows} margin={{ top: 8, right: 24, left: 0, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" interval="preserveStartEnd" minTickGap={16} tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={(v) => `${v}%`} domain={[0, 'auto']} width={56} tick={{ fontSize: 12 }} />
        <Tooltip formatter={percent} />
        <Legend />
        {insurers.map((id, i) => (
          <Line
            isAnimationActive={false}
            key={id}
            type="linear"
            dataKey={id}
            name={names.get(id) ?? id}
            connectNulls={false}
            dot={{ r: 3 }}
            stroke={COLORS[i % COLORS.length]}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
