import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, useLocale, useRecordContext, useTranslate } from 'react-admin';

type Item = {
  id: string;
  status: string;
  reasonZh: string | null;
  reasonEn: string | null;
  versionNo: number | null;
  agreement: { id: string; number: string; provider: { nameZh: string; nameEn: string } | null };
};

function ItemsTable({ items, testId }: { items: Item[]; testId: string }) {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('hub.campaign.agreement')}</TableCell>
          <TableCell>{translate('hub.campaign.provider')}</TableCell>
          <TableCell>{translate('resources.resigningCampaigns.fields.status')}</TableCell>
          <TableCell>{translate('hub.campaign.versionNo')}</TableCell>
          <TableCell>{translate('hub.campaign.reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {items.map((i) => (
          <TableRow key={i.id}>
            <TableCell>
              <Link to={`/agreements/${encodeURIComponent(i.agreement.id)}/show`}>{i.agreement.number}</Link>
            </TableCell>
            <TableCell>
              {i.agreement.provider
                ? locale === 'en'
                  ? i.agreement.provider.nameEn
                  : i.agreement.provider.nameZh
                : '—'}
            </TableCell>
            <TableCell>{translate(`enums.CampaignItemStatus.${i.status}`, { _: i.status })}</TableCell>
            <TableCell>{i.versionNo ?? '—'}</TableCell>
            <TableCell>{(locale === 'en' ? i.reasonEn : i.reasonZh) ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The campaign's agreements; the refused ones first, apart, with their reasons. */
export function CampaignItems() {
  // The data provider flattens connections to their nodes (providers/data/relay.ts).
  const record = useRecordContext<{ items: Item[]; itemsTotal?: number }>();
  const translate = useTranslate();
  if (!record?.items) return null;
  const items = record.items;
  const refused = items.filter((i) => i.status === 'REFUSED');
  return (
    <>
      {refused.length ? (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="refused-items">
          <Typography variant="subtitle2">
            {translate('hub.campaign.refusedItems')}（{refused.length}）
          </Typography>
          <ItemsTable items={refused} testId="refused-table" />
        </Alert>
      ) : null}
      <Typography variant="subtitle2">
        {translate('hub.campaign.items')}（{record.itemsTotal ?? items.length}）
      </Typography>
      <ItemsTable items={items} testId="campaign-items" />
    </>
  );
}
