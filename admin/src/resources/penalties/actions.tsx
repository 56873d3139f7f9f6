/** Penalty workflow actions: filled in once the write side's mutations are in the schema. */
export function PenaltyActions() {
  return null;
}
export function ProposePenaltyButton() {
  return null;
}
