import type { RefObject } from 'react';
import type { Annotation, DamagedEntry } from '../../../shared/annotation.js';
import { AnnotationDetails } from '../annotations/AnnotationDetails.js';
import { AnnotationSidebar } from '../annotations/AnnotationSidebar.js';
import type { Api } from '../api.js';
import { AlreadyChecked } from '../claims/AlreadyChecked.js';
import type { AnnotationActions } from './useAnnotationActions.js';
import { emptyList, type DocumentWorkspace } from './useDocumentWorkspace.js';
import type { Selection } from './useSelection.js';

const noDamaged: DamagedEntry[] = [];

interface SidePaneProps {
  workspace: DocumentWorkspace;
  selection: Selection;
  actions: AnnotationActions;
  side: RefObject<HTMLDivElement | null>;
  closeDetails: () => void;
  /** For "Already checked?" look-ups. */
  api: Api;
}

/** Beside the article: the details of the chosen annotation, above the list of them all. */
export function SidePane({ workspace, selection, actions, side, closeDetails, api }: SidePaneProps) {
  const { selected, resolved, canAnnotate, selectedId, activity, annotations, shownKinds, toggleKind } = workspace;
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
          picking={picking}
          onChange={actions.change}
          onDelete={actions.deleteSelected}
          onResize={actions.resize}
          onSelect={(other) => select(other)}
          onPick={setPicking}
          onClose={closeDetails}
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
      <AnnotationSidebar
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
      />
    </div>
  );
}
