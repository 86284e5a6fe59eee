import { useCallback, useEffect, useState } from 'react';
import type { Api, DocumentView } from '../api.js';

/** The document's record (title, layers, assignment) as the server gives it, and how to ask for it again. */
export function useDocumentRecord(api: Api, id: string) {
  const [record, setRecord] = useState<DocumentView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loadRecord = useCallback(() => {
    api.getDocument(id).then(setRecord, (failure: unknown) => setError((failure as Error).message));
  }, [api, id]);
  useEffect(loadRecord, [loadRecord]);

  return { record, setRecord, error, loadRecord };
}
