import { RadioButtonGroupInput, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PartyFilter } from '../../common/PartyFilter.js';
import { useRead } from '../../common/useRead.js';
import type { TipOffAssignableStaffQuery } from '../../gql/graphql.js';
import { TipOffAssignableStaff } from './queries.js';
import { DayInput } from '../../common/DayInput.js';

const KINDS = [
  { id: 'PARTNER', name: 'resources.tipOffs.assignee.partner' },
  { id: 'STAFF', name: 'resources.tipOffs.assignee.staff' },
];

/**
 * Who investigates: an entrusted partner, or a staff member of the tip-off's insurer. The
 * tip-off comes as a prop: inside the action's form the record context is the form's own.
 */
export function AssigneeInputs({ tipOffId }: { tipOffId: string | undefined }) {
  const kind = useWatch({ name: 'assigneeKind' }) as string | undefined;
  return (
    <>
      <RadioButtonGroupInput source="assigneeKind" label="resources.tipOffs.assignee.kind" choices={KINDS} />
      {kind === 'STAFF' ? (
        <StaffInput tipOffId={tipOffId} />
      ) : (
        <PartyFilter
          source="assigneePartnerId"
          reference="partners"
          label="resources.tipOffs.fields.assigneePartner"
        />
      )}
      <DayInput source="investigationDueOn" label="resources.tipOffs.fields.investigationDueOn" />
    </>
  );
}

/**
 * The insurer's admins and auditors by name, the same people `assignTipOff` accepts. Read from
 * the tip-off, not the user list: auditors assign too and may not list users.
 */
function StaffInput({ tipOffId }: { tipOffId: string | undefined }) {
  const { data, loading } = useRead<TipOffAssignableStaffQuery>(
    TipOffAssignableStaff,
    tipOffId ? { id: tipOffId } : null,
  );
  const node = data?.node && 'assignableStaff' in data.node ? data.node : null;
  const choices = (node?.assignableStaff ?? []).map((s) => ({ id: s.userId, name: s.displayName }));
  return (
    <SelectInput
      source="assigneeUserId"
      label="resources.tipOffs.fields.assigneeUserId"
      choices={choices}
      isLoading={loading}
      helperText={!loading && choices.length === 0 ? 'resources.tipOffs.assignee.noStaff' : undefined}
      fullWidth
    />
  );
}
