import { useEffect, useState } from 'react';
import type { DocumentNode } from 'graphql';
import { useDataProvider } from 'react-admin';
import type { HubDataProvider } from '../../providers/data/data-provider.js';

/**
 * A read that repeats every `everyMs` while `again(data)` holds (a job still running), and
 * whenever `tick` changes (e.g. after the user started a new job).
 */
export function usePolledRead<T>(
  document: DocumentNode,
  variables: Record<string, unknown>,
  again: (data: T) => boolean,
  everyMs = 3000,
  tick = 0,
): { data: T | null; error: string | null } {
  const dataProvider = useDataProvider<HubDataProvider>();
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  const key = JSON.stringify(variables);
  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      dataProvider
        .read<T>(document, JSON.parse(key) as Record<string, unknown>)
        .then((data) => {
          if (cancelled) return;
          setState({ data, error: null });
          if (again(data)) timer = setTimeout(load, everyMs);
        })
        .catch((e: Error) => !cancelled && setState((s) => ({ ...s, error: e.message })));
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `again` is a predicate the caller writes inline; its identity must not restart polling.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataProvider, document, key, everyMs, tick]);
  return state;
}
