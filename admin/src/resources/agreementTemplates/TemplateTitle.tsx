import { useLocale, useRecordContext } from 'react-admin';

type Template = { code: string; versionNo: number; titleZh: string; titleEn: string };

/** "MAS-HOSPITAL v2 医疗机构服务协议" in the page title. */
export function TemplateTitle() {
  const record = useRecordContext<Template>();
  const locale = useLocale();
  if (!record) return null;
  return (
    <span>
      {record.code} v{record.versionNo} {locale === 'en' ? record.titleEn : record.titleZh}
    </span>
  );
}
