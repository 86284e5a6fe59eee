import { useEffect, useState } from 'react';
import type { Api, SearchAnswer } from '../api.js';

/** Where a search is: none asked yet, waiting, answered, or refused with the server's reason. */
export type SearchState =
  { state: 'idle' } | { state: 'loading' } | { state: 'done'; answer: SearchAnswer } | { state: 'failed'; message: string };

/** Runs the search a page's query names, again whenever it changes; an answer to an older query is dropped. */
export function useSearch(api: Api, query: URLSearchParams): SearchState {
  // A field left empty (`#/search?q=`) asks nothing: with none filled in, nothing is searched yet.
  const key = new URLSearchParams([...query].filter(([, value]) => value.trim() !== '')).toString();
  // The last answer, with the query it answers: a newer query is loading until its own comes.
  const [answered, setAnswered] = useState<{ key: string; result: SearchState } | null>(null);
  useEffect(() => {
    if (key === '') return;
    let current = true;
    api.search(new URLSearchParams(key)).then(
      (answer) => current && setAnswered({ key, result: { state: 'done', answer } }),
      (error: unknown) => current && setAnswered({ key, result: { state: 'failed', message: (error as Error).message } }),
    );
    return () => {
      current = false;
    };
  }, [api, key]);
  if (key === '') return { state: 'idle' };
  return answered?.key === key ? answered.result : { state: 'loading' };
}
