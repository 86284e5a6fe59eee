import type { Logger } from './log.js';
import { Room } from './Room.js';
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

  constructor(store: Store, log: Logger, compactAfterUpdates: number) {
    this.store = store;
    this.log = log;
    this.compactAfterUpdates = compactAfterUpdates;
  }

  /** The room, loading it from the store if it is not in memory. */
  get(name: string): Promise<Room> {
    let room = this.rooms.get(name);
    if (room === undefined) {
      const loading = Room.load(name, this.store, this.log, this.compactAfterUpdates);
      room = loading;
      this.rooms.set(name, loading);
      loading.then(
        (loaded) => {
          loaded.onBroken = () => {
            if (this.rooms.get(name) === loading) this.rooms.delete(name);
          };
        },
        () => this.rooms.delete(name),
      );
    }
    return room;
  }

  /** The room if it is in memory, else null. */
  async loaded(name: string): Promise<Room | null> {
    return (await this.rooms.get(name)) ?? null;
  }

  /** Unloads a room that no connection uses any more. */
  async release(room: Room): Promise<void> {
    await room.idle();
    if (room.broken) {
      if (room.connections.size === 0) room.destroy();
      return;
    }
    if (room.connections.size > 0 || (await this.rooms.get(room.name)) !== room) return;
    this.rooms.delete(room.name);
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
      result.value.destroy();
    }
  }
}
