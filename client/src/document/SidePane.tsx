import type { RefObject } from 'react';
import type { Annotation, DamagedEntry } from '../../../shared/annotation.js';
import { teamLayerId } from '../../../shared/document.js';
import { AnnotationDetails } from '../annotations/AnnotationDetails.js';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar.js';
import type { Api, SessionInfo } from '../api.js';
import { ThreadView } from '../threads/ThreadView.js';
import { usePeople } from '../threads/usePeople.js';
import { useThreads } from '../threads/useThreads.js';
import { AlreadyChecked } from '../claims/AlreadyChecked.js';
import type { AnnotationActions } from './useAnnotationActions.js';
import { emptyList, type DocumentWorkspace } from './useDocumentWorkspace.js';
import type { Selection } from './useSelection.js';
import { markHref } from '../route.js';

const noDamaged: DamagedEntry[] = [];

interface SidePaneProps {
  workspace: DocumentWorkspace;
  selection: Selection;
  actions: AnnotationActions;
  side: RefObject<HTMLDivElement | null>;
  closeDetails: () => void;
  api: Api;
  docId: string;
  session: SessionInfo;
}

/** Beside the article: the details of the chosen annotation and its discussion, above the list of them all. */
export function SidePane({ workspace, selection, actions, side, closeDetails, api, docId, session }: SidePaneProps) {
  const { selected, resolved, canAnnotate, selectedId, activity, annotations, shownKinds, toggleKind, layerDoc } = workspace;
  const { threads, damaged: threadDamage } = useThreads(layerDoc);
  const people = usePeople(api, docId, session.tokenId, workspace.author.name);
  // Replies carry the token's id, which the server checks, and the name this person chose (which the server holds for it).
  const me = { id: session.tokenId, name: workspace.author.name };
  const { alsoHere, picking, setPicking, select } = selection;
  const alsoHereAnnotations = alsoHere
    .map((other) => resolved?.find((item) => item.annotation.id === other)?.annotation)
    .filter((item): item is Annotation => item !== undefined);
  return (
    <div className="side" ref={side}>
      {selected !== null && resolved !== undefined && (
        <AnnotationDetails
          key={selected.annotation.id}
          item={selected}
          all={resolved}
          alsoHere={alsoHereAnnotations}
          canEdit={canAnnotate}
          workflow={workspace.claimWorkflow}
          picking={picking}
          onChange={actions.change}
          onDelete={actions.deleteSelected}
          onResize={actions.resize}
          onSelect={(other) => select(other)}
          onPick={setPicking}
          onClose={closeDetails}
          link={
            workspace.record === null
              ? null
              : `${window.location.origin}${window.location.pathname}${markHref(workspace.record.id, { mark: selected.annotation.id, layer: workspace.layerId ?? teamLayerId })}`
          }
          alreadyChecked={
            workspace.record !== null && (
              <AlreadyChecked
                api={api}
                documentId={workspace.record.id}
                annotation={selected.annotation}
                canEdit={canAnnotate}
                onChange={actions.change}
              />
            )
          }
        />
      )}
      {selected !== null && layerDoc !== null && (
        <ThreadView
          key={`thread-${selected.annotation.id}`}
          markId={selected.annotation.id}
          thread={threads.get(selected.annotation.id)}
          layer={layerDoc}
          me={me}
          people={people}
          canReply={canAnnotate}
          damaged={threadDamage.filter((entry) => entry.markId === selected.annotation.id).length}
        />
      )}
      <AnnotationSidebar
        // Until the record says which layer is this person's and that layer is synced.
        loading={workspace.record === null || !workspace.layer.ready}
        resolved={resolved ?? emptyList}
        selectedId={selectedId}
        onSelect={select}
        activity={activity}
        canRestore={canAnnotate}
        onRestore={actions.restore}
        damaged={annotations?.damaged ?? noDamaged}
        canDelete={actions.canDeleteDamaged}
        onDelete={actions.deleteDamaged}
        kinds={shownKinds}
        onToggleKind={toggleKind}
        threads={threads}
        workflow={workspace.claimWorkflow}
      />
    </div>
  );
}
