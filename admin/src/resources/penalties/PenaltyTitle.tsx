import { useRecordContext } from 'react-admin';

export function PenaltyTitle() {
  const record = useRecordContext<{ number: string }>();
  return <span>{record?.number}</span>;
}
