import { useState } from 'react';
import { annotationLimits } from '../../../shared/annotationEntry.js';

/**
 * A claim's public summary: the verdict explained for readers, what a
 * ClaimReview publishes as its `reviewBody`. Kept apart from the note, which
 * stays inside the desk. Saved when it loses focus, on Ctrl/⌘-Enter and on Esc.
 */
export function PublicSummaryField({ value, disabled, onSave }: { value: string; disabled: boolean; onSave: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="field">
      Public summary
      <textarea
        aria-label="Public summary"
        aria-describedby="public-summary-hint"
        rows={3}
        value={draft}
        disabled={disabled}
        maxLength={annotationLimits.note}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== value && onSave(draft)}
        onKeyDown={(event) => {
          const saving = event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey));
          if (saving && draft !== value) onSave(draft);
        }}
      />
      <small id="public-summary-hint" className="hint">
        Published with the verdict in a ClaimReview, where the note above never goes.
      </small>
    </label>
  );
}
