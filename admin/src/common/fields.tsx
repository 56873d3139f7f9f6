import { Chip } from '@mui/material';
import {
  FunctionField,
  useLocale,
  useRecordContext,
  useTranslate,
  type FunctionFieldProps,
} from 'react-admin';
import get from 'lodash/get.js';
import { formatFen } from './money.js';

type Props = { source: string; label?: string; sortable?: boolean; sortBy?: string };

/** Integer fen shown as ¥ yuan. */
export function MoneyField({ source, ...rest }: Props) {
  const locale = useLocale();
  return (
    <FunctionField
      source={source}
      {...rest}
      render={(r: object) => formatFen(get(r, source) as number | null, locale)}
    />
  );
}

/** An enum value in the user's language (`enums.<Enum>.<VALUE>`). */
export function EnumField({ source, enumName, chip, ...rest }: Props & { enumName: string; chip?: boolean }) {
  const translate = useTranslate();
  return (
    <FunctionField
      source={source}
      {...rest}
      render={(r: object) => {
        const value = get(r, source) as string | string[] | null;
        if (value == null) return '—';
        const text = (Array.isArray(value) ? value : [value])
          .map((v) => translate(`enums.${enumName}.${v}`, { _: v }))
          .join('、');
        return chip ? <Chip size="small" label={text} /> : text;
      }}
    />
  );
}

/** A party's name in the user's language (`nameZh` / `nameEn`) of a nested object. */
export function NameField({ source, ...rest }: Props & Partial<FunctionFieldProps>) {
  const locale = useLocale();
  return (
    <FunctionField
      source={source}
      {...rest}
      render={(r: object) => {
        const party = get(r, source) as { nameZh?: string; nameEn?: string } | null;
        if (!party) return '—';
        return (locale === 'en' ? party.nameEn : party.nameZh) ?? party.nameZh ?? '—';
      }}
    />
  );
}

/** The record's own name in the user's language. */
export function useLocalName(): (r?: { nameZh?: string; nameEn?: string } | null) => string {
  const locale = useLocale();
  return (r) => (r ? ((locale === 'en' ? r.nameEn : r.nameZh) ?? r.nameZh ?? '') : '');
}

export function RecordName() {
  const record = useRecordContext<{ nameZh?: string; nameEn?: string; number?: string }>();
  const name = useLocalName();
  return <span>{record?.number ?? name(record)}</span>;
}

/** Choices of an enum for selects, labelled in the user's language by react-admin. */
export function enumChoices(enumName: string, values: readonly string[]) {
  return values.map((v) => ({ id: v, name: `enums.${enumName}.${v}` }));
}
