import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatFen } from '../../common/money.js';

type Fee = { baseFeeFen: number; factorBasisPoints: number; feeFen: number } | null;
type Assessment = { id: string; year: number; score: string; serviceFee: Fee };
type PartnerRecord = {
  // Nested connections arrive as arrays (flattenConnections in providers/data/relay.ts).
  partner?: { agreements: { id: string; number: string; assessments: Assessment[] }[] } | null;
};

/**
 * A partner's service fee per assessment (base fee × the factor of the score's band), as the
 * API fixed it when the result was published; "—" for a result published without a formula.
 */
export function PartnerFees(_props: { label: false }) {
  const record = useRecordContext<PartnerRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const agreements = record?.partner?.agreements ?? [];
  if (!record?.partner) return null;
  const rows = agreements.flatMap((a) => a.assessments.map((s) => ({ agreement: a.number, ...s })));
  return (
    <>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('resources.creditEvaluations.fee.title')}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate('resources.creditEvaluations.fee.none')}</Typography>
      ) : (
        <Table size="small" data-testid="partner-fees">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.creditEvaluations.fee.agreement')}</TableCell>
              <TableCell>{translate('resources.creditEvaluations.fee.year')}</TableCell>
              <TableCell>{translate('resources.creditEvaluations.fee.score')}</TableCell>
              <TableCell>{translate('resources.creditEvaluations.fee.base')}</TableCell>
              <TableCell>{translate('resources.creditEvaluations.fee.factor')}</TableCell>
              <TableCell>{translate('resources.creditEvaluations.fee.fee')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id}>
                <TableCell>{r.agreement}</TableCell>
                <TableCell>{r.year}</TableCell>
                <TableCell>{r.score}</TableCell>
                <TableCell>{r.serviceFee ? formatFen(r.serviceFee.baseFeeFen, locale) : '—'}</TableCell>
                <TableCell>
                  {r.serviceFee ? `${(r.serviceFee.factorBasisPoints / 100).toFixed(2)}%` : '—'}
                </TableCell>
                <TableCell>{r.serviceFee ? formatFen(r.serviceFee.feeFen, locale) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
