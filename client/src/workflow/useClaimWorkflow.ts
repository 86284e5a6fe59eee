import { useEffect, useMemo, useState } from 'react';
import type { Person } from '../../../shared/annotation.js';
import type { DocumentPerson } from '../../../shared/api/index.js';
import type { WorkflowWriter } from '../../../shared/workflow/rules.js';
import { workflowOf, type WorkflowStep } from '../../../shared/workflow/steps.js';
import type { Api, DocumentView, SessionInfo } from '../api.js';

/** What a claim's workflow controls need: the document's steps, who may be assigned, and who I am. */
export interface ClaimWorkflow {
  steps: WorkflowStep[];
  people: DocumentPerson[];
  /** Me as the server checks my writes: my token's id and role. */
  writer: WorkflowWriter;
  /** Me as a claim names me. */
  me: Person;
}

/** The workflow of a document's claims as this person sees it; the people are asked for as it opens and again when this window adds or revokes a link. */
export function useClaimWorkflow(api: Api, record: DocumentView | null, session: SessionInfo, me: Person): ClaimWorkflow {
  const [people, setPeople] = useState<DocumentPerson[]>([]);
  const id = record?.id ?? null;
  useEffect(() => {
    if (id === null) return;
    let live = true;
    // Without the list, the picker offers only me and whoever is assigned already.
    const ask = () =>
      api.listPeople(id).then(
        (listed) => live && setPeople(listed),
        () => undefined,
      );
    void ask();
    // Someone invited from Share… can be assigned at once.
    api.peopleChanges.addEventListener('change', ask);
    return () => {
      live = false;
      api.peopleChanges.removeEventListener('change', ask);
    };
  }, [api, id]);
  const steps = useMemo(() => workflowOf(record ?? {}), [record]);
  const writer = useMemo(() => ({ id: session.tokenId, role: session.role }), [session.tokenId, session.role]);
  return { steps, people, writer, me };
}
