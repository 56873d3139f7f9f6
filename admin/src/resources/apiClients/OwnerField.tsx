import { FunctionField } from 'react-admin';
import { useLocalName } from '../../common/fields.js';

/** The client's owner: the partner it acts for, or the insurer whose integrator it is. */
export function OwnerField({ label }: { label?: string }) {
  const name = useLocalName();
  return (
    <FunctionField
      label={label ?? 'resources.apiClients.fields.owner'}
      render={(r: {
        partner?: { nameZh: string; nameEn?: string } | null;
        insurer?: { nameZh: string; nameEn?: string } | null;
      }) => name(r.partner ?? r.insurer) || '—'}
    />
  );
}
