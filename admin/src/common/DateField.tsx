import { DateField as RaDateField, useLocale, type DateFieldProps } from 'react-admin';
import { agencyTimeZone } from './format.js';

/**
 * react-admin's DateField in the console's language, not the browser's (2019/3/5 vs
 * 05/03/2019). Instants (showTime) are shown on the agency's clock (HUB_TIME_ZONE), whatever
 * the browser's zone; calendar dates as stored.
 */
export function DateField(props: DateFieldProps) {
  const locale = useLocale();
  const options: Intl.DateTimeFormatOptions = props.showTime
    ? {
        timeZone: agencyTimeZone(),
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      }
    : { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' };
  return (
    <RaDateField locales={locale === 'en' ? 'en-GB' : 'zh-CN'} emptyText="—" options={options} {...props} />
  );
}
