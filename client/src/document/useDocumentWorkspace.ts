import type { EditorView } from 'prosemirror-view';
import { useEffect, useMemo, useState } from 'react';
import { articleRoomName, layerRoomName, teamLayerId } from '../../../shared/document.js';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { articleAccess, canManageDocuments } from '../../../shared/access.js';
import type { Api, SessionInfo } from '../api.js';
import type { AnnotationPluginState } from '../editor/annotationPlugin.js';
import type { SuggestionPluginState } from '../editor/suggestionPlugin.js';
import type { Identity } from '../identity.js';
import { watchAccessNotice } from '../serverNotices.js';
import { useRoom } from '../useRoom.js';
import { useActivity } from './useActivity.js';
import { useArticleReadyMark } from './useArticleReadyMark.js';
import { useDocumentRecord } from './useDocumentRecord.js';
import { usePresenceName } from './usePresenceName.js';
import { useShownKinds } from './useShownKinds.js';
import { useClaimWorkflow } from '../workflow/useClaimWorkflow.js';

/** An empty list that stays the same object, so what is given it does not draw again. */
export const emptyList: ResolvedAnnotation[] = [];

/**
 * One document as this person works on it: its record, the article and the
 * layer shown (synced live), the editor and what its plugins report, and
 * what this person's role lets them do there.
 */
export function useDocumentWorkspace(api: Api, id: string, identity: Identity, session: SessionInfo) {
  const { record, setRecord, error, loadRecord } = useDocumentRecord(api, id);
  const [chosenLayer, setChosenLayer] = useState<string | null>(null);
  const [compareLayer, setCompareLayer] = useState<string | null>(null);
  const [compared, setCompared] = useState<ResolvedAnnotation[]>(emptyList);
  // The layer shown: the one chosen, else the one this person works in. Only
  // an annotator's depends on the document (a student in an assignment works
  // in a private layer): theirs is opened once the record tells which, so a
  // student never asks for the team layer first and is refused.
  const layerId = chosenLayer ?? record?.workingLayer ?? (session.role === 'annotator' ? null : teamLayerId);
  const article = useRoom(api, articleRoomName(id));
  // The teacher revealed the layers or made the assignment blind: the banner and the layers follow at once.
  const articleProvider = article.room?.provider ?? null;
  useEffect(() => (articleProvider === null ? undefined : watchAccessNotice(articleProvider, loadRecord)), [articleProvider, loadRecord]);
  const layer = useRoom(api, layerId === null ? null : layerRoomName(id, layerId));
  const activity = useActivity(layer.room?.doc ?? null);
  const [view, setView] = useState<EditorView | null>(null);
  const [annotations, setAnnotations] = useState<AnnotationPluginState | null>(null);
  const [suggestions, setSuggestions] = useState<SuggestionPluginState | null>(null);
  const [selectionEmpty, setSelectionEmpty] = useState(true);
  const { shownKinds, toggleKind } = useShownKinds();
  const editable = articleAccess(session.role) === 'write';
  // The server derives each layer's access from the role table.
  const canAnnotate = record?.layers.find((candidate) => candidate.id === layerId)?.access === 'write';
  const isOwner = canManageDocuments(session);
  // A person is their token's id (the server checks workflow writes against it), under the name they chose.
  const author = useMemo(() => ({ id: session.tokenId, name: identity.name }), [session.tokenId, identity.name]);

  const claimWorkflow = useClaimWorkflow(api, record, session, author);

  usePresenceName(api, article.room, identity);
  useArticleReadyMark(article.ready, view);

  const resolved = annotations?.resolved;
  const selectedId = annotations?.selectedId ?? null;
  const selected = useMemo(() => resolved?.find((item) => item.annotation.id === selectedId) ?? null, [resolved, selectedId]);
  const layerDoc = layer.room?.doc ?? null;

  return {
    record,
    setRecord,
    error,
    loadRecord,
    layerId,
    setChosenLayer,
    compareLayer,
    setCompareLayer,
    compared,
    setCompared,
    article,
    layer,
    layerDoc,
    activity,
    view,
    setView,
    annotations,
    setAnnotations,
    resolved,
    selectedId,
    selected,
    suggestions,
    setSuggestions,
    selectionEmpty,
    setSelectionEmpty,
    shownKinds,
    toggleKind,
    editable,
    canAnnotate,
    isOwner,
    author,
    claimWorkflow,
  };
}

/** What {@link useDocumentWorkspace} gives. */
export type DocumentWorkspace = ReturnType<typeof useDocumentWorkspace>;
