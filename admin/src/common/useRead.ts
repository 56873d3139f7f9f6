import { useEffect, useState } from 'react';
import type { DocumentNode } from 'graphql';
import { useDataProvider } from 'react-admin';
import type { HubDataProvider } from '../providers/data/data-provider.js';

/** One read outside the resource lists (a version's terms, a preview), with loading and error state. */
export function useRead<T>(
  document: DocumentNode,
  variables: Record<string, unknown> | null,
): { data: T | null; loading: boolean; error: string | null } {
  const dataProvider = useDataProvider<HubDataProvider>();
  const [state, setState] = useState<{ data: T | null; loading: boolean; error: string | null }>({
    data: null,
    loading: variables !== null,
    error: null,
  });
  // Keyed by the variables' value, not their identity: callers pass a fresh object each render.
  const key = JSON.stringify(variables);
  useEffect(() => {
    const variables = JSON.parse(key) as Record<string, unknown> | null;
    if (variables === null) return;
    let cancelled = false;
    setState((s) => ({ ...s, loading: true, error: null }));
    dataProvider
      .read<T>(document, variables)
      .then((data) => !cancelled && setState({ data, loading: false, error: null }))
      .catch((e: Error) => !cancelled && setState({ data: null, loading: false, error: e.message }));
    return () => {
      cancelled = true;
    };
  }, [dataProvider, document, key]);
  return state;
}
