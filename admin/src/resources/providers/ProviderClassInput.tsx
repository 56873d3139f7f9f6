import { SelectInput, useRecordContext } from 'react-admin';
import { enumChoices } from '../../common/fields.js';
import { enumsEn } from '../../i18n/enums.en.js';

const choices = (name: keyof typeof enumsEn) => enumChoices(name, Object.keys(enumsEn[name]));

/** Pharmacies have a class (甲/乙类), the others a hospital grade. */
export function ProviderClassInput() {
  const record = useRecordContext<{ kind: string }>();
  return record?.kind === 'RETAIL_PHARMACY' ? (
    <SelectInput source="pharmacyClass" choices={choices('PharmacyClass')} emptyText="hub.none" />
  ) : (
    <SelectInput source="hospitalGrade" choices={choices('HospitalGrade')} emptyText="hub.none" />
  );
}
