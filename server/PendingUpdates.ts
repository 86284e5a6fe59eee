import * as Y from 'yjs';
import { mergeInGroups } from './mergeInGroups.js';

/** Part of an update Yjs could not apply yet, held for whoever sent it. */
export interface Held<Owner> {
  owner: Owner;
  /** A v2 update, as Yjs keeps what is pending. */
  update: Uint8Array;
  /** Client → clock: the update can go further once the doc holds that clock of any of these clients. */
  needs: Map<number, number>;
  since: number;
}

/** What a held update counts against its sender beyond its bytes: the cost of keeping it at all. */
const heldOverheadBytes = 128;

/**
 * What a room's doc could not apply yet (items or deletions whose
 * dependencies have not arrived), taken out of the doc after each update and
 * held per sender. Yjs would keep it in the doc and merge it with every later
 * update, so each update cost as much as all that was pending; here held
 * updates are filed under the clients whose changes they wait for, in clock
 * order, so an update looks only at those its own clients' new changes made
 * ready, and what one connection left is counted, bounded and dropped with it.
 */
export class PendingUpdates<Owner> {
  /** Per client, the held updates waiting for one of its clocks, lowest clock first. */
  private readonly waitingOn = new Map<number, { clock: number; held: Held<Owner> }[]>();
  private readonly held = new Set<Held<Owner>>();
  private readonly bytes = new Map<Owner, number>();

  /** Whether nothing is held. */
  get isEmpty(): boolean {
    return this.held.size === 0;
  }

  /** Moves what the doc left pending to the owner's account. Returns whether there was any. */
  takeFrom(doc: Y.Doc, owner: Owner, now = Date.now()): boolean {
    const store = doc.store;
    const structs = store.pendingStructs;
    const deletes = store.pendingDs;
    store.pendingStructs = null;
    store.pendingDs = null;
    if (structs !== null) this.hold({ owner, update: structs.update, needs: new Map(structs.missing), since: now });
    if (deletes !== null) {
      // Deletions wait for the first clock they name of each client.
      const needs = new Map<number, number>();
      for (const [client, ranges] of Y.decodeUpdateV2(deletes).ds.clients) {
        needs.set(
          client,
          ranges.reduce((lowest, { clock }) => Math.min(lowest, clock), Infinity),
        );
      }
      this.hold({ owner, update: deletes, needs, since: now });
    }
    return structs !== null || deletes !== null;
  }

  private hold(held: Held<Owner>): void {
    this.held.add(held);
    this.bytes.set(held.owner, (this.bytes.get(held.owner) ?? 0) + held.update.byteLength + heldOverheadBytes);
    for (const [client, clock] of held.needs) {
      let list = this.waitingOn.get(client);
      if (list === undefined) this.waitingOn.set(client, (list = []));
      let low = 0;
      let high = list.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((list[middle]?.clock ?? 0) <= clock) low = middle + 1;
        else high = middle;
      }
      list.splice(low, 0, { clock, held });
    }
  }

  /**
   * The owners of held updates that changes of these clients made ready (the
   * doc now holds a clock one of them waits for), oldest first; take what
   * they hold with {@link takeAllOf}.
   */
  readyOwners(doc: Y.Doc, advanced: Iterable<number>): Owner[] {
    const ready = new Set<Held<Owner>>();
    for (const client of advanced) {
      const list = this.waitingOn.get(client);
      if (list === undefined) continue;
      const state = Y.getState(doc.store, client);
      let count = 0;
      while (count < list.length && (list[count]?.clock ?? Infinity) < state) count++;
      for (const { held } of list.splice(0, count)) if (this.held.has(held)) ready.add(held);
      if (list.length === 0) this.waitingOn.delete(client);
    }
    return [...new Set([...ready].sort((a, b) => a.since - b.since).map((held) => held.owner))];
  }

  /**
   * Removes and returns, as one update, everything held for an owner: once
   * one of its updates can go on, the rest usually can too (each waits for
   * the one before), and one merge costs less than applying them one by one.
   */
  takeAllOf(owner: Owner): Uint8Array | null {
    const mine = [...this.held].filter((held) => held.owner === owner).sort((a, b) => a.since - b.since);
    if (mine.length === 0) return null;
    for (const held of mine) this.release(held);
    this.forgetReleased();
    return mine.length === 1
      ? (mine[0] as Held<Owner>).update
      : mergeInGroups(
          mine.map((held) => held.update),
          Y.mergeUpdatesV2,
        );
  }

  /** Drops the entries of released updates from the per-client lists. */
  private forgetReleased(): void {
    for (const [client, list] of this.waitingOn) {
      const kept = list.filter(({ held }) => this.held.has(held));
      if (kept.length === 0) this.waitingOn.delete(client);
      else if (kept.length !== list.length) this.waitingOn.set(client, kept);
    }
  }

  /** Forgets a held update; its entries under other clients are skipped when met. */
  private release(held: Held<Owner>): void {
    this.held.delete(held);
    const left = (this.bytes.get(held.owner) ?? 0) - held.update.byteLength - heldOverheadBytes;
    if (left > 0) this.bytes.set(held.owner, left);
    else this.bytes.delete(held.owner);
  }

  /** Bytes held for an owner, with what keeping each update costs. */
  bytesOf(owner: Owner): number {
    return this.bytes.get(owner) ?? 0;
  }

  /** Owners who have held something since before `before` (a time in ms). */
  ownersWaitingSince(before: number): Owner[] {
    return [...new Set([...this.held].filter((held) => held.since < before).map((held) => held.owner))];
  }

  /** When the oldest update held for an owner that counts arrived, or null when none is held. */
  oldest(counts: (owner: Owner) => boolean = () => true): number | null {
    let oldest: number | null = null;
    for (const held of this.held) if (counts(held.owner) && (oldest === null || held.since < oldest)) oldest = held.since;
    return oldest;
  }

  /** Drops everything held for an owner: it is never applied or stored. */
  drop(owner: Owner): void {
    if (!this.bytes.has(owner)) return;
    for (const held of this.held) if (held.owner === owner) this.release(held);
    this.forgetReleased();
  }
}
