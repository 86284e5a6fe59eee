import * as Y from 'yjs';

/** Parts of updates Yjs could not apply yet, held for whoever sent them. */
interface Held<Owner> {
  owner: Owner;
  /** A v2 update, as Yjs keeps what is pending. */
  update: Uint8Array;
  /** Client → clock: the update can go further once the doc holds that clock of any of these clients. */
  needs: Map<number, number>;
  since: number;
}

/**
 * What a room's doc could not apply yet (items or deletions whose
 * dependencies have not arrived), taken out of the doc after each update and
 * held per sender. Yjs would keep it in the doc and merge it with every later
 * update, so each update cost as much as all that was pending; here an
 * update is tried again only once something it lacks has arrived, and what
 * one connection left can be counted, bounded and dropped with it.
 */
export class PendingUpdates<Owner> {
  private held: Held<Owner>[] = [];

  /** Moves what the doc left pending to the owner's account. Returns whether there was any. */
  takeFrom(doc: Y.Doc, owner: Owner, now = Date.now()): boolean {
    const store = doc.store;
    const structs = store.pendingStructs;
    const deletes = store.pendingDs;
    store.pendingStructs = null;
    store.pendingDs = null;
    if (structs !== null) this.held.push({ owner, update: structs.update, needs: new Map(structs.missing), since: now });
    if (deletes !== null) {
      // Deletions wait for the last clock they name of each client.
      const needs = new Map<number, number>();
      for (const [client, ranges] of Y.decodeUpdateV2(deletes).ds.clients) {
        needs.set(
          client,
          ranges.reduce((lowest, { clock }) => Math.min(lowest, clock), Infinity),
        );
      }
      this.held.push({ owner, update: deletes, needs, since: now });
    }
    return structs !== null || deletes !== null;
  }

  /** Removes and returns the held updates that the doc now holds something for, oldest first. */
  takeReady(doc: Y.Doc): Held<Owner>[] {
    if (this.held.length === 0) return [];
    const ready: Held<Owner>[] = [];
    this.held = this.held.filter((held) => {
      for (const [client, clock] of held.needs) {
        if (clock < Y.getState(doc.store, client)) {
          ready.push(held);
          return false;
        }
      }
      return true;
    });
    return ready;
  }

  /** Bytes held for an owner. */
  bytesOf(owner: Owner): number {
    let bytes = 0;
    for (const held of this.held) if (held.owner === owner) bytes += held.update.byteLength;
    return bytes;
  }

  /** Owners who have held something since before `before` (a time in ms). */
  ownersWaitingSince(before: number): Owner[] {
    return [...new Set(this.held.filter((held) => held.since < before).map((held) => held.owner))];
  }

  /** When the oldest held update arrived, or null when nothing is held. */
  oldest(): number | null {
    return this.held.length === 0 ? null : this.held.reduce((oldest, held) => Math.min(oldest, held.since), Infinity);
  }

  /** Drops everything held for an owner: it is never applied or stored. */
  drop(owner: Owner): void {
    this.held = this.held.filter((held) => held.owner !== owner);
  }
}
