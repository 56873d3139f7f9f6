import { useRecordContext } from 'react-admin';

export function FindingTitle() {
  const record = useRecordContext<{ number: string }>();
  return <span>{record?.number}</span>;
}
