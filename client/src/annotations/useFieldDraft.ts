import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** How long typing must pause before a long text is saved: a reload or a closed tab then loses at most this much. */
export const savePauseMs = 1000;

/** How soon after a save a colleague's save counts as made at the same moment, not in answer to it. */
const crossingMs = 5000;

/** What a field being typed in shows and does: the text, what to call on each keystroke and on leaving, and a notice. */
export interface FieldDraft {
  draft: string;
  change: (text: string) => void;
  /** Saves what was typed, if anything: on leaving the field, Enter, Esc. */
  save: () => void;
  /** Set when someone else changed the field while it was typed in, and both texts were kept. */
  notice: string | null;
}

/**
 * Two texts of a field written at once, neither lost: one that only added
 * to where both started from is added to the other's ("base + theirs +
 * mine's addition"); otherwise the other's text comes first, then this one.
 */
export function keepBoth(base: string, theirs: string, mine: string): string {
  if (theirs === base || theirs === mine || mine.includes(theirs)) return mine;
  if (theirs.includes(mine)) return theirs;
  if (mine.startsWith(base)) return `${theirs}${mine.slice(base.length)}`;
  return `${theirs.trimEnd()}\n\n${mine}`;
}

/**
 * {@link keepBoth} for a field the server takes up to `most` characters of:
 * where both together would be refused at the door, what was typed here is
 * kept, and the notice says what it replaced.
 */
export function keepBothWithin(most: number): (base: string, theirs: string, mine: string) => string {
  return (base, theirs, mine) => {
    const both = keepBoth(base, theirs, mine);
    return both.length <= most ? both : mine;
  };
}

/**
 * A field's text as it is typed, kept in step with the stored value: while
 * nothing is typed it shows what a colleague saves; what is typed is saved
 * on leaving (and, for long texts, once typing pauses, so a reload loses
 * nothing); and where a colleague saved the field meanwhile, both texts are
 * kept (`merge`), never one written over the other unseen.
 */
export function useFieldDraft(
  value: string,
  onSave: (text: string) => void,
  { merge, saveOnPause }: { merge: (base: string, theirs: string, mine: string) => string; saveOnPause: boolean },
): FieldDraft {
  const [draft, setDraft] = useState(value);
  const [notice, setNotice] = useState<string | null>(null);
  // The stored value the draft was started from: what a colleague's save is told apart from.
  const base = useRef(value);
  // What a save reads, as of the last render: a save runs from events and timers, after it.
  const latest = useRef({ draft, value, onSave, merge });
  useLayoutEffect(() => {
    latest.current = { draft, value, onSave, merge };
  });
  const typed = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The last text saved here, the value it was typed from, and when: a colleague's save crossing it is merged after.
  const written = useRef<{ text: string; from: string; at: number } | null>(null);

  // A colleague's save shows at once where nothing is being typed; where something is, it is said at once.
  useEffect(() => {
    const crossed = written.current;
    // Two saves at the same moment, each typed from the same text: the store keeps one. The page whose save lost
    // keeps both, as it would had it seen the other first.
    if (!typed.current && crossed !== null && value !== crossed.text && performance.now() - crossed.at < crossingMs) {
      written.current = null;
      const text = latest.current.merge(crossed.from, value, crossed.text);
      if (text !== value && text.includes(value.trimEnd()) && !value.includes(crossed.text)) {
        base.current = text;
        setDraft(text);
        setNotice('Someone else changed this at the same moment: both texts are kept.');
        written.current = { text, from: value, at: performance.now() };
        latest.current.onSave(text);
        return;
      }
    }
    if (!typed.current) {
      base.current = value;
      setDraft(value);
    } else if (value !== base.current && value !== latest.current.draft)
      setNotice('Someone else saved this while you type: both texts will be kept when yours is saved.');
  }, [value]);

  const save = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const { draft: mine, value: stored, onSave: write, merge: join } = latest.current;
    if (!typed.current) return;
    typed.current = false;
    const from = base.current;
    const concurrent = stored !== from && stored !== mine;
    const text = concurrent ? join(from, stored, mine) : mine;
    if (concurrent)
      setNotice(
        text === mine
          ? `Someone else had changed this to “${stored}”: yours replaced it.`
          : 'Someone else changed this while you typed: both texts are kept.',
      );
    if (text !== mine) setDraft(text);
    base.current = text;
    if (text !== stored) {
      written.current = { text, from: concurrent ? stored : from, at: performance.now() };
      write(text);
    }
  }, []);

  const change = useCallback(
    (text: string) => {
      typed.current = true;
      setNotice(null);
      setDraft(text);
      if (!saveOnPause) return;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(save, savePauseMs);
    },
    [save, saveOnPause],
  );

  // Closing the details or leaving the page keeps what was typed.
  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [save]);

  return { draft, change, save, notice };
}
