import { useEffect } from 'react';
import type { Api } from '../api.js';
import type { Identity } from '../identity.js';
import type { Room } from '../rooms.js';

/** Shows this person to the others in the article's room, by the name and colour they chose. */
export function usePresenceName(api: Api, room: Room | null, identity: Identity): void {
  useEffect(() => {
    const awareness = room?.provider.awareness;
    if (awareness === undefined) return;
    awareness.setLocalStateField('user', { name: identity.name, color: identity.color });
    // The server shows others the name it holds for this token: tell it, then send the presence again.
    api.setName(identity.name).then(
      () => awareness.setLocalStateField('user', { name: identity.name, color: identity.color }),
      () => undefined,
    );
  }, [api, room, identity]);
}
