import { annotationLimits } from '../../../shared/annotationEntry.js';
import { keepBothWithin, useFieldDraft } from './useFieldDraft.js';

/** Both texts of a note written at once, within what the server takes. */
const keepBothNotes = keepBothWithin(annotationLimits.note);

/**
 * A long text of an annotation (its note, a claim's public summary), saved
 * once typing pauses, when it loses focus, on Ctrl/⌘-Enter, or as Esc closes
 * the details; a colleague's save shows while nothing is typed, and one made
 * while typing is kept alongside (see `useFieldDraft`).
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
  const { draft, change, save, notice } = useFieldDraft(value, onSave, { merge: keepBothNotes, saveOnPause: true });
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
        onChange={(event) => change(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          // Esc closes the details, which unmounts the box without a blur: keep the text, as Close does.
          if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) save();
        }}
      />
      {notice !== null && (
        <small className="hint" role="status">
          {notice}
        </small>
      )}
      {hint !== undefined && (
        <small id={hint.id} className="hint">
          {hint.text}
        </small>
      )}
    </label>
  );
}
