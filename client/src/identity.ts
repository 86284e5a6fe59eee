import { presenceColors } from '../../shared/presence.js';

/** The person at this browser, as other reviewers see them. */
export interface Identity {
  /** A random id for this browser, recorded as the author of its annotations. */
  id: string;
  name: string;
  color: string;
}

const storageKey = 'factmark.identity';

/** Colours that stay readable as cursor labels on white, and distinct from one another. */
export const identityColors: readonly string[] = presenceColors;

export function loadIdentity(): Identity | null {
  try {
    const stored = JSON.parse(window.localStorage.getItem(storageKey) ?? 'null') as Partial<Identity> | null;
    if (
      stored !== null &&
      typeof stored.name === 'string' &&
      stored.name.trim() !== '' &&
      typeof stored.color === 'string' &&
      typeof stored.id === 'string'
    ) {
      return { id: stored.id, name: stored.name, color: stored.color };
    }
  } catch {
    // A corrupt entry is asked for again.
  }
  return null;
}

export function saveIdentity(name: string): Identity {
  const previous = loadIdentity();
  const color = previous?.color ?? identityColors[Math.floor(Math.random() * identityColors.length)] ?? '#2e4057';
  const id = previous?.id ?? crypto.randomUUID();
  const identity = { id, name: name.trim().slice(0, 60), color };
  window.localStorage.setItem(storageKey, JSON.stringify(identity));
  return identity;
}
