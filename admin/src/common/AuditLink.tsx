import { Button } from '@mui/material';
import { Link, useRecordContext, useTranslate } from 'react-admin';
import { auditSubject } from './global-id.js';

/** Opens the audit log filtered to this record's events (`subject` = `<Type>/<id>`). */
export function AuditLink() {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const subject = record ? auditSubject(String(record.id)) : null;
  if (!subject) return null;
  const filter = encodeURIComponent(JSON.stringify({ subject }));
  return (
    <Button component={Link} to={`/auditEvents?filter=${filter}`} size="small" data-testid="audit-link">
      {translate('hub.audit.viewEvents')}
    </Button>
  );
}
