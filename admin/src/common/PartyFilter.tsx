import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { useLocalName } from './fields.js';

/** A list filter on a party (insurer, provider, partner) picked by name in the user's language. */
export function PartyFilter({
  source,
  reference,
  label,
}: {
  source: string;
  reference: string;
  label?: string;
}) {
  const name = useLocalName();
  return (
    <ReferenceInput source={source} reference={reference}>
      <AutocompleteInput
        label={label}
        optionText={(r) => name(r)}
        filterToQuery={(q) => ({ q })}
        sx={{ minWidth: 220 }}
      />
    </ReferenceInput>
  );
}
