const storageKey = 'factmark.token';

/**
 * The token this browser uses. A `?token=` in the address (an owner or
 * invite link) replaces the stored one and is removed from the address bar,
 * so it does not linger in history or screenshots.
 */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null && fromUrl !== '') {
    window.localStorage.setItem(storageKey, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.localStorage.getItem(storageKey);
}

export function forgetToken(): void {
  window.localStorage.removeItem(storageKey);
}
