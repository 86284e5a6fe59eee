import { useEffect, useMemo, useState } from 'react';
import type { DocumentPerson } from '../../../shared/api/index.js';
import type { Api } from '../api.js';

/**
 * Who may open the document, by the names the server holds: whom a reply may
 * mention. Empty until known, or if it cannot be asked. This person is listed
 * by the name they chose, which the server may not hold yet when asked.
 */
export function usePeople(api: Api, docId: string, myId: string, myName: string): DocumentPerson[] {
  const [people, setPeople] = useState<DocumentPerson[]>([]);
  useEffect(() => {
    let current = true;
    api.listPeople(docId).then(
      (listed) => current && setPeople(listed),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, docId]);
  return useMemo(() => people.map((person) => (person.id === myId ? { ...person, name: myName } : person)), [people, myId, myName]);
}
