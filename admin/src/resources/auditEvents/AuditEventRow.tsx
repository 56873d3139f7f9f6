import { Box, Chip, Link as MuiLink, TableCell, TableRow, Typography } from '@mui/material';
import { Link, useLocale, useTranslate } from 'react-admin';
import { encodeGlobalId } from '../../common/global-id.js';
import { formatDateTime } from '../../common/format.js';
import type { AuditEventRowFragment } from '../../gql/graphql.js';
import { auditSentence } from './sentence.js';

const RESOURCE_OF: Record<string, string> = {
  Agreement: 'agreements',
  Penalty: 'penalties',
  Finding: 'findings',
  Provider: 'providers',
  Partner: 'partners',
  Physician: 'physicians',
  Insurer: 'insurers',
};

export interface AuditFilterPick {
  subject?: { value: string; label: string };
  actor?: { value: string; label: string };
}

/**
 * One audit event as a sentence: who (by name), what (the event in words), which record (by
 * number or name, linked), then its labelled details. Clicking the actor or the record's
 * filter chip narrows the log to them.
 */
export function AuditEventRow({
  event,
  onPick,
}: {
  event: AuditEventRowFragment;
  onPick: (pick: AuditFilterPick) => void;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const s = auditSentence(event, translate, locale);
  const resource = RESOURCE_OF[event.entityType];
  const recordLabel = s.name ? `${s.entity} ${s.name}` : s.entity;
  return (
    <TableRow data-type={event.type} data-testid="audit-row">
      <TableCell sx={{ verticalAlign: 'top' }}>{event.seq}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
        {formatDateTime(event.time, locale)}
      </TableCell>
      <TableCell data-testid="audit-sentence">
        <Typography variant="body2" component="div">
          <MuiLink
            component="button"
            underline="hover"
            onClick={() => onPick({ actor: { value: event.actorId, label: s.actor } })}
            data-testid="audit-actor"
          >
            {s.actor}
          </MuiLink>
          {locale === 'en' ? ': ' : '：'}
          <strong>{s.action}</strong>
          {locale === 'en' ? ' (' : '（'}
          {resource && s.name ? (
            <Link
              to={`/${resource}/${encodeURIComponent(encodeGlobalId(event.entityType, event.entityId))}/show`}
            >
              {recordLabel}
            </Link>
          ) : (
            recordLabel
          )}
          {locale === 'en' ? ')' : '）'}
          <Chip
            size="small"
            variant="outlined"
            sx={{ ml: 1 }}
            label={translate('console.audit.onlyThisRecord')}
            onClick={() => onPick({ subject: { value: event.subject, label: recordLabel } })}
          />
        </Typography>
        {s.details.length > 0 ? (
          <Box
            component="dl"
            sx={{ m: 0, mt: 0.5, display: 'flex', flexWrap: 'wrap', columnGap: 2, fontSize: 13 }}
          >
            {s.details.map((d) => (
              <Box key={d.label} sx={{ display: 'flex', gap: 0.5 }}>
                <Box component="dt" sx={{ color: 'text.secondary' }}>
                  {d.label}
                  {locale === 'en' ? ':' : '：'}
                </Box>
                <Box component="dd" sx={{ m: 0 }}>
                  {d.value}
                </Box>
              </Box>
            ))}
          </Box>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
