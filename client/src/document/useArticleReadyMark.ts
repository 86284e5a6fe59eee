import type { EditorView } from 'prosemirror-view';
import { useEffect } from 'react';

/** For bench/: marks the moment the article is drawn and can be edited. */
export function useArticleReadyMark(ready: boolean, view: EditorView | null): void {
  useEffect(() => {
    if (ready && view !== null && performance.getEntriesByName('factmark:article-ready').length === 0 && view.state.doc.content.size > 2) {
      window.requestAnimationFrame(() => performance.mark('factmark:article-ready'));
    }
  });
}
