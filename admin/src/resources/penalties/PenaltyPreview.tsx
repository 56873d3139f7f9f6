import { useEffect, useState } from 'react';
import { Alert, CircularProgress } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useDataProvider, useLocale, useTranslate } from 'react-admin';
import type { HubDataProvider } from '../../providers/data/data-provider.js';
import type { AdminPenaltyPreviewQuery } from '../../gql/graphql.js';
import { formatFen } from '../../common/money.js';
import { PenaltyPreviewQuery } from './mutations.js';

type Preview = AdminPenaltyPreviewQuery['penaltyPreview'];

/**
 * The amount the hub will compute for the values in the form (penaltyPreview: the same pure
 * calculation as proposePenalty), shown before the user confirms.
 */
export function PenaltyPreview({ findingId }: { findingId: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  // Chinese text takes full-width punctuation (系统计算金额：¥1,000.00（…）).
  const en = locale === 'en';
  const dataProvider = useDataProvider<HubDataProvider>();
  const [measure, multiple, durationMonths, rectificationDueOn, person, doctor] = useWatch({
    name: ['measure', 'multiple', 'durationMonths', 'rectificationDueOn', 'insuredPersonId', 'physicianId'],
  });
  // The person or physician picked for a measure on one (the proposal sends them only then).
  const insuredPersonId = measure === 'INSURED_SETTLEMENT_SUSPENSION' ? person || null : null;
  const physicianId = measure === 'PHYSICIAN_BILLING_SUSPENSION' ? doctor || null : null;
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!measure) return;
    let cancelled = false;
    setBusy(true);
    const timer = setTimeout(() => {
      dataProvider
        .read<AdminPenaltyPreviewQuery>(PenaltyPreviewQuery, {
          input: {
            findingId,
            measure,
            multiple: multiple ? String(multiple) : null,
            durationMonths: durationMonths === '' || durationMonths == null ? null : Number(durationMonths),
            rectificationDueOn: rectificationDueOn || null,
            insuredPersonId,
            physicianId,
          },
        })
        .then((d) => !cancelled && setPreview(d.penaltyPreview))
        .catch(() => !cancelled && setPreview(null))
        .finally(() => !cancelled && setBusy(false));
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [dataProvider, findingId, measure, multiple, durationMonths, rectificationDueOn, insuredPersonId, physicianId]);

  if (busy && !preview)
    return (
      <Alert severity="info" icon={<CircularProgress size={16} />}>
        {translate('hub.actions.previewLoading')}
      </Alert>
    );
  if (!preview) return null;
  if (!preview.ok) {
    return (
      <Alert severity="warning" data-testid="penalty-preview">
        {/* The hub's words in the screen's language (the input's name and English showed on a Chinese form). */}
        {preview.issues.map((i) => (locale === 'en' ? i.message : i.messageZh)).join(locale === 'en' ? '; ' : '；')}
      </Alert>
    );
  }
  const parts = [
    `${translate('hub.penalty.base')} ${formatFen(preview.violatingAmountFen, locale)}`,
    preview.multiple ? `× ${preview.multiple}` : null,
    preview.durationMonths ? `${preview.durationMonths} ${translate('hub.penalty.months')}` : null,
  ].filter(Boolean);
  return (
    <Alert severity="info" data-testid="penalty-preview" sx={{ mt: 1 }}>
      {translate('hub.actions.amountPreview')}
      {en ? ': ' : '：'}
      <strong>{preview.amountFen === null ? '—' : formatFen(preview.amountFen, locale)}</strong>
      {en ? ` (${parts.join(' ')})` : `（${parts.join(' ')}）`}
    </Alert>
  );
}
