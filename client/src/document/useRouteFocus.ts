import { useEffect, useRef, useState } from 'react';
import { revealText } from '../editor/revealText.js';
import type { TextSpot } from '../route.js';
import type { DocumentWorkspace } from './useDocumentWorkspace.js';

/**
 * Opens a document at the spot of its text its address names (a search
 * hit): selects the text at the offsets once the article has arrived, once;
 * a new address with another spot does it again. Marks are opened by
 * `usePermalink`.
 */
export function useRouteFocus(at: TextSpot | null, workspace: DocumentWorkspace): void {
  const { view, article } = workspace;
  const done = useRef<string | null>(null);
  // Looked at again a moment later while the article's text has not arrived in the editor.
  const [tries, setTries] = useState(0);
  const key = at === null ? null : `${at.start}-${at.end}`;
  useEffect(() => {
    if (at === null || key === done.current || view === null || !article.ready) return;
    // The article's content arrives after the room says it is ready only for a moment: wait for text.
    if (view.state.doc.textContent.length === 0) {
      const timer = window.setTimeout(() => setTries((count) => count + 1), 100);
      return () => window.clearTimeout(timer);
    }
    done.current = key;
    revealText(view, at.start, at.end);
  }, [at, key, view, article.ready, tries]);
}
