import { useEffect, useState } from 'react';

/** A spot in a document to open at: a mark (in a layer, when not the team's), or code-point offsets of its text. */
export type Focus = { mark: string; layer?: string } | { start: number; end: number };

/** The page the hash names: the document list, one document (maybe at a spot), two documents compared (either may be still to choose), or search. */
export type Route =
  | { page: 'list' }
  | { page: 'document'; id: string; focus?: Focus }
  | { page: 'compare'; a: string; b: string }
  | { page: 'search'; query: URLSearchParams };

/** The spot a document's address names after its id: `/m/<mark>[?layer=<layer>]` or `/at/<start>[-<end>]`. */
function parseFocus(rest: string, search: string): Focus | undefined {
  const mark = /^\/m\/([A-Za-z0-9_-]{1,64})$/.exec(rest);
  if (mark?.[1] !== undefined) {
    const layer = new URLSearchParams(search).get('layer');
    return layer === null || !/^[A-Za-z0-9_-]{1,66}$/.test(layer) ? { mark: mark[1] } : { mark: mark[1], layer };
  }
  const at = /^\/at\/(\d{1,9})(?:-(\d{1,9}))?$/.exec(rest);
  if (at?.[1] !== undefined) return { start: Number(at[1]), end: Number(at[2] ?? at[1]) };
  return undefined;
}

export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.split('?', 2);
  const match = /^#\/d\/([A-Za-z0-9_-]{1,64})((?:\/m\/[A-Za-z0-9_-]{1,64})|(?:\/at\/\d{1,9}(?:-\d{1,9})?))?$/.exec(path);
  if (match?.[1] !== undefined) {
    const focus = match[2] === undefined ? undefined : parseFocus(match[2], search);
    return focus === undefined ? { page: 'document', id: match[1] } : { page: 'document', id: match[1], focus };
  }
  if (path === '#/search') return { page: 'search', query: new URLSearchParams(search) };
  const compare = /^#\/compare(?:\/([A-Za-z0-9_-]{0,64})(?:\/([A-Za-z0-9_-]{0,64}))?)?$/.exec(hash);
  if (compare !== null) return { page: 'compare', a: compare[1] ?? '', b: compare[2] ?? '' };
  return { page: 'list' };
}

/** The compare page for two documents; an empty id is one still to choose. */
export function compareHref(a = '', b = ''): string {
  return `#/compare/${a}/${b}`;
}

/** The search page with a query's parameters. */
export function searchHref(query: URLSearchParams): string {
  const search = query.toString();
  return search === '' ? '#/search' : `#/search?${search}`;
}

export function documentHref(id: string): string {
  return `#/d/${id}`;
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
