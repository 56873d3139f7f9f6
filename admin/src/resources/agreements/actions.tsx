/** Lifecycle actions: filled in once the write side's mutations are in the schema. */
export function AgreementActions() {
  return null;
}
