import { FunctionField, Link } from 'react-admin';

/**
 * The penalty a document or referral follows, by its number, linked to its page. `label` is
 * required: the list header and the show layout read it from this element, not from the field
 * inside, so a default here left the referral screens' column and field unlabelled.
 */
export function PenaltyLink(props: { label: string; sortable?: boolean }) {
  return (
    <FunctionField
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
