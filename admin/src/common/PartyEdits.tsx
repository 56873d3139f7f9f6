import { SelectInput, SimpleForm, TextArrayInput, TextInput, required, useRecordContext } from 'react-admin';
import { LockedEdit, SaveOnlyToolbar } from './LockedEdit.js';
import { enumChoices } from './fields.js';
import { enumsEn } from '../i18n/enums.en.js';

/**
 * Edit screens of master data (providers, partners, physicians), optimistic locking through
 * LockedEdit. Only the fields server/domain/parties lets change are inputs; the rest is shown
 * read-only for orientation (code, kind).
 */
const choices = (name: keyof typeof enumsEn) => enumChoices(name, Object.keys(enumsEn[name]));

function ProviderClassInput() {
  const record = useRecordContext<{ kind: string }>();
  return record?.kind === 'RETAIL_PHARMACY' ? (
    <SelectInput source="pharmacyClass" choices={choices('PharmacyClass')} emptyText="hub.none" />
  ) : (
    <SelectInput source="hospitalGrade" choices={choices('HospitalGrade')} emptyText="hub.none" />
  );
}

export function ProviderEdit() {
  return (
    <LockedEdit capability="manageParties">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="code" disabled />
        <SelectInput source="kind" choices={choices('ProviderKind')} disabled />
        <TextInput source="nameZh" validate={required()} fullWidth />
        <TextInput source="nameEn" validate={required()} fullWidth />
        <ProviderClassInput />
        <SelectInput source="ownership" choices={choices('Ownership')} validate={required()} />
        <TextArrayInput source="licenceScope" fullWidth />
        <TextInput source="regionCode" validate={required()} />
        <TextInput source="address" fullWidth />
      </SimpleForm>
    </LockedEdit>
  );
}

export function PartnerEdit() {
  return (
    <LockedEdit capability="manageParties">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="code" disabled />
        <TextInput source="unifiedSocialCreditCode" disabled />
        <TextInput source="nameZh" validate={required()} fullWidth />
        <TextInput source="nameEn" validate={required()} fullWidth />
        <SelectInput source="kind" choices={choices('PartnerKind')} validate={required()} />
      </SimpleForm>
    </LockedEdit>
  );
}

export function PhysicianEdit() {
  return (
    <LockedEdit capability="manageParties">
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <TextInput source="code" disabled />
        <TextInput source="nameZh" validate={required()} fullWidth />
        <TextInput source="nameEn" validate={required()} fullWidth />
        <TextInput source="licenceNumber" validate={required()} />
        <SelectInput source="profession" choices={choices('PractitionerProfession')} validate={required()} />
      </SimpleForm>
    </LockedEdit>
  );
}
