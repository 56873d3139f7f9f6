import { useMemo, useRef, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { AutocompleteInput, required } from 'react-admin';
import { useRead } from '../../common/useRead.js';
import type { PenaltyInsuredPersonChoicesQuery } from '../../gql/graphql.js';
import { InsuredPersonChoices } from './mutations.js';

export type InsuredPersonChoice = { id: string; nameZh: string; idNumber?: string | null };

const label = (p: InsuredPersonChoice) => (p.idNumber ? `${p.nameZh}（${p.idNumber}）` : p.nameZh);

/**
 * Picks the insured person a measure on a person names (暂停参保人医保结算): the finding's
 * insurer's insured persons, searched by name in part or by the whole ID number as the clerk
 * types (the hub refuses partial ID searches). The finding's own person, when it names one, is
 * offered before anything is typed. A person once shown stays a choice, so the picked one keeps
 * its label when the search moves on.
 */
export function InsuredPersonInput({
  insurerId,
  initial,
}: {
  insurerId?: string;
  initial?: InsuredPersonChoice | null;
}) {
  const [search, setSearch] = useState('');
  const { data, loading } = useRead<PenaltyInsuredPersonChoicesQuery>(InsuredPersonChoices, {
    filter: { insurerId: insurerId ?? null, search: search.trim() || null },
  });
  const seen = useRef(new Map<string, InsuredPersonChoice>(initial ? [[initial.id, initial]] : []));
  const picked = useWatch({ name: 'insuredPersonId' }) as string | undefined;
  const choices = useMemo(() => {
    const found = (data?.insuredPersons.edges ?? []).map(({ node }) => node);
    for (const p of found) seen.current.set(p.id, p);
    const shown = [...(initial ? [initial] : []), ...found];
    const selected = picked ? seen.current.get(picked) : undefined;
    if (selected) shown.push(selected);
    const unique = new Map(shown.map((p) => [p.id, { id: p.id, name: label(p) }]));
    return [...unique.values()];
  }, [data, initial, picked]);
  return (
    <AutocompleteInput
      source="insuredPersonId"
      label="resources.penalties.fields.insuredPerson"
      helperText="resources.penalties.fields.insuredPersonHelp"
      choices={choices}
      translateChoice={false}
      setFilter={setSearch}
      isPending={loading && choices.length === 0}
      validate={required()}
      fullWidth
    />
  );
}
