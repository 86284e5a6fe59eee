import type { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';

/**
 * Moving the focus between the text and an annotation's details: opening
 * them from the keyboard focuses their first field once they are drawn, and
 * closing them puts the focus back in the text, where the caret was.
 */
export function useDetailsFocus(selectedId: string | null, select: (id: string | null) => void, view: EditorView | null) {
  // The mark whose details take the focus once they are drawn.
  const focusDetailsOf = useRef<string | null>(null);
  const side = useRef<HTMLDivElement>(null);

  const focusDetails = () => {
    side.current?.querySelector<HTMLElement>('.details :is(select, textarea, input, button):not([disabled])')?.focus();
  };
  useEffect(() => {
    if (focusDetailsOf.current === null || selectedId !== focusDetailsOf.current) return;
    focusDetailsOf.current = null;
    focusDetails();
  }, [selectedId]);

  /** Closes the details and puts the focus back in the text, where the caret was. */
  const closeDetails = () => {
    select(null);
    view?.focus();
  };

  /** Opens the details of a mark and moves into them. */
  const openDetails = (annotationId: string) => {
    if (annotationId === selectedId) {
      focusDetails();
      return;
    }
    focusDetailsOf.current = annotationId;
    select(annotationId);
  };

  return { side, closeDetails, openDetails };
}
