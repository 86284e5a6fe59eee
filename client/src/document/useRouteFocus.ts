import { useEffect, useRef, useState } from 'react';
import { revealText } from '../editor/revealText.js';
import type { Focus } from '../route.js';
import type { DocumentWorkspace } from './useDocumentWorkspace.js';

/**
 * Opens a document at the spot its address names (a search hit, a mark's
 * permalink): shows the mark's layer if the record lists it, then selects
 * the mark, or selects the text at the offsets; once, when the article and
 * marks have arrived. A new address with another spot does it again.
 */
export function useRouteFocus(focus: Focus | undefined, workspace: DocumentWorkspace, select: (id: string) => void): void {
  const { record, layerId, setChosenLayer, view, resolved, article } = workspace;
  const done = useRef<string | null>(null);
  // Looked at again a moment later while the article's text has not arrived in the editor.
  const [tries, setTries] = useState(0);
  const key = focus === undefined ? null : JSON.stringify(focus);
  useEffect(() => {
    if (focus === undefined || key === done.current || view === null || !article.ready) return;
    if ('mark' in focus) {
      const layer = focus.layer;
      if (layer !== undefined && layer !== layerId) {
        if (record?.layers.some((candidate) => candidate.id === layer) === true) setChosenLayer(layer);
        return;
      }
      if (resolved?.some((item) => item.annotation.id === focus.mark) !== true) return;
      done.current = key;
      select(focus.mark);
      return;
    }
    // The article's content arrives after the room says it is ready only for a moment: wait for text.
    if (view.state.doc.textContent.length === 0) {
      const timer = window.setTimeout(() => setTries((count) => count + 1), 100);
      return () => window.clearTimeout(timer);
    }
    done.current = key;
    revealText(view, focus.start, focus.end);
  }, [focus, key, view, article.ready, resolved, record, layerId, setChosenLayer, select, tries]);
}
