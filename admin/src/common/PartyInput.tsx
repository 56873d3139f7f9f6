import { AutocompleteInput, ReferenceInput, type required } from 'react-admin';
import { useLocalName } from './fields.js';

/** Picks an insurer, provider or partner by its local name (the list's `q` search). */
export function PartyInput({
  source,
  reference,
  validate,
  filter,
}: {
  source: string;
  reference: string;
  validate?: ReturnType<typeof required>;
  /** Narrows the choices (e.g. only the provider kinds an action applies to). */
  filter?: Record<string, unknown>;
}) {
  const name = useLocalName();
  return (
    <ReferenceInput source={source} reference={reference} filter={filter}>
      <AutocompleteInput
        optionText={(r) => name(r)}
        filterToQuery={(q) => ({ q })}
        validate={validate}
        fullWidth
      />
    </ReferenceInput>
  );
}
