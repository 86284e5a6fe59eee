import { useState } from 'react';
import { annotationLimits } from '../../../shared/annotationEntry.js';

/** A text field saved when it loses focus or Enter is pressed, so typing does not send every keystroke. */
export function TextField({
  label,
  value,
  disabled,
  placeholder,
  onSave,
}: {
  label: string;
  value: string;
  disabled: boolean;
  placeholder?: string;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const save = () => {
    if (draft !== value) onSave(draft.trim());
  };
  return (
    <label className="field">
      {label}
      <input
        aria-label={label}
        value={draft}
        disabled={disabled}
        placeholder={placeholder}
        // The server refuses longer fields (and the connection that sends them).
        maxLength={annotationLimits.name}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        // Esc closes the details before the field could lose focus: save first.
        onKeyDown={(event) => (event.key === 'Enter' || event.key === 'Escape') && save()}
      />
    </label>
  );
}
