import { useEffect, useState } from 'react';

/** The page the hash names: the document list, or one document. */
export type Route = { page: 'list' } | { page: 'document'; id: string };

export function parseRoute(hash: string): Route {
  const match = /^#\/d\/([A-Za-z0-9_-]{1,64})$/.exec(hash);
  return match?.[1] !== undefined ? { page: 'document', id: match[1] } : { page: 'list' };
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
