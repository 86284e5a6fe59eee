import { CodePointOffsets } from '../codePoints.js';
import type { SearchHit, SearchQuery } from '../api/search.js';
import { teamLayerId, type DocumentRecord } from '../document.js';
import type { SearchMark } from './extract.js';
import { findTerms, normalizeTerm, snippetOf, type TextSpan } from './snippet.js';

/**
 * The client address of a hit: a mark's permalink (`#/d/<document>/m/<mark>`,
 * with `?layer=<layer>` for a mark outside the team layer), or the document
 * opened at code-point offsets of its text (`#/d/<document>/at/<start>-<end>`).
 */
export function searchHitHref(
  documentId: string,
  mark: { id: string; layer: string } | null,
  span: { start: number; end: number } | null,
): string {
  const base = `#/d/${encodeURIComponent(documentId)}`;
  if (mark !== null) {
    const layer = mark.layer === teamLayerId ? '' : `?layer=${encodeURIComponent(mark.layer)}`;
    return `${base}/m/${encodeURIComponent(mark.id)}${layer}`;
  }
  return span === null ? base : `${base}/at/${span.start}-${span.end}`;
}

/** Whether a query filters marks (and so every hit is a mark). */
export function filtersMarks(query: SearchQuery, withStatus: boolean): boolean {
  return (
    query.kind !== undefined ||
    query.verdict !== undefined ||
    query.speaker !== undefined ||
    query.author !== undefined ||
    (withStatus && query.status !== undefined)
  );
}

/** The first instant of a `from` day, or the time given. */
function lowerBound(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** The last instant of a `to` day (inclusive), or the time given. */
function upperBound(value: string): number {
  return value.length === 10 ? Date.parse(`${value}T00:00:00Z`) + 86_400_000 - 1 : Date.parse(value);
}

/** The query's `from`–`to` as times (ms since the epoch, both inclusive; a day runs to its last millisecond), or null without either. */
export function timeBoundsOf(query: Pick<SearchQuery, 'from' | 'to'>): { from: number; to: number } | null {
  if (query.from === undefined && query.to === undefined) return null;
  return {
    from: query.from === undefined ? -Infinity : lowerBound(query.from),
    to: query.to === undefined ? Infinity : upperBound(query.to),
  };
}

/**
 * A test of whether a time (ms since the epoch; NaN for one that did not
 * parse) is inside the query's `from`–`to`, its bounds worked out once per
 * search. A time that does not parse is outside any range.
 */
export function timeFilterOf(query: Pick<SearchQuery, 'from' | 'to'>): (time: number) => boolean {
  const bounds = timeBoundsOf(query);
  if (bounds === null) return () => true;
  const { from, to } = bounds;
  // NaN fails both comparisons.
  return (time) => time >= from && time <= to;
}

/** Whether an ISO time is inside the query's `from`–`to` (a time that does not parse is outside any range). */
export function inDateRange(time: string, query: Pick<SearchQuery, 'from' | 'to'>): boolean {
  return timeFilterOf(query)(Date.parse(time));
}

/** The date an article's text is filtered by: its publication date, else when it was imported. */
export function documentDate(record: Pick<DocumentRecord, 'publishedAt' | 'createdAt'>): string {
  return record.publishedAt ?? record.createdAt;
}

/**
 * What a mark is filtered by, worked out once when it is indexed rather than
 * for every search: the speaker's and author's names normalized, the date as
 * a time (NaN when it does not parse).
 */
export type MarkFacets = Pick<SearchMark, 'kind' | 'verdict' | 'checkStatus' | 'speaker' | 'authorId' | 'authorName'> & { time: number };

/** A mark's {@link MarkFacets}. */
export function markFacetsOf(mark: SearchMark): MarkFacets {
  return {
    kind: mark.kind,
    verdict: mark.verdict,
    checkStatus: mark.checkStatus,
    speaker: normalizeTerm(mark.speaker),
    authorId: mark.authorId,
    authorName: normalizeTerm(mark.authorName),
    time: Date.parse(mark.createdAt),
  };
}

/** A test of whether a mark, by its facets, passes the query's filters (its words are the index's business); made once per search. */
export function facetFilterOf(query: SearchQuery, withStatus: boolean): (facets: MarkFacets) => boolean {
  const speaker = query.speaker === undefined ? undefined : normalizeTerm(query.speaker);
  const author = query.author === undefined ? undefined : normalizeTerm(query.author);
  const status = withStatus ? query.status : undefined;
  const dated = query.from !== undefined || query.to !== undefined;
  const inRange = timeFilterOf(query);
  return (facets) => {
    if (query.kind !== undefined && facets.kind !== query.kind) return false;
    if (query.verdict !== undefined && facets.verdict !== query.verdict) return false;
    if (status !== undefined && facets.checkStatus !== status) return false;
    if (speaker !== undefined && !facets.speaker.includes(speaker)) return false;
    if (author !== undefined && facets.authorId !== query.author && !facets.authorName.includes(author)) return false;
    return !dated || inRange(facets.time);
  };
}

/** A test of whether a mark passes the query's filters (its words are the index's business); made once per search. */
export function markFilterOf(query: SearchQuery, withStatus: boolean): (mark: SearchMark) => boolean {
  const test = facetFilterOf(query, withStatus);
  return (mark) => test(markFacetsOf(mark));
}

/** What a hit is found in: the document's record and text, and the mark when it is one. */
export interface HitSource {
  record: Pick<DocumentRecord, 'id' | 'title'>;
  text: string;
  mark: SearchMark | null;
}

/**
 * A hit as the API answers it: a snippet around the first matched word (or
 * the mark's span), the words found highlighted (a mark found by its note, or
 * by filters alone, has its span highlighted), offsets in code points.
 */
export function searchHitOf(source: HitSource, terms: ReadonlySet<string>, score: number): SearchHit {
  const { record, text, mark } = source;
  let focus: TextSpan | null;
  let highlight: TextSpan[] | ReadonlySet<string> = terms;
  let snippetSource = text;
  if (mark === null) {
    // The first word found is the spot; the snippet highlights every one around it.
    focus = findTerms(text, terms, 0, text.length, 1)[0] ?? null;
  } else if (mark.start !== null && mark.end !== null) {
    focus = { start: mark.start, end: mark.end };
    // A mark found by its note, or by filters alone, has its span highlighted.
    if (findTerms(text, terms, mark.start, mark.end, 1).length === 0) highlight = [focus];
  } else {
    // An orphan: its quote is all there is to show.
    snippetSource = mark.quote;
    focus = null;
    if (findTerms(mark.quote, terms, 0, mark.quote.length, 1).length === 0) highlight = [{ start: 0, end: mark.quote.length }];
  }
  const snippet = snippetOf(snippetSource, focus ?? { start: 0, end: 0 }, highlight);
  const offsets = focus === null || snippetSource !== text ? null : CodePointOffsets.of(text);
  const start = offsets === null || focus === null ? null : offsets.toCodePoints(focus.start);
  const end = offsets === null || focus === null ? null : offsets.toCodePoints(focus.end);
  return {
    document: { id: record.id, title: record.title },
    type: mark === null ? 'text' : 'mark',
    start,
    end,
    snippet,
    ...(mark === null
      ? {}
      : {
          mark: {
            id: mark.id,
            layer: mark.layer,
            kind: mark.kind,
            verdict: mark.verdict,
            checkStatus: mark.checkStatus,
            speaker: mark.speaker,
            author: { id: mark.authorId, name: mark.authorName },
            createdAt: mark.createdAt,
          },
        }),
    href: searchHitHref(record.id, mark, start === null || end === null ? null : { start, end }),
    score,
  };
}
