import { annotationLimits } from '../../../shared/annotationEntry.js';
import { useFieldDraft } from './useFieldDraft.js';

/** What is typed in a short field wins over a colleague's save made meanwhile, which is said (a name cannot hold both). */
const typedWins = (_base: string, _theirs: string, mine: string) => mine;

/**
 * A text field saved when it loses focus or Enter is pressed, so typing does
 * not send every keystroke; a colleague's save shows while nothing is typed.
 */
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
  const { draft, change, save, notice } = useFieldDraft(value, (text) => onSave(text.trim()), { merge: typedWins, saveOnPause: false });
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
        onChange={(event) => change(event.target.value)}
        onBlur={save}
        // Esc closes the details before the field could lose focus: save first.
        onKeyDown={(event) => (event.key === 'Enter' || event.key === 'Escape') && save()}
      />
      {notice !== null && (
        <small className="hint" role="status">
          {notice}
        </small>
      )}
    </label>
  );
}
