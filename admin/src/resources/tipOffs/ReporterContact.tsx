import { Labeled, TextField, usePermissions } from 'react-admin';
import { canDo } from '../../providers/auth-provider.js';

/**
 * The whistle-blower's contact, shown only to the roles the API answers it for
 * (readReporterIdentity: the insurer's admins and auditors). For everyone else the API returns
 * null; the console does not even show the label, so nobody learns a contact exists.
 */
// `label={false}` tells SimpleShowLayout not to label this row: the label is drawn here, only
// when the contact is shown.
export function ReporterContact(_props: { label: false }) {
  const { permissions } = usePermissions();
  if (!canDo(permissions, 'readReporterIdentity')) return null;
  return (
    <Labeled label="resources.tipOffs.fields.reporterContact">
      <TextField source="reporterContact" emptyText="—" data-testid="reporter-contact" />
    </Labeled>
  );
}
