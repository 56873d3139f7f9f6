import { ReferenceInput, AutocompleteInput, required } from 'react-admin';
import { useLocalName } from '../../common/fields.js';

export function PartyInput({ source, reference }: { source: string; reference: string }) {
  const name = useLocalName();
  return (
    <ReferenceInput source={source} reference={reference}>
      <AutocompleteInput
        optionText={(r) => name(r)}
        filterToQuery={(q) => ({ q })}
        validate={required()}
        fullWidth
      />
    </ReferenceInput>
  );
}
