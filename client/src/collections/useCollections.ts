import { useCallback, useEffect, useState } from 'react';
import type { Api } from '../api.js';
import { listCollections, type ListedCollection } from './collectionsApi.js';

/** The collections, loaded once and again after each change; a failure is told to `onError`. */
export function useCollections(api: Api, onError: (message: string) => void): { collections: ListedCollection[]; refresh: () => void } {
  const [collections, setCollections] = useState<ListedCollection[]>([]);
  const refresh = useCallback(() => {
    listCollections(api).then(setCollections, (error: unknown) => onError((error as Error).message));
  }, [api, onError]);
  useEffect(refresh, [refresh]);
  return { collections, refresh };
}
