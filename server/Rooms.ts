import type { Fanout, RoomLink } from './Fanout.js';
import type { Logger } from './log.js';
import { defaultPendingLimits, Room, type PendingLimits } from './Room.js';
import type { SaveState } from './store/SaveState.js';
import type { Store } from './store/Store.js';

/**
 * The rooms in memory. A room loads when its first connection arrives and
 * unloads (after its queued writes, with a compaction) when its last leaves.
 */
export class Rooms {
  private readonly rooms = new Map<string, Promise<Room>>();
  private readonly store: Store;
  private readonly log: Logger;
  private readonly compactAfterUpdates: number;
  private readonly fanout: Fanout | null;
  private readonly pendingLimits: PendingLimits;
  private readonly saving: SaveState | null;
  /** Told the name of a room each time one of its updates is stored (the claims database reads it again later). */
  onStored: ((room: string) => void) | null = null;

  constructor(
    store: Store,
    log: Logger,
    compactAfterUpdates: number,
    fanout: Fanout | null = null,
    pendingLimits = defaultPendingLimits,
    saving: SaveState | null = null,
  ) {
    this.store = store;
    this.pendingLimits = pendingLimits;
    this.log = log;
    this.compactAfterUpdates = compactAfterUpdates;
    this.fanout = fanout;
    this.saving = saving;
    saving?.onChange((failure) => void this.storeChanged(failure));
  }

  /** Tells every loaded room's clients the store's state; once it saves again, each room stores what it kept. */
  private async storeChanged(failure: Error | null): Promise<void> {
    const rooms = await Promise.allSettled(this.rooms.values());
    for (const result of rooms) {
      if (result.status !== 'fulfilled') continue;
      const room = result.value;
      if (failure !== null) {
        room.sendStatus(failure);
        continue;
      }
      room
        .saveAgain()
        .then(() => {
          if (room.connections.size === 0) return this.release(room);
        })
        .catch((error: unknown) => this.log.error({ err: error, room: room.name }, 'storing a room’s kept changes failed'));
    }
  }

  /**
   * Loads a room; with other instances, joins its channel first and only then
   * reads the store, so every update is either in what was read or arrives
   * from the channel (both is harmless). Messages that arrive while the room
   * loads wait for it, in order.
   */
  private async load(name: string): Promise<Room> {
    const room = await this.loadLinked(name);
    room.saving = this.saving;
    room.onStored = (name) => this.onStored?.(name);
    return room;
  }

  private async loadLinked(name: string): Promise<Room> {
    if (this.fanout === null) return Room.load(name, this.store, this.log, this.compactAfterUpdates, this.pendingLimits);
    let resolveLoaded: (room: Room) => void = () => undefined;
    const loaded = new Promise<Room>((resolve) => (resolveLoaded = resolve));
    const whenLoaded = (action: (room: Room) => Promise<void> | void) => {
      void loaded
        .then(action)
        .catch((error: unknown) => this.log.error({ err: error, room: name }, 'applying another instance’s message failed'));
    };
    const link: RoomLink = await this.fanout.join(name, {
      update: (update) => whenLoaded((room) => room.receiveRemoteUpdate(update)),
      awareness: (update) => whenLoaded((room) => room.receiveRemoteAwareness(update)),
      awarenessQuery: () => whenLoaded((room) => room.publishLocalAwareness()),
      missed: () => whenLoaded((room) => room.catchUp()),
    });
    try {
      const room = await Room.load(name, this.store, this.log, this.compactAfterUpdates, this.pendingLimits);
      room.link = link;
      resolveLoaded(room);
      link.publishAwarenessQuery();
      return room;
    } catch (error) {
      await link.leave();
      throw error;
    }
  }

  /** The room, loading it from the store if it is not in memory. */
  get(name: string): Promise<Room> {
    let room = this.rooms.get(name);
    if (room === undefined) {
      const loading = this.load(name);
      room = loading;
      this.rooms.set(name, loading);
      loading.catch(() => {
        if (this.rooms.get(name) === loading) this.rooms.delete(name);
      });
    }
    return room;
  }

  /** The room if it is in memory, else null. */
  async loaded(name: string): Promise<Room | null> {
    return (await this.rooms.get(name)) ?? null;
  }

  /** Unloads a room that no connection uses any more; one holding changes the store refused stays until they are stored. */
  async release(room: Room): Promise<void> {
    await room.idle();
    if (room.unstored) return;
    if (room.connections.size > 0 || (await this.rooms.get(room.name)) !== room) return;
    this.rooms.delete(room.name);
    // The other instances learn of the last departures before the room stops speaking to them.
    room.relayAwareness();
    await room.link?.leave();
    await room.compact();
    room.destroy();
  }

  get size(): number {
    return this.rooms.size;
  }

  /** Waits for every room's writes and unloads them all. */
  async closeAll(): Promise<void> {
    const rooms = await Promise.allSettled(this.rooms.values());
    this.rooms.clear();
    for (const result of rooms) {
      if (result.status !== 'fulfilled') continue;
      await result.value.idle();
      result.value.relayAwareness();
      await result.value.link?.leave();
      result.value.destroy();
    }
  }
}
