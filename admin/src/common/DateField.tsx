import { DateField as RaDateField, useFieldValue, useLocale, type DateFieldProps } from 'react-admin';
import { dateFieldOptions } from './format.js';

/**
 * react-admin's DateField in the console's language, not the browser's (2019/3/5 vs
 * 05/03/2019). Instants are shown on the agency's clock (HUB_TIME_ZONE), whatever the
 * browser's zone, with or without their time; calendar dates as stored (dateFieldOptions).
 */
export function DateField(props: DateFieldProps) {
  const locale = useLocale();
  const value = useFieldValue(props);
  return (
    <RaDateField
      locales={locale === 'en' ? 'en-GB' : 'zh-CN'}
      emptyText="—"
      options={dateFieldOptions(value, props.showTime ?? false)}
      {...props}
    />
  );
}
