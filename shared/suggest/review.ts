import type { Node } from 'prosemirror-model';
import * as Y from 'yjs';
import { annotationsMap, createAnnotation, readAnnotation, updateAnnotation, type AnnotationKind, type Person } from '../annotation.js';
import { quoteSelectorOf } from '../anchor/matchQuote.js';
import { encodeAnchors } from '../anchor/relativeRange.js';
import { TextMap } from '../anchor/textMap.js';
import { spansMatch } from './score.js';
import type { Suggestion } from './suggestion.js';

/** The name of the layer doc's map of rejected suggestions, keyed by suggestion id. */
export const rejectedSuggestionsName = 'rejectedSuggestions';

/** Who rejected a suggestion, when, and what it was (for the history and to explain it). */
export interface Rejection {
  by: Person;
  at: string;
  kind: AnnotationKind;
  quote: string;
}

/** The layer's rejected suggestions: shared, so a rejection holds for everyone working in the layer. */
export function rejectedSuggestions(layer: Y.Doc): Y.Map<Rejection> {
  return layer.getMap<Rejection>(rejectedSuggestionsName);
}

/**
 * The ids of the suggestions rejected in the layer. A rejection is its key:
 * the value beside it (who and when) is only shown, so whatever a peer
 * stored there, a string, a number or nothing, never stops a reader.
 */
export function rejectedIds(layer: Y.Doc): Set<string> {
  return new Set(rejectedSuggestions(layer).keys());
}

/** Rejects a suggestion for everyone in the layer, in one transaction with `origin` (so it can be undone). */
export function rejectSuggestion(layer: Y.Doc, suggestion: Suggestion, by: Person, origin: unknown = null, now = new Date()): void {
  layer.transact(() => {
    rejectedSuggestions(layer).set(suggestion.id, {
      by: { id: by.id, name: by.name },
      at: now.toISOString(),
      kind: suggestion.kind,
      quote: suggestion.quote,
    });
  }, origin);
}

/** An annotation already in the layer, placed in the text (offsets into the `text` export). */
export interface PlacedAnnotation {
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
}

/**
 * The suggestions a reviewer still has to decide on: not rejected in the
 * layer, and not already marked (an annotation of the same kind overlapping).
 */
export function pendingSuggestions(
  suggestions: readonly Suggestion[],
  rejected: ReadonlySet<string>,
  existing: readonly PlacedAnnotation[],
): Suggestion[] {
  return suggestions.filter(
    (suggestion) =>
      !rejected.has(suggestion.id) &&
      !existing.some((mark) => mark.kind === suggestion.kind && mark.start < suggestion.end && suggestion.start < mark.end),
  );
}

/** The article as the editor holds it: the Y.XmlFragment and the ProseMirror document matching it. */
export interface ArticleView {
  fragment: Y.XmlFragment;
  doc: Node;
}

/**
 * Accepts a suggestion: marks its words as a real annotation by `author`, an
 * attribution with its speaker and source type, and links it with the
 * annotations already made from its linked suggestions (a claim to its
 * attribution, an attribution to its claims and denials), all in one
 * transaction with `origin`, so one undo takes it back. Returns the new
 * annotation's id: the suggestion's, so two reviewers accepting it at once make one mark.
 */
export function acceptSuggestion(
  layer: Y.Doc,
  article: ArticleView,
  suggestion: Suggestion,
  suggestions: readonly Suggestion[],
  existing: readonly PlacedAnnotation[],
  author: Person,
  origin: unknown = null,
  now = new Date(),
): string {
  const map = TextMap.of(article.doc);
  if (map.text.slice(suggestion.start, suggestion.end) !== suggestion.quote)
    throw new RangeError(`The suggestion “${suggestion.quote}” no longer matches the article's text.`);
  const from = map.posAt(suggestion.start, 1);
  const to = map.posAt(suggestion.end, -1);
  const linked = suggestion.links
    .map((id) => suggestions.find((other) => other.id === id))
    .filter((other): other is Suggestion => other !== undefined);
  const linkedMarks = existing.filter((mark) => linked.some((other) => other.kind === mark.kind && spansMatch(other, mark)));
  const annotations = annotationsMap(layer);
  const id = annotations.has(suggestion.id) ? undefined : suggestion.id;
  let created = '';
  layer.transact(() => {
    created = createAnnotation(
      layer,
      {
        id,
        kind: suggestion.kind,
        author,
        ...encodeAnchors(article.fragment, article.doc, from, to),
        ...quoteSelectorOf(map.text, suggestion.start, suggestion.end),
      },
      origin,
      now,
    );
    if (suggestion.kind === 'attribution') {
      updateAnnotation(
        layer,
        created,
        {
          speaker: { name: suggestion.speaker?.name ?? '', role: suggestion.speaker?.role ?? '' },
          sourceType: suggestion.speaker?.sourceType ?? 'named',
          links: linkedMarks.filter((mark) => mark.kind !== 'attribution').map((mark) => mark.id),
        },
        origin,
        now,
      );
      return;
    }
    for (const mark of linkedMarks) {
      const entry = annotations.get(mark.id);
      const attribution = entry instanceof Y.Map ? readAnnotation(mark.id, entry) : null;
      if (attribution?.kind === 'attribution' && !attribution.links.includes(created))
        updateAnnotation(layer, mark.id, { links: [...attribution.links, created] }, origin, now);
    }
  }, origin);
  return created;
}
