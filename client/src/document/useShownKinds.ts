import { useCallback, useState } from 'react';
import { annotationKinds, type AnnotationKind } from '../../../shared/annotation.js';

/** The kinds the sidebar lists (marks of the others fade in the text), and how to show or hide one. */
export function useShownKinds(): { shownKinds: ReadonlySet<AnnotationKind>; toggleKind: (kind: AnnotationKind) => void } {
  const [shownKinds, setShownKinds] = useState<ReadonlySet<AnnotationKind>>(() => new Set(annotationKinds));
  const toggleKind = useCallback(
    (kind: AnnotationKind) =>
      setShownKinds((current) => {
        const next = new Set(current);
        if (next.has(kind)) next.delete(kind);
        else next.add(kind);
        return next;
      }),
    [],
  );
  return { shownKinds, toggleKind };
}
