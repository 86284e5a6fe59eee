import { useEffect, useState } from 'react';

/** The page the hash names: the document list, one document, or two documents compared (either may be still to choose). */
export type Route = { page: 'list' } | { page: 'document'; id: string } | { page: 'compare'; a: string; b: string } | { page: 'work' };

export function parseRoute(hash: string): Route {
  const match = /^#\/d\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  if (match?.[1] !== undefined) return { page: 'document', id: match[1] };
  const compare = /^#\/compare(?:\/([A-Za-z0-9_-]{0,64})(?:\/([A-Za-z0-9_-]{0,64}))?)?$/.exec(hash);
  if (compare !== null) return { page: 'compare', a: compare[1] ?? '', b: compare[2] ?? '' };
  if (hash === workHref) return { page: 'work' };
  return { page: 'list' };
}

/** The compare page for two documents; an empty id is one still to choose. */
export function compareHref(a = '', b = ''): string {
  return `#/compare/${a}/${b}`;
}

/** My work: the claims assigned to me. */
export const workHref = '#/work';

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
