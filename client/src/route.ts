import { useEffect, useState } from 'react';
import { teamLayerId } from '../../shared/document.js';

/** A spot in a document's text to open at: code-point offsets of the text export (a search hit). */
export interface TextSpot {
  start: number;
  end: number;
}

/**
 * The page the hash names: the document list, one document (at one of its
 * marks: a permalink, or at a spot of its text: a search hit), two documents
 * compared (either may be still to choose), My work, or search.
 */
export type Route =
  | { page: 'list' }
  | { page: 'document'; id: string; mark?: MarkTarget; at?: TextSpot }
  | { page: 'compare'; a: string; b: string }
  | { page: 'work' }
  | { page: 'search'; query: URLSearchParams };

/** The mark a permalink opens, and the layer it is in. */
export interface MarkTarget {
  mark: string;
  layer: string;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.split('?', 2);
  const match = /^#\/d\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  if (match?.[1] !== undefined) return { page: 'document', id: match[1] };
  // A permalink: `#/d/<document>/m/<mark>`, with `?layer=<layer>` for a mark outside the team layer.
  // A mark's id may be any string (an imported one's): it is written encoded.
  const permalink = /^#\/d\/([A-Za-z0-9_-]{1,64})\/m\/([^/?]{1,400})(?:\?layer=([A-Za-z0-9_-]{1,80}))?$/.exec(hash);
  const mark = permalink?.[2] === undefined ? null : decoded(permalink[2]);
  if (permalink?.[1] !== undefined && mark !== null)
    return { page: 'document', id: permalink[1], mark: { mark, layer: permalink[3] ?? teamLayerId } };
  // A spot of the text: `#/d/<document>/at/<start>[-<end>]`, in code points.
  const at = /^#\/d\/([A-Za-z0-9_-]{1,64})\/at\/(\d{1,9})(?:-(\d{1,9}))?$/.exec(hash);
  if (at?.[1] !== undefined && at[2] !== undefined)
    return { page: 'document', id: at[1], at: { start: Number(at[2]), end: Number(at[3] ?? at[2]) } };
  if (path === '#/search') return { page: 'search', query: new URLSearchParams(search) };
  const compare = /^#\/compare(?:\/([A-Za-z0-9_-]{0,64})(?:\/([A-Za-z0-9_-]{0,64}))?)?$/.exec(hash);
  if (compare !== null) return { page: 'compare', a: compare[1] ?? '', b: compare[2] ?? '' };
  if (hash === workHref) return { page: 'work' };
  return { page: 'list' };
}

/** A part of an address decoded, or null if it does not decode. */
function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The compare page for two documents; an empty id is one still to choose. */
export function compareHref(a = '', b = ''): string {
  return `#/compare/${a}/${b}`;
}

/** My work: the claims assigned to me. */
export const workHref = '#/work';
/** The search page with a query's parameters. */
export function searchHref(query: URLSearchParams): string {
  const search = query.toString();
  return search === '' ? '#/search' : `#/search?${search}`;
}

export function documentHref(id: string): string {
  return `#/d/${id}`;
}

/** A permalink's hash: it opens the document at the mark, selected with its details open. */
export function markHref(id: string, target: MarkTarget): string {
  return `#/d/${id}/m/${encodeURIComponent(target.mark)}${target.layer === teamLayerId ? '' : `?layer=${target.layer}`}`;
}

/** The current route, following hash changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
