import { documentTrashedReason, layerAccessChangedReason } from '../../shared/document.js';
import { AnnotationToolbar } from './annotations/AnnotationToolbar.js';
import { describeForReader } from './annotations/describeForReader.js';
import type { Api, SessionInfo } from './api.js';
import { ComparePane } from './ComparePane.js';
import { DisagreementToggle } from './DisagreementToggle.js';
import { ArticlePane } from './document/ArticlePane.js';
import { DocumentBar } from './document/DocumentBar.js';
import { HelpSheet } from './document/HelpSheet.js';
import { OwnerPanels } from './document/OwnerPanels.js';
import { SidePane } from './document/SidePane.js';
import { useAnnotationActions } from './document/useAnnotationActions.js';
import { useDetailsFocus } from './document/useDetailsFocus.js';
import { emptyList, useDocumentWorkspace } from './document/useDocumentWorkspace.js';
import { usePanels } from './document/usePanels.js';
import { useSelection } from './document/useSelection.js';
import { useRouteFocus } from './document/useRouteFocus.js';
import { FindBar } from './FindBar.js';
import type { Identity } from './identity.js';
import { SuggestionBar } from './suggestions/SuggestionBar.js';
import { combineConnections } from './useRoom.js';
import { usePermalink } from './permalink/usePermalink.js';
import type { MarkTarget, TextSpot } from './route.js';
import { VersionsBar } from './versions/VersionsBar.js';

/** One document: its article and the team's annotations, edited live with everyone else. */
export function DocumentPage(props: {
  api: Api;
  id: string;
  identity: Identity;
  session: SessionInfo;
  /** A mark to open at (a permalink, a search hit). */
  target: MarkTarget | null;
  /** A spot of the text to open at (a search hit). */
  at: TextSpot | null;
}) {
  const { api, id, identity, session } = props;
  const workspace = useDocumentWorkspace(api, id, identity, session);
  const selection = useSelection(workspace.view);
  // A permalink opens its mark; what it could not open, it says.
  const permalinkProblem = usePermalink(workspace, selection.select, props.target);
  const actions = useAnnotationActions(workspace, selection, session, identity);
  const details = useDetailsFocus(workspace.selectedId, selection.select, workspace.view);
  const panels = usePanels(selection.setPicking);
  const { record, error, article, layer, view, resolved, selected, compareLayer, layerId, editable, canAnnotate } = workspace;
  const { picking, select } = selection;
  useRouteFocus(props.at, workspace);

  if (error !== null) {
    return (
      <main className="notice">
        <h1>This document cannot be opened</h1>
        <p>{error}</p>
        <a href="#/">Back to the documents</a>
      </main>
    );
  }
  const connection = combineConnections(article.connection, layer.connection);
  const trashed = connection.status === 'refused' && connection.reason === documentTrashedReason;
  const accessChanged = connection.status === 'refused' && connection.reason === layerAccessChangedReason;
  const labelOf = (layer: string | null) => record?.layers.find((candidate) => candidate.id === layer)?.label ?? layer ?? '';
  return (
    <main className={`document-page${picking ? ' picking' : ''}`}>
      <DocumentBar api={api} id={id} workspace={workspace} panels={panels} connection={connection} select={select} />
      <VersionsBar key={id} api={api} id={id} record={record} canAdd={workspace.editable} />
      {trashed && (
        <p className="status status-error" role="alert">
          {documentTrashedReason}. Your last changes may not have reached the server; an owner can restore it from the trash on the{' '}
          <a href="#/">documents page</a> for 30 days.
        </p>
      )}
      {accessChanged && (
        <p className="status status-error" role="alert">
          The owner changed who may see this layer (an assignment made blind, say), so this page is no longer connected.{' '}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            Reload
          </button>{' '}
          to go on where you may now work.
        </p>
      )}
      {permalinkProblem !== null && (
        <p className="status status-error" role="alert">
          {permalinkProblem}
        </p>
      )}
      {panels.showHelp && <HelpSheet />}
      <OwnerPanels api={api} id={id} workspace={workspace} panels={panels} />
      {record?.assignment !== undefined && session.role === 'annotator' && (
        <p className="assignment-note">
          {record.assignment.revealed
            ? 'The layers are revealed: you can look at your classmates’ marks.'
            : 'This is an assignment: your marks are yours alone until your teacher reveals them.'}
        </p>
      )}
      {compareLayer !== null && (
        <DisagreementToggle
          view={view}
          mine={resolved ?? emptyList}
          theirs={workspace.compared}
          mineName={labelOf(layerId)}
          theirsName={labelOf(compareLayer)}
        />
      )}
      {canAnnotate && <AnnotationToolbar canMark={!workspace.selectionEmpty && view !== null} onMark={actions.mark} />}
      {canAnnotate && <SuggestionBar view={view} state={workspace.suggestions} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {selected === null ? '' : describeForReader(selected.annotation)}
      </p>
      {actions.message !== null && (
        <p className="status status-error" role="alert">
          {actions.message}
        </p>
      )}
      {!editable && (
        <p className="read-only-note">
          {canAnnotate ? 'You can mark this article; your role cannot change its text.' : 'You can read this article and its annotations.'}
        </p>
      )}
      {panels.finding !== null && <FindBar key={panels.finding} view={view} onClose={() => panels.setFinding(null)} />}
      <div className={`workspace${compareLayer !== null ? ' comparing' : ''}`}>
        <ArticlePane workspace={workspace} actions={actions} panels={panels} select={select} openDetails={details.openDetails} />
        {compareLayer !== null && article.room !== null && (
          <ComparePane
            api={api}
            docId={id}
            layerId={compareLayer}
            label={record?.layers.find((candidate) => candidate.id === compareLayer)?.label ?? compareLayer}
            article={article.room.doc}
            awareness={article.room.provider.awareness}
            onResolved={workspace.setCompared}
          />
        )}
        <SidePane
          workspace={workspace}
          selection={selection}
          actions={actions}
          side={details.side}
          closeDetails={details.closeDetails}
          api={api}
          docId={id}
          session={session}
        />
      </div>
    </main>
  );
}
