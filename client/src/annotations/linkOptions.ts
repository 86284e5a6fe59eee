import type { Annotation } from '../../../shared/annotation.js';

/** How many marks on each side of the mark are offered when the layer holds more than {@link listedAll}. */
export const nearestOnEachSide = 8;
/** Up to this many marks that can be linked, every one is listed. */
export const listedAll = 24;
/** Most marks listed for a search. */
export const listedFound = 30;

/** The marks the links list shows, and how many could be linked in all. */
export interface LinkOptions {
  shown: Annotation[];
  total: number;
}

/**
 * The marks a denial or an attribution may link to, as its list shows them:
 * every one in a small layer; in a large one, those it links to and those
 * nearest it in the text (an attribution almost always attributes what
 * stands beside it), or those whose words hold what the reviewer typed. So
 * a layer of thousands lists a few dozen, not thousands of rows.
 */
export function linkOptions(annotation: Annotation, all: readonly Annotation[], search: string): LinkOptions {
  const linkable = (other: Annotation) =>
    other.id !== annotation.id && (annotation.kind === 'attribution' ? other.kind !== 'attribution' : other.kind === 'claim');
  const candidates: Annotation[] = [];
  let here = -1;
  for (const other of all) {
    if (other.id === annotation.id) here = candidates.length;
    else if (linkable(other)) candidates.push(other);
  }
  const total = candidates.length;
  const words = search.trim().toLowerCase();
  if (words === '' && total <= listedAll) return { shown: candidates, total };
  const linked = new Set(annotation.links);
  const keep = (index: number, candidate: Annotation): boolean => {
    if (linked.has(candidate.id)) return true;
    if (words !== '') return candidate.quote.toLowerCase().includes(words);
    // Before and after the mark in text order (the mark itself is not a candidate: `here` is where it would be).
    const from = (here === -1 ? 0 : here) - nearestOnEachSide;
    return index >= from && index < from + 2 * nearestOnEachSide;
  };
  const shown: Annotation[] = [];
  let found = 0;
  candidates.forEach((candidate, index) => {
    if (!keep(index, candidate)) return;
    if (words !== '' && !linked.has(candidate.id) && ++found > listedFound) return;
    shown.push(candidate);
  });
  return { shown, total };
}
