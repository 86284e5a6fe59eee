import { useState } from 'react';
import { annotationLimits } from '../../../shared/annotationEntry.js';

/**
 * A long text of an annotation (its note, a claim's public summary), saved
 * when it loses focus, on Ctrl/⌘-Enter, or as Esc closes the details.
 */
export function LongTextField({
  label,
  hint,
  value,
  disabled,
  onSave,
}: {
  label: string;
  /** A line under the box saying where the text goes, with the id the box is described by. */
  hint?: { id: string; text: string };
  value: string;
  disabled: boolean;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="field">
      {label}
      <textarea
        aria-label={label}
        aria-describedby={hint?.id}
        rows={3}
        value={draft}
        disabled={disabled}
        maxLength={annotationLimits.note}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== value && onSave(draft)}
        onKeyDown={(event) => {
          // Esc closes the details, which unmounts the box without a blur: keep the text, as Close does.
          const saving = event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey));
          if (saving && draft !== value) onSave(draft);
        }}
      />
      {hint !== undefined && (
        <small id={hint.id} className="hint">
          {hint.text}
        </small>
      )}
    </label>
  );
}
