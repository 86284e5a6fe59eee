import { useState } from 'react';
import { annotationLimits } from '../../../shared/annotationEntry.js';

/** An annotation's note, saved when it loses focus, on Ctrl/⌘-Enter, or as Esc closes the details. */
export function NoteField({ value, disabled, onSave }: { value: string; disabled: boolean; onSave: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="field">
      Note
      <textarea
        aria-label="Note"
        rows={3}
        value={draft}
        disabled={disabled}
        maxLength={annotationLimits.note}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== value && onSave(draft)}
        onKeyDown={(event) => {
          // Esc closes the details, which unmounts the box without a blur: keep the note, as Close does.
          const saving = event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey));
          if (saving && draft !== value) onSave(draft);
        }}
      />
    </label>
  );
}
