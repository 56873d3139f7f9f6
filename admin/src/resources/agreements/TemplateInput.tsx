import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  SelectInput,
  required,
  useDataProvider,
  useGetList,
  useLocale,
  useTranslate,
  type Validator,
} from 'react-admin';
import { Alert } from '@mui/material';
import { choiceId, templateChoices, termsFromTemplate, type TemplateRow } from './template-choice.js';

export interface TemplateInputProps {
  /** Amendments may leave the template unchanged (an empty choice); drafts must name one. */
  optional?: boolean;
  /** Drafts take still-empty clauses and indicators from the chosen template; amendments do not. */
  fillTerms?: boolean;
}

/**
 * 协议模板: a choice among the insurer's published templates of the agreement's kind (the
 * form's `kind`, and `insurerId` for platform admins), never free text. Choosing one sets the
 * form's templateCode and templateVersion and fills still-empty clauses and indicators from
 * it. The choice itself lives in the form as `template` (`CODE@version`), which no API input
 * carries.
 */
export function TemplateInput({ optional = false, fillTerms = !optional }: TemplateInputProps) {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider();
  const { setValue, getValues, formState } = useFormContext();
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  const insurerId = useWatch({ name: 'insurerId' }) as string | undefined;
  const loaded = formState.defaultValues as { templateCode?: string; templateVersion?: string } | undefined;
  const { data, isPending } = useGetList<TemplateRow & { id: string }>(
    'agreementTemplates',
    {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'code', order: 'ASC' },
      filter: { kind, status: 'PUBLISHED', ...(insurerId ? { insurerId } : {}) },
    },
    { enabled: Boolean(kind) },
  );
  const choices = useMemo(
    () =>
      templateChoices(data ?? [], locale, translate, {
        code: loaded?.templateCode ?? '',
        version: loaded?.templateVersion ?? '',
      }),
    [data, locale, translate, loaded?.templateCode, loaded?.templateVersion],
  );
  const validate: Validator[] = optional ? [] : [required()];

  const onChange = async (event: { target: { value: string } }) => {
    const choice = choices.find((c) => c.id === event.target.value);
    setValue('templateCode', choice?.code ?? '', { shouldDirty: true });
    setValue('templateVersion', choice?.version ?? '', { shouldDirty: true });
    const row = data?.find((t) => choiceId(t.code, t.versionNo) === choice?.id);
    if (!row || !fillTerms) return;
    const clauses = (getValues('clauses') as unknown[] | undefined) ?? [];
    const indicators = (getValues('indicators') as unknown[] | undefined) ?? [];
    if (clauses.length > 0 && indicators.length > 0) return;
    const { data: template } = await dataProvider.getOne('agreementTemplates', { id: row.id });
    const terms = termsFromTemplate(template as Record<string, unknown>);
    if (clauses.length === 0) setValue('clauses', terms.clauses, { shouldDirty: true });
    if (indicators.length === 0) setValue('indicators', terms.indicators, { shouldDirty: true });
  };

  return (
    <>
      <SelectInput
        source="template"
        label="resources.agreements.fields.templateCode"
        choices={choices}
        validate={validate}
        onChange={onChange as never}
        isPending={isPending && Boolean(kind)}
        emptyText={optional ? 'hub.agreement.templateUnchanged' : undefined}
        helperText={optional ? false : 'hub.agreement.templateHelp'}
        fullWidth
      />
      {!isPending && choices.length === 0 && kind ? (
        <Alert severity="info" data-testid="no-templates" sx={{ mb: 2 }}>
          {translate('hub.agreement.noTemplates')}
        </Alert>
      ) : null}
    </>
  );
}
