import { useEffect, useState } from 'react';
import type { Api } from '../api.js';
import { fetchSimilarClaims, type SimilarClaim } from './claimsApi.js';

/** What the look-up of similar claims has come to. */
export type SimilarState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'done'; results: SimilarClaim[] };

/** A short wait after the quote changes (a span being resized), so one look-up serves a burst of changes. */
const settleMs = 300;

/**
 * The reviewed claims most like a claim's quote, looked up again when the
 * quote changes; the claim itself (`<document>/<mark>`) is left out. While
 * the answer for the current quote has not come, it is loading (derived:
 * an answer is kept with the look-up it answers).
 */
export function useSimilarClaims(api: Api, documentId: string, markId: string, quote: string): SimilarState {
  const text = quote.trim();
  const key = `${documentId}/${markId}\n${text}`;
  const [answer, setAnswer] = useState<{ key: string; state: SimilarState } | null>(null);
  useEffect(() => {
    if (text === '') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchSimilarClaims(api, text, `${documentId}/${markId}`, 3, controller.signal)
        .then((results) => setAnswer({ key, state: { status: 'done', results } }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) setAnswer({ key, state: { status: 'failed', message: (error as Error).message } });
        });
    }, settleMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, documentId, markId, text, key]);
  if (text === '') return { status: 'done', results: [] };
  return answer?.key === key ? answer.state : { status: 'loading' };
}
