import { DateField as RaDateField, useLocale, type DateFieldProps } from 'react-admin';

/** react-admin's DateField in the console's language, not the browser's (2019/3/5 vs 05/03/2019). */
export function DateField(props: DateFieldProps) {
  const locale = useLocale();
  return <RaDateField locales={locale === 'en' ? 'en-GB' : 'zh-CN'} emptyText="—" {...props} />;
}
