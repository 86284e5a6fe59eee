import { useEffect, useMemo, useState } from 'react';
import type { DocumentPerson } from '../../../shared/api/index.js';
import type { Api } from '../api.js';

/**
 * Who may open the document, by the names the server holds: whom a reply may
 * mention, asked again when this window adds or revokes a link. Empty until
 * known, or if it cannot be asked. This person is listed
 * by the name they chose, which the server may not hold yet when asked.
 */
export function usePeople(api: Api, docId: string, myId: string, myName: string): DocumentPerson[] {
  const [people, setPeople] = useState<DocumentPerson[]>([]);
  useEffect(() => {
    let current = true;
    const ask = () =>
      api.listPeople(docId).then(
        (listed) => current && setPeople(listed),
        () => undefined,
      );
    void ask();
    // An owner who invites someone from Share… can assign them and mention them at once.
    api.peopleChanges.addEventListener('change', ask);
    return () => {
      current = false;
      api.peopleChanges.removeEventListener('change', ask);
    };
  }, [api, docId]);
  return useMemo(() => people.map((person) => (person.id === myId ? { ...person, name: myName } : person)), [people, myId, myName]);
}
