import { agencyTimeZone, localDay } from '../common/format.js';
import { fenToYuanNumber, type ExportTable } from '../common/export/table.js';
import type { AdminMonitoringReportQuery } from '../gql/graphql.js';

export type Report = AdminMonitoringReportQuery['monitoringReport'];
type Translate = (key: string, options?: Record<string, unknown>) => string;
type Named = { nameZh: string; nameEn: string };

/** The month before the agency's current one (`YYYY-MM`): the last month whose figures are complete. */
export function previousMonth(at: Date = new Date(), timeZone = agencyTimeZone()): string {
  const [y, m] = localDay(at, timeZone).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 7);
}

/** A share 0..1 as the report prints it: 0.21 %, two decimals. */
export function formatShare(share: number, locale: string): string {
  const format = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return format.format(share);
}

/** The summary lines: label key, person-times (or claims), amount in fen. */
export function summaryLines(r: Report): { key: string; count: number; amountFen: number | string }[] {
  return [
    { key: 'reminders', count: r.reminders.count, amountFen: r.reminders.amountFen },
    { key: 'interceptions', count: r.interceptions.count, amountFen: r.interceptions.amountFen },
    { key: 'interceptedFund', count: r.interceptions.count, amountFen: r.interceptions.fundFen ?? 0 },
    { key: 'flagged', count: r.flagged.count, amountFen: r.flagged.amountFen },
    { key: 'refusals', count: r.refusals.count, amountFen: r.refusals.amountFen },
    { key: 'settled', count: r.settledClaims, amountFen: r.settledFundFen },
  ];
}

/**
 * The report as one sheet for Excel: a section column, then the item, person-times and yuan;
 * the shares as text lines. Headers and labels in the clerk's language, no ids.
 */
export function reportTable(r: Report, translate: Translate, locale: string): ExportTable {
  const t = (key: string) => translate(`monitoringReport.${key}`);
  const name = (n: Named) => (locale === 'en' ? n.nameEn : n.nameZh);
  const rows: ExportTable['rows'] = [
    ...summaryLines(r).map((l) => [t('summary'), t(l.key), l.count, fenToYuanNumber(l.amountFen)]),
    [t('summary'), `${t('violatingShare')} ${formatShare(r.violatingShare, locale)}`, null, null],
    [t('summary'), `${t('confirmedShare')} ${formatShare(r.confirmedShare, locale)}`, null, null],
    ...r.byRule.map((x) => [t('byRule'), `${x.ruleCode} ${name(x)}`, x.hits, fenToYuanNumber(x.amountFen)]),
    ...r.byProvider.map((x) => [t('byProvider'), name(x), x.hits, fenToYuanNumber(x.amountFen)]),
  ];
  return {
    headers: [t('section'), t('item'), t('count'), t('amount')],
    kinds: ['text', 'text', 'count', 'money'],
    rows,
  };
}
