import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useLocale, useTranslate } from 'react-admin';
import { COLORS } from './colors.js';
import { WrappedTick } from './WrappedTick.js';
import { formatChartYuan } from '../common/money.js';

/** Axis ticks in the reader's way of counting: 38万 / 380K. */
const compact = (locale: string) => {
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (v: unknown) => format.format(Number(v));
};

function useMoney() {
  const locale = useLocale();
  return {
    locale,
    money: (v: unknown) => formatChartYuan(v, locale),
  };
}

type MoneyRow = { penalised: number; recovered: number };

function MoneyBars() {
  const translate = useTranslate();
  return [
    <Bar
      isAnimationActive={false}
      key="p"
      dataKey="penalised"
      name={translate('hub.dashboard.penalised')}
      fill={COLORS[0]}
    />,
    <Bar
      isAnimationActive={false}
      key="r"
      dataKey="recovered"
      name={translate('hub.dashboard.recovered')}
      fill={COLORS[1]}
    />,
  ];
}

/** Penalised and recovered yuan per month; every month of the span has its slot. */
export function ByMonthChart({ rows }: { rows: (MoneyRow & { month: string })[] }) {
  const { locale, money } = useMoney();
  return (
    <ResponsiveContainer>
      <BarChart data={rows} margin={{ top: 8, right: 24, left: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" interval="preserveStartEnd" minTickGap={16} tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={compact(locale)} width={64} tick={{ fontSize: 12 }} />
        <Tooltip formatter={money} />
        <Legend />
        {MoneyBars()}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Penalised and recovered yuan per violation type; long names wrap on two lines. */
export function ByViolationChart({ rows }: { rows: (MoneyRow & { name: string })[] }) {
  const { locale, money } = useMoney();
  return (
    <ResponsiveContainer>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, left: 8, bottom: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" tickFormatter={compact(locale)} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="name" width={170} interval={0} tick={<WrappedTick />} />
        <Tooltip formatter={money} />
        <Legend />
        {MoneyBars()}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Agreements by status: percentages on the slices, names in the legend (nothing drawn outside the card). */
export function ByStatusChart({ rows }: { rows: { name: string; value: number }[] }) {
  return (
    <ResponsiveContainer>
      <PieChart>
        <Pie
          isAnimationActive={false}
          data={rows}
          dataKey="value"
          nameKey="name"
          outerRadius="75%"
          labelLine={false}
          label={({ percent }: { percent?: number }) =>
            (percent ?? 0) >= 0.04 ? `${Math.round((percent ?? 0) * 100)}%` : ''
          }
        >
          {rows.map((s, i) => (
            <Cell key={s.name} fill={COLORS[i % COLORS.length]} />
          ))}
        </Pie>
        <Tooltip />
        <Legend />
      </PieChart>
    </ResponsiveContainer>
  );
}
