import { FunctionField, Link } from 'react-admin';

/** The penalty a document or referral follows, by its number, linked to its page. */
export function PenaltyLink(props: { label?: string; sortable?: boolean }) {
  return (
    <FunctionField
      label="resources.referrals.fields.penalty"
      {...props}
      render={(r: { penalty?: { id: string; number: string } | null }) =>
        r.penalty ? (
          <Link to={`/penalties/${encodeURIComponent(r.penalty.id)}/show`}>{r.penalty.number}</Link>
        ) : (
          '—'
        )
      }
    />
  );
}
