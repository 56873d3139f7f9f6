import { FunctionField, Link } from 'react-admin';
import { encodeGlobalId } from '../../common/global-id.js';

/** The penalty a document or referral belongs to (a raw id in the API), linked to its page. */
export function PenaltyLink(props: { label?: string; sortable?: boolean }) {
  return (
    <FunctionField
      label="resources.referrals.fields.penalty"
      {...props}
      render={(r: { penaltyId?: string }) =>
        r.penaltyId ? (
          <Link to={`/penalties/${encodeURIComponent(encodeGlobalId('Penalty', r.penaltyId))}/show`}>
            {r.penaltyId.slice(0, 8)}
          </Link>
        ) : (
          '—'
        )
      }
    />
  );
}
