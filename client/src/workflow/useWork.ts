import { useCallback, useEffect, useState } from 'react';
import type { AssignedClaim } from '../../../shared/api/work.js';
import type { Api } from '../api.js';

/** What was seen of My work, per token: each claim's key and the change seen. */
type Seen = Record<string, string>;

function storageKey(tokenId: string): string {
  return `factmark.work.seen.${tokenId}`;
}

function loadSeen(tokenId: string): Seen {
  try {
    const stored: unknown = JSON.parse(window.localStorage.getItem(storageKey(tokenId)) ?? '{}');
    return typeof stored === 'object' && stored !== null ? (stored as Seen) : {};
  } catch {
    // A corrupt entry: everything shows as unread once more.
    return {};
  }
}

/** The key of a claim in what was seen. */
export function workKey(claim: AssignedClaim): string {
  return `${claim.documentId}/${claim.layerId}/${claim.annotationId}`;
}

/**
 * My work as the server lists it, and which items are unread: a claim is
 * unread until opened here, and again when it changes after that (what was
 * seen is kept in this browser).
 */
export function useWork(api: Api, tokenId: string) {
  const [claims, setClaims] = useState<AssignedClaim[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState<Seen>(() => loadSeen(tokenId));

  useEffect(() => {
    api.work().then(
      (work) => setClaims(work.claims),
      (failure: unknown) => setError((failure as Error).message),
    );
  }, [api]);

  const remember = useCallback(
    (read: AssignedClaim[]) => {
      const next = { ...loadSeen(tokenId) };
      for (const claim of read) next[workKey(claim)] = claim.updatedAt;
      window.localStorage.setItem(storageKey(tokenId), JSON.stringify(next));
      setSeen(next);
    },
    [tokenId],
  );

  const isUnread = (claim: AssignedClaim) => seen[workKey(claim)] !== claim.updatedAt;
  return { claims, error, isUnread, remember };
}
