import { AutocompleteInput, ReferenceInput, required, useLocale } from 'react-admin';

type PhysicianChoice = { code: string; nameZh: string; nameEn?: string | null };

/**
 * Picks the physician a billing suspension (暂停医师医保服务资格) falls on: only those
 * practising at the finding's provider, since the hub refuses any other. Searched by name,
 * code or licence number (`q` becomes the filter's `search`); the finding's own physician,
 * when it names one, is the default.
 */
export function PhysicianInput({ providerId }: { providerId?: string }) {
  const locale = useLocale();
  const label = (p: PhysicianChoice) =>
    locale === 'en' && p.nameEn ? `${p.nameEn} (${p.code})` : `${p.nameZh}（${p.code}）`;
  return (
    <ReferenceInput source="physicianId" reference="physicians" filter={{ providerId: providerId ?? null }}>
      <AutocompleteInput
        label="resources.penalties.fields.physician"
        helperText="resources.penalties.fields.physicianHelp"
        optionText={label}
        filterToQuery={(q) => ({ q })}
        validate={required()}
        fullWidth
      />
    </ReferenceInput>
  );
}
