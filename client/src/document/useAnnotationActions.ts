import { useState } from 'react';
import {
  deleteAnnotation,
  deleteDamagedEntry,
  restoreAnnotation,
  updateAnnotation,
  type Annotation,
  type AnnotationKind,
  type AnnotationPatch,
  type DamagedEntry,
} from '../../../shared/annotation.js';
import type { ActivityEntry } from '../../../shared/activity.js';
import { verdictPatch, workflowFields } from '../../../shared/workflow/rules.js';
import { articleFragmentName } from '../../../shared/document.js';
import type { SessionInfo } from '../api.js';
import { selectAnnotation } from '../editor/annotationPlugin.js';
import { localAnnotationOrigin, markSelection, spanFromSelection } from '../editor/markSelection.js';
import type { Identity } from '../identity.js';
import type { DocumentWorkspace } from './useDocumentWorkspace.js';
import type { Selection } from './useSelection.js';

/**
 * What a reviewer does to the layer's annotations from the page: mark,
 * change, link, resize, delete and restore them, and the message that says
 * why one could not be done.
 */
export function useAnnotationActions(workspace: DocumentWorkspace, selection: Selection, session: SessionInfo, identity: Identity) {
  const { view, layerDoc, article, canAnnotate, author, selected, selectedId, resolved } = workspace;
  const { picking, setPicking, setAlsoHere, select } = selection;
  const workflowKeys = ['checkStatus', 'assignee', 'verdictBy', 'approvedBy', 'verdict'];
  const [message, setMessage] = useState<string | null>(null);

  const change = (patch: AnnotationPatch) => {
    if (layerDoc === null || selectedId === null || selected === null) return;
    // A verdict names whoever sets it (the four-eyes rule reads it).
    const full =
      patch.verdict === undefined ? patch : { ...patch, ...verdictPatch(workflowFields(selected.annotation), patch.verdict, author) };
    // A claim's workflow is not undone with Ctrl+Z: undoing would write someone else's name back, which the server refuses.
    const workflow = workflowKeys.some((key) => key in full);
    updateAnnotation(layerDoc, selectedId, full, workflow ? null : localAnnotationOrigin, new Date(), author);
  };

  const restore = (entry: ActivityEntry) => {
    if (layerDoc === null) return;
    try {
      restoreAnnotation(layerDoc, entry, localAnnotationOrigin, author);
      setMessage(null);
    } catch (failure) {
      setMessage((failure as Error).message);
    }
  };

  // A damaged entry is removed by the owner, or by its author when it still names one.
  const canDeleteDamaged = (entry: DamagedEntry) =>
    canAnnotate && (session.role === 'owner' || (entry.author !== null && [identity.id, author.id].includes(entry.author.id)));
  const deleteDamaged = (entry: DamagedEntry) => {
    if (layerDoc === null) return;
    try {
      // Not undoable: undoing would write the damaged entry back, which the server refuses.
      deleteDamagedEntry(layerDoc, entry.id, null, author);
      setMessage(null);
    } catch (failure) {
      setMessage((failure as Error).message);
    }
  };

  const mark = (kind: AnnotationKind) => {
    // Until the record says which layer is this person's and that layer is synced (the sidebar is busy meanwhile).
    const loading = workspace.record === null || !workspace.layer.ready;
    if (loading || view === null || layerDoc === null || article.room === null) {
      // A shortcut pressed as the page opens: said, not dropped in silence.
      setMessage('The marks are still loading: mark again in a moment.');
      return;
    }
    if (!canAnnotate) return;
    // A shortcut pressed right after Shift+arrows can arrive before ProseMirror
    // has read the new DOM selection: read it now.
    (view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
    const created = markSelection(view.state, layerDoc, article.room.doc.getXmlFragment(articleFragmentName), kind, author);
    if (created === null) {
      setMessage('Select some words in the article first.');
      return;
    }
    setMessage(null);
    selectAnnotation(view, created);
    setAlsoHere([]);
  };

  const clickAnnotations = (ids: string[]) => {
    const [first, ...rest] = ids;
    if (first === undefined) return;
    if (picking && selected !== null && layerDoc !== null) {
      const target = resolved?.find((item) => item.annotation.id === first)?.annotation;
      if (target !== undefined && target.id !== selected.annotation.id) linkTo(selected.annotation, target);
      setPicking(false);
      return;
    }
    select(first, rest);
  };

  const linkTo = (from: Annotation, target: Annotation) => {
    if (from.kind === 'denial' && target.kind === 'claim') change({ links: [target.id] });
    else if (from.kind === 'attribution' && target.kind !== 'attribution' && !from.links.includes(target.id))
      change({ links: [...from.links, target.id] });
    else setMessage(from.kind === 'denial' ? 'A denial links to a claim.' : 'An attribution links to claims and denials.');
  };

  const resize = () => {
    if (view === null || article.room === null || selectedId === null) return;
    const span = spanFromSelection(view.state, article.room.doc.getXmlFragment(articleFragmentName));
    if (span === null) {
      setMessage('Select the words the annotation should cover, then press “Set span to selection”.');
      return;
    }
    change(span);
    setMessage(null);
  };

  const deleteSelected = () => {
    if (layerDoc !== null && selected !== null) deleteAnnotation(layerDoc, selected.annotation.id, localAnnotationOrigin, author);
    select(null);
  };

  return { message, change, restore, canDeleteDamaged, deleteDamaged, mark, clickAnnotations, resize, deleteSelected };
}

/** What {@link useAnnotationActions} gives. */
export type AnnotationActions = ReturnType<typeof useAnnotationActions>;
