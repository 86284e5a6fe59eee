import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocumentPerson } from '../../../shared/api/index.js';
import { findMentions, mentionCandidates, mentionQueryAt, threadLimits, type MentionQuery } from '../../../shared/thread/index.js';

interface ReplyBoxProps {
  label: string;
  submitLabel: string;
  people: readonly DocumentPerson[];
  initial?: string;
  /** Returns an error message to show, or null when the reply was taken. */
  onSubmit: (body: string, mentions: string[]) => string | null;
  onCancel?: () => void;
}

/**
 * A box to write a reply in, offering the names of people with access after
 * an `@` (the WAI-ARIA combobox pattern: arrows move through the names,
 * Enter or Tab takes one, Escape closes the list).
 */
export function ReplyBox({ label, submitLabel, people, initial = '', onSubmit, onCancel }: ReplyBoxProps) {
  const [body, setBody] = useState(initial);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  /** Where the caret goes once a chosen name is in the box. */
  const caretAfterChoice = useRef<number | null>(null);
  const id = useId();
  // Placed as the new text is committed, before the browser takes the next key: a later frame would let a fast typist's
  // next letter land at the end of the box, then move the caret away from it.
  useLayoutEffect(() => {
    if (caretAfterChoice.current === null) return;
    box.current?.setSelectionRange(caretAfterChoice.current, caretAfterChoice.current);
    caretAfterChoice.current = null;
  });
  const candidates = query === null ? [] : mentionCandidates(people, query.query);
  const open = candidates.length > 0;

  const look = (text: string, caret: number) => {
    setQuery(mentionQueryAt(text, caret));
    setActive(0);
  };
  const choose = (person: DocumentPerson) => {
    if (query === null) return;
    const caret = box.current?.selectionStart ?? body.length;
    const inserted = `@${person.name} `;
    const next = body.slice(0, query.start) + inserted + body.slice(caret);
    setBody(next);
    setQuery(null);
    caretAfterChoice.current = query.start + inserted.length;
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setActive((active + (event.key === 'ArrowDown' ? 1 : candidates.length - 1)) % candidates.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        const person = candidates[active];
        if (person !== undefined) choose(person);
        return;
      }
      if (event.key === 'Escape') {
        // Closes the list, not the details panel around it.
        event.stopPropagation();
        setQuery(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };
  const submit = () => {
    const problem = onSubmit(body, findMentions(body, people));
    setError(problem);
    if (problem === null && initial === '') setBody('');
  };
  return (
    <form
      className="reply-box"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={`${id}-text`}>{label}</label>
      <div className="mention-anchor">
        <textarea
          id={`${id}-text`}
          ref={box}
          value={body}
          rows={3}
          maxLength={threadLimits.body}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={`${id}-people`}
          aria-activedescendant={open ? `${id}-person-${active}` : undefined}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setBody(event.target.value);
            look(event.target.value, event.target.selectionStart);
          }}
          onKeyDown={onKey}
          onBlur={() => setQuery(null)}
        />
        <ul id={`${id}-people`} role="listbox" aria-label="People to mention" className="mention-list" hidden={!open}>
          {candidates.map((person, index) => (
            <li
              key={person.id}
              id={`${id}-person-${index}`}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the box while a name is clicked.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(person);
              }}
            >
              {person.name} <span className="mention-role">{person.role}</span>
            </li>
          ))}
        </ul>
      </div>
      <p id={`${id}-hint`} className="field-hint">
        Type @ to mention someone with access. Ctrl+Enter sends.
      </p>
      {error !== null && (
        <p className="status status-error" role="alert">
          {error}
        </p>
      )}
      <div className="reply-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel !== undefined && (
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
