import { InputError } from '../errors.js';
import { isoDate, utcDay } from './dates.js';

/**
 * The day a suspension, termination or executed penalty takes effect. The status changes when
 * the command runs, so its effective day is today or an earlier day it is recorded late for —
 * never a later one (the hub schedules no transition: the record would say "suspended from next
 * month" of an agreement already refused today). Nor is it earlier than what it acts on began:
 * the agreement's term, or the penalty's issue. Before, any date passed: a termination backdated
 * before the term began ran its 3-year ban out at once, and a 3-month suspension dated a year
 * back was lifted by the next term-end job.
 */
export function checkEffectiveDay(
  path: string[],
  effectiveOn: Date,
  bounds: { today: Date; notBefore: Date; notBeforeWhat: { zh: string; en: string } },
): void {
  const day = isoDate(effectiveOn);
  if (utcDay(effectiveOn) > utcDay(bounds.today))
    throw new InputError([
      {
        path: ['input', ...path],
        message: `${day} is later than today (${isoDate(bounds.today)}): it takes effect when recorded, or on an earlier day`,
        messageZh: `${day} 晚于今天（${isoDate(bounds.today)}）：生效日期为登记当日或此前某日`,
      },
    ]);
  if (utcDay(effectiveOn) < utcDay(bounds.notBefore))
    throw new InputError([
      {
        path: ['input', ...path],
        message: `${day} is before ${bounds.notBeforeWhat.en} (${isoDate(bounds.notBefore)})`,
        messageZh: `${day} 早于${bounds.notBeforeWhat.zh}（${isoDate(bounds.notBefore)}）`,
      },
    ]);
}
