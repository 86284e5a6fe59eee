import type { EditorView } from 'prosemirror-view';
import { useEffect, useState } from 'react';
import { kindInfo, shortQuote } from '../annotations/kinds.js';
import {
  acceptCurrentSuggestion,
  moveToSuggestion,
  rejectCurrentSuggestion,
  setSuggestionsEnabled,
  type SuggestionPluginState,
} from '../editor/suggestionPlugin.js';

/** Keeps the editor's selection on the suggestion: a click on a button must not take the focus first. */
const keepSelection = (event: React.MouseEvent) => event.preventDefault();

/**
 * Turns suggested marks on and off, counts them, and shows the suggestion the
 * reviewer is on with buttons for what the keys do. For those who may mark the
 * layer only; off until turned on, so a student annotating blind finds the
 * sources first and a reader sees the article as written.
 */
export function SuggestionBar({ view, state }: { view: EditorView | null; state: SuggestionPluginState | null }) {
  const [message, setMessage] = useState<string | null>(null);
  const enabled = state?.enabled === true;
  const current = state?.pending.find((suggestion) => suggestion.id === state.currentId) ?? null;
  useEffect(() => {
    // Leaving the bar (the layer became read-only) turns suggestions off.
    return () => {
      if (view !== null && !view.isDestroyed) setSuggestionsEnabled(view, false);
    };
  }, [view]);
  const run = (action: (view: EditorView) => string | null) => {
    if (view !== null) setMessage(action(view));
  };
  return (
    <div className="suggestion-bar" role="region" aria-label="Suggestions">
      <label className="suggestion-toggle">
        <input
          type="checkbox"
          checked={enabled}
          disabled={view === null}
          onChange={(event) => {
            if (view !== null) setSuggestionsEnabled(view, event.target.checked);
            setMessage(null);
          }}
        />
        Suggestions
      </label>
      {enabled && (
        <>
          <span className="suggestion-count" role="status">
            {state.pending.length === 1 ? '1 suggested mark' : `${state.pending.length} suggested marks`}
          </span>
          <button type="button" className="link-button" onMouseDown={keepSelection} onClick={() => view && moveToSuggestion(view, -1)}>
            Previous
          </button>
          <button type="button" className="link-button" onMouseDown={keepSelection} onClick={() => view && moveToSuggestion(view, 1)}>
            Next (Alt+N)
          </button>
        </>
      )}
      {enabled && current !== null && (
        <span className="suggestion-current-info">
          <span className={`swatch-${current.kind}`} aria-hidden="true" />
          {kindInfo[current.kind].label}: “{shortQuote(current.quote, 60)}”
          {current.speaker !== undefined &&
            current.speaker.name !== current.quote &&
            ` — ${current.speaker.name}${current.speaker.role === '' ? '' : `, ${current.speaker.role}`}`}
          <span className="suggestion-reason"> ({current.reason})</span>
          <button type="button" onMouseDown={keepSelection} onClick={() => run(acceptCurrentSuggestion)}>
            Accept (Alt+A)
          </button>
          <button type="button" onMouseDown={keepSelection} onClick={() => run(rejectCurrentSuggestion)}>
            Reject (Alt+R)
          </button>
        </span>
      )}
      {enabled && current === null && state.pending.length > 0 && <span className="toolbar-hint">Alt+N goes to the next one.</span>}
      {message !== null && <span className="status status-error">{message}</span>}
    </div>
  );
}
