import { FunctionField } from 'react-admin';
import { useLocalName } from '../../common/fields.js';

type Named = { nameZh?: string; nameEn?: string } | null | undefined;
type Evaluation = { provider?: Named; partner?: Named; physician?: Named };

/** The graded provider, partner or physician, by name in the user's language. */
export function SubjectField(props: { label?: string; sortable?: boolean }) {
  const name = useLocalName();
  return (
    <FunctionField
      label="resources.creditEvaluations.fields.subject"
      {...props}
      render={(r: Evaluation) => name(r.provider ?? r.partner ?? r.physician) || '—'}
    />
  );
}
