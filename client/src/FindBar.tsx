import type { EditorView } from 'prosemirror-view';
import { useState } from 'react';
import { closeFind, findText, stepFind, type FindState } from './editor/findPlugin.js';

/** How far the search got, in words. */
function summary(state: FindState | undefined): string {
  if (state === undefined || state.query.trim() === '') return '';
  const count = state.matches.length;
  if (count === 0) return 'No matches';
  const marks = state.matches.filter((match) => match.mark !== null).length;
  return `${state.current + 1} of ${count}${marks > 0 ? ` (${marks} ${marks === 1 ? 'mark' : 'marks'})` : ''}`;
}

/**
 * Find in the document, opened with Ctrl/⌘-F in the editor: highlights every
 * match in the text and every mark whose details match; Enter steps through
 * them, Shift-Enter back, Esc closes and returns to the text at the match.
 */
export function FindBar({ view, onClose }: { view: EditorView | null; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<FindState | undefined>(undefined);
  const close = () => {
    if (view !== null) {
      closeFind(view);
      view.focus();
    }
    onClose();
  };
  const step = (direction: 1 | -1) => view !== null && setState(stepFind(view, direction));
  return (
    <div className="find-bar" role="search">
      <input
        type="search"
        aria-label="Find in the document"
        placeholder="Find in the text and marks…"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          if (view !== null) setState(findText(view, event.target.value));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            step(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <span className="find-count" aria-live="polite">
        {summary(state)}
      </span>
      <button type="button" className="secondary" onClick={() => step(-1)} disabled={(state?.matches.length ?? 0) === 0}>
        Previous
      </button>
      <button type="button" className="secondary" onClick={() => step(1)} disabled={(state?.matches.length ?? 0) === 0}>
        Next
      </button>
      <button type="button" className="link-button" onClick={close}>
        Close
      </button>
    </div>
  );
}
