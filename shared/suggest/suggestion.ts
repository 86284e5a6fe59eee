import type { AnnotationKind, SourceType } from '../annotation.js';

/** A speaker as a suggestion reads them from the article. */
export interface SuggestedSpeaker {
  /** The person or body ("Maria Ortega", "the health ministry", "officials"). */
  name: string;
  /** Their title as written ("a spokeswoman for the port authority"), or empty. */
  role: string;
  sourceType: SourceType;
}

/**
 * A mark the rules propose and a reviewer accepts or rejects. `start` and
 * `end` are offsets into the plain-text export (`toText`), snapped to whole
 * words; `quote` is the text between them.
 */
export interface Suggestion {
  /** Stable across recomputations and edits elsewhere in the article: see `suggestionId`. */
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  quote: string;
  /** Attributions: who is speaking. */
  speaker?: SuggestedSpeaker;
  /** Attributions: the claims and denials they make; claims and denials: the attribution naming their speaker. */
  links: string[];
  /** Why the rules propose it, for the reviewer ("quotation after “said”"). */
  reason: string;
}

/** FNV-1a, 32 bits: short, fast, and the same on every replica. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}

/**
 * The id of a suggestion: its kind, its words, and which of the suggestions
 * of that kind with those words it is, in text order (0 for the first).
 * Offsets would change with every edit above the span; a rejection is meant
 * to stick.
 */
export function suggestionId(kind: AnnotationKind, quote: string, occurrence: number): string {
  return `s-${kind[0] ?? ''}${hash(`${kind}\u0000${quote}\u0000${occurrence}`)}`;
}

/** The attribution a claim or denial is linked to, among suggestions by id; null when it has none. */
export function linkedAttribution(suggestion: Suggestion, byId: ReadonlyMap<string, Suggestion>): Suggestion | null {
  return suggestion.links.map((id) => byId.get(id)).find((linked) => linked?.kind === 'attribution') ?? null;
}
