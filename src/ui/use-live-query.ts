import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The current result of a Dexie query, re-run whenever the tables it read change (in any extension context). */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[] = []): { value: T | undefined; error: unknown } {
  const [state, setState] = useState<{ value: T | undefined; error: unknown }>({ value: undefined, error: undefined });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: undefined }),
      error: (error: unknown) => setState((s) => ({ value: s.value, error })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
