import {
  AutocompleteInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceInput,
  TextInput,
  usePermissions,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PartyFilter } from '../../common/PartyFilter.js';
import { canDo } from '../../providers/auth-provider.js';

const KINDS = [
  { id: 'PARTNER', name: 'resources.tipOffs.assignee.partner' },
  { id: 'STAFF', name: 'resources.tipOffs.assignee.staff' },
];

/**
 * Who investigates: an entrusted partner, or a staff member of the insurer. Admins pick the
 * staff member from their users; other roles (who cannot list users) type the user id.
 */
export function AssigneeInputs() {
  const kind = useWatch({ name: 'assigneeKind' }) as string | undefined;
  const { permissions } = usePermissions();
  return (
    <>
      <RadioButtonGroupInput source="assigneeKind" label="resources.tipOffs.assignee.kind" choices={KINDS} />
      {kind === 'STAFF' ? (
        canDo(permissions, 'manageAccess') ? (
          <ReferenceInput source="assigneeUserId" reference="users">
            <AutocompleteInput
              label="resources.tipOffs.fields.assigneeUserId"
              optionText={(u: { displayName?: string; username?: string }) =>
                u.displayName ?? u.username ?? ''
              }
              filterToQuery={() => ({})}
              fullWidth
            />
          </ReferenceInput>
        ) : (
          <TextInput source="assigneeUserId" label="resources.tipOffs.fields.assigneeUserId" fullWidth />
        )
      ) : (
        <PartyFilter
          source="assigneePartnerId"
          reference="partners"
          label="resources.tipOffs.fields.assigneePartner"
        />
      )}
      <DateInput source="investigationDueOn" label="resources.tipOffs.fields.investigationDueOn" />
    </>
  );
}
