import { EditorState, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { yUndoPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { annotationsMap, type AnnotationKind, type Person } from '../../shared/annotation.js';
import { rejectedSuggestions } from '../../shared/suggest/index.js';
import { articleFragmentName } from '../../shared/document.js';
import { articleSchema } from '../../shared/schema.js';
import { kindInfo } from './annotations/kinds.js';
import { isRemoteChange } from './editor/remoteChange.js';
import { annotationPlugin, annotationPluginKey, selectAnnotation, type AnnotationPluginState } from './editor/annotationPlugin.js';
import { disagreementPlugin } from './editor/disagreementPlugin.js';
import { CombinedHistory } from './editor/history.js';
import { localAnnotationOrigin } from './editor/markSelection.js';
import { editorPlugins } from './editor/plugins.js';
import { recordUndoHistory } from './editor/undoHistory.js';
import { goToMark, markAtCaret } from './editor/markNavigation.js';
import { findPlugin } from './editor/findPlugin.js';
import { suggestionPlugin, type SuggestionPluginState } from './editor/suggestionPlugin.js';
import { hideSelectionFromReact } from './editor/reactSelection.js';
import 'prosemirror-view/style/prosemirror.css';

interface AnnotatedEditorProps {
  article: Y.Doc;
  layer: Y.Doc;
  awareness: Awareness;
  editable: boolean;
  /** Whether this reader may write to the layer shown. */
  canAnnotate: boolean;
  onView: (view: EditorView | null) => void;
  onAnnotations: (state: AnnotationPluginState) => void;
  onClickAnnotations: (ids: string[]) => void;
  onSelectionChange: (empty: boolean) => void;
  onMark: (kind: AnnotationKind) => void;
  /** Called when the keyboard goes to a mark in the text (the caret is at its start). */
  onGoToAnnotation?: (id: string) => void;
  /** Called to open the details of the mark at the caret and move into them. */
  onOpenDetails?: (id: string) => void;
  /** The kinds of mark the keyboard goes to (those the sidebar lists); all when not given. */
  markKinds?: ReadonlySet<AnnotationKind>;
  /** Called on Ctrl/⌘-F in the editor, to open find in the document. */
  onFind?: () => void;
  /** Who accepts and rejects suggestions (a read-only view has none). */
  author?: Person;
  onSuggestions?: (state: SuggestionPluginState) => void;
}

/**
 * The article editor: ProseMirror bound to the article's Y.XmlFragment, with
 * the annotation layer drawn over it and one undo history for both.
 */
export function AnnotatedEditor(props: AnnotatedEditorProps) {
  const mount = useRef<HTMLDivElement>(null);
  // Callbacks change on every render; the editor is made once per document.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });
  const { article, layer, awareness, editable, canAnnotate } = props;
  const editableRef = useRef(editable);
  const canAnnotateRef = useRef(canAnnotate);
  useEffect(() => {
    editableRef.current = editable;
    canAnnotateRef.current = canAnnotate;
  }, [editable, canAnnotate]);

  useEffect(() => {
    if (mount.current === null) return;
    const fragment = article.getXmlFragment(articleFragmentName);
    // Rejected suggestions are undone with the marks: both are this reviewer's decisions in the layer.
    const layerUndo = new Y.UndoManager([annotationsMap(layer), rejectedSuggestions(layer)], {
      trackedOrigins: new Set([localAnnotationOrigin]),
    });
    let history: CombinedHistory | null = null;
    const goTo = (id: string) => latest.current.onGoToAnnotation?.(id);
    const markKinds = () => latest.current.markKinds;
    const markKey = (kind: AnnotationKind) => () => {
      latest.current.onMark(kind);
      return true;
    };
    const plugins = editorPlugins(
      fragment,
      awareness,
      {
        undo: () => history?.undo() ?? false,
        redo: () => history?.redo() ?? false,
        isEditable: () => editableRef.current,
        extraKeys: {
          [kindInfo.claim.shortcut]: markKey('claim'),
          [kindInfo.denial.shortcut]: markKey('denial'),
          [kindInfo.attribution.shortcut]: markKey('attribution'),
          'Alt-.': goToMark(1, false, goTo, markKinds),
          'Alt-,': goToMark(-1, false, goTo, markKinds),
          'Alt-Shift-.': goToMark(1, true, goTo, markKinds),
          'Alt-Shift-,': goToMark(-1, true, goTo, markKinds),
          'Mod-f': () => {
            latest.current.onFind?.();
            return latest.current.onFind !== undefined;
          },
          'Alt-Enter': (state) => {
            const id = markAtCaret(state);
            if (id !== null) latest.current.onOpenDetails?.(id);
            return id !== null;
          },
          Escape: (state, _dispatch, editorView) => {
            if (annotationPluginKey.getState(state)?.selectedId == null || editorView === undefined) return false;
            selectAnnotation(editorView, null);
            return true;
          },
        },
      },
      [
        annotationPlugin({
          layer,
          article,
          fragment,
          onChange: (state) => latest.current.onAnnotations(state),
          onClickAnnotations: (ids) => latest.current.onClickAnnotations(ids),
          canWriteLayer: () => canAnnotateRef.current,
        }),
        suggestionPlugin({
          layer,
          fragment,
          author: () => latest.current.author ?? { id: '', name: 'Unknown' },
          beforeDecision: () => layerUndo.stopCapturing(),
          onChange: (state) => latest.current.onSuggestions?.(state),
        }),
        disagreementPlugin(),
        // After the annotation plugin: it finds marks by what that one placed.
        findPlugin(),
      ],
    );
    let selectionEmpty = true;
    const view: EditorView = new EditorView(mount.current, {
      state: EditorState.create({ schema: articleSchema, plugins }),
      attributes: { 'aria-label': 'Article text', spellcheck: 'false' },
      // `this`, not `view`: y-prosemirror dispatches while the view is being constructed.
      dispatchTransaction(this: EditorView, tr) {
        // y-prosemirror's batched cursor updates fire on a timer and may reach a view closed since (a document left).
        if (this.isDestroyed) return;
        const started = performance.now();
        this.updateState(this.state.apply(tr));
        // Timings for bench/: how long each kind of change takes to reach the screen's DOM.
        performance.measure(`factmark:${transactionKind(tr)}`, { start: started, end: performance.now() });
        if (this.state.selection.empty !== selectionEmpty) {
          selectionEmpty = this.state.selection.empty;
          latest.current.onSelectionChange(selectionEmpty);
        }
      },
    });
    const articleUndo = yUndoPluginKey.getState(view.state)?.undoManager as Y.UndoManager | undefined;
    if (articleUndo !== undefined) history = new CombinedHistory(articleUndo, layerUndo);
    const stopUndoHistory = recordUndoHistory(
      layer,
      layerUndo,
      (id) => annotationPluginKey.getState(view.state)?.resolved.find((item) => item.annotation.id === id)?.annotation ?? null,
      () => latest.current.author ?? { id: '', name: 'Unknown' },
    );
    hideSelectionFromReact(view.dom);
    latest.current.onView(view);
    return () => {
      stopUndoHistory();
      latest.current.onView(null);
      history?.destroy();
      layerUndo.destroy();
      view.destroy();
    };
  }, [article, layer, awareness]);

  return <div ref={mount} className="editor" />;
}

export { selectAnnotation };

/** What a transaction is, for the timings: a remote change, an annotation refresh, a local edit, or other. */
function transactionKind(tr: Transaction): 'remote' | 'annotations' | 'local' | 'other' {
  if (isRemoteChange(tr)) return 'remote';
  if (tr.getMeta(annotationPluginKey) !== undefined) return 'annotations';
  return tr.docChanged ? 'local' : 'other';
}
