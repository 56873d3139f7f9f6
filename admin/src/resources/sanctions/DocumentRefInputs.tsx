import { TextInput, required } from 'react-admin';

/** The written request (书面申请) and pledge (承诺书) an early lift is recorded with. */
export function DocumentRefInputs() {
  return (
    <>
      <TextInput
        source="requestDocumentRef"
        label="resources.sanctionEnds.fields.requestDocumentRef"
        validate={required()}
        fullWidth
      />
      <TextInput
        source="pledgeDocumentRef"
        label="resources.sanctionEnds.fields.pledgeDocumentRef"
        validate={required()}
        fullWidth
      />
      <TextInput source="note" label="resources.sanctionEnds.fields.note" multiline fullWidth />
    </>
  );
}
