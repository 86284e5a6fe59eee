import type { EditorView } from 'prosemirror-view';
import { useCallback, useState } from 'react';
import { selectAnnotation } from '../editor/annotationPlugin.js';
import { revealSpan } from './revealSpan.js';

/**
 * The annotation chosen in the editor, the others at the spot clicked, and
 * whether the reviewer is picking a span in the text to link to.
 */
export function useSelection(view: EditorView | null) {
  const [alsoHere, setAlsoHere] = useState<string[]>([]);
  const [picking, setPicking] = useState(false);

  const select = useCallback(
    (annotationId: string | null, others: string[] = []) => {
      if (view === null) return;
      selectAnnotation(view, annotationId);
      setAlsoHere(others);
      setPicking(false);
      if (annotationId !== null) window.requestAnimationFrame(() => revealSpan(annotationId));
    },
    [view],
  );

  return { alsoHere, setAlsoHere, picking, setPicking, select };
}

/** What {@link useSelection} gives. */
export type Selection = ReturnType<typeof useSelection>;
