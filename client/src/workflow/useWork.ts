import { useCallback, useEffect, useState } from 'react';
import type { AssignedClaim, Mention } from '../../../shared/api/work.js';
import type { Api } from '../api.js';

/** What was seen of My work, per token: each item's key and the change seen. */
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

/** An item of My work: an assigned claim or a reply that mentions me. */
export type WorkItem = AssignedClaim | Mention;

/** The key of an item in what was seen (a mention's has its reply's id, a claim's none). */
export function workKey(item: WorkItem): string {
  const key = `${item.documentId}/${item.layerId}/${item.annotationId}`;
  return 'replyId' in item ? `${key}/${item.replyId}` : key;
}

/**
 * My work as the server lists it, and which items are unread: a claim or a
 * mention is unread until opened here, and again when it changes after that (what was
 * seen is kept in this browser).
 */
export function useWork(api: Api, tokenId: string) {
  const [claims, setClaims] = useState<AssignedClaim[] | null>(null);
  const [mentions, setMentions] = useState<Mention[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seen, setSeen] = useState<Seen>(() => loadSeen(tokenId));

  useEffect(() => {
    api.work().then(
      (work) => {
        setClaims(work.claims);
        setMentions(work.mentions);
      },
      (failure: unknown) => setError((failure as Error).message),
    );
  }, [api]);

  const remember = useCallback(
    (read: WorkItem[]) => {
      const next = { ...loadSeen(tokenId) };
      for (const item of read) next[workKey(item)] = item.updatedAt;
      window.localStorage.setItem(storageKey(tokenId), JSON.stringify(next));
      setSeen(next);
    },
    [tokenId],
  );

  const isUnread = (item: WorkItem) => seen[workKey(item)] !== item.updatedAt;
  return { claims, mentions, error, isUnread, remember };
}
