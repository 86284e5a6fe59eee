import { ClassicLevel } from 'classic-level';
import * as Y from 'yjs';
import type { DocumentRecord } from '../../shared/index.js';
import { StoreOpenError, type InviteRecord, type Store } from './Store.js';
import { UpdateJournal, type JournalEntry } from './UpdateJournal.js';

// Keys: `u!<room>!<seq>` hold updates (seq as fixed-width hex so keys sort in
// order), `d!<id>` documents' records. `!` cannot occur in a room name.
const updatePrefix = (room: string) => `u!${room}!`;
const seqWidth = 12;
const documentKey = (id: string) => `d!${id}`;
const inviteKey = (jti: string) => `i!${jti}`;

function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

function decodeJson<T>(bytes: Uint8Array): T {
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/** How long journaled updates wait to go to LevelDB together; reads never wait for it. */
const batchDelayMs = 100;

function updateKey(room: string, seq: number): string {
  return updatePrefix(room) + seq.toString(16).padStart(seqWidth, '0');
}

/**
 * The embedded store: LevelDB in the data dir, with an {@link UpdateJournal}
 * beside it. An appended update is written to the journal at once, so a
 * `kill -9` of the server loses no update whose append has resolved, and
 * reaches LevelDB in the next batch; reads wait for the batches in flight.
 */
export class LevelStore implements Store {
  private readonly db: ClassicLevel<string, Uint8Array>;
  private readonly journal: UpdateJournal;
  /** The last sequence number used per room, once known. */
  private readonly lastSeq = new Map<string, number>();
  /** Updates in the journal that are not yet in LevelDB, oldest first. */
  private unbatched: JournalEntry[] = [];
  /** The batch being written, if any; every later batch waits for it. */
  private writing: Promise<void> = Promise.resolve();
  private scheduled = false;
  /** Set when LevelDB refused a batch: the journal keeps those updates for the next start. */
  private failure: Error | null = null;

  private constructor(db: ClassicLevel<string, Uint8Array>, journal: UpdateJournal) {
    this.db = db;
    this.journal = journal;
  }

  /**
   * Opens (or creates) the store in a folder; its journal is the file
   * `<folder>.journal`. Updates a crash left in the journal go to LevelDB first.
   */
  static async open(location: string): Promise<LevelStore> {
    const db = new ClassicLevel<string, Uint8Array>(location, { keyEncoding: 'utf8', valueEncoding: 'view' });
    try {
      await db.open();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      const locked = cause?.code === 'LEVEL_LOCKED';
      throw new StoreOpenError(
        locked
          ? `The store in ${location} is in use by another factmark process.`
          : `The store in ${location} could not be opened: ${(error as Error).message}`,
        locked,
        { cause: error },
      );
    }
    let opened: ReturnType<typeof UpdateJournal.open>;
    try {
      opened = UpdateJournal.open(`${location}.journal`);
    } catch (error) {
      await db.close();
      throw new StoreOpenError(`The store's journal ${location}.journal could not be read: ${(error as Error).message}`, false, {
        cause: error,
      });
    }
    const store = new LevelStore(db, opened.journal);
    // Updates may be in LevelDB already if the crash came after their batch:
    // applying a Yjs update twice changes nothing, so they are simply added.
    store.unbatched = opened.entries;
    await store.flush();
    return store;
  }

  private async nextSeq(room: string): Promise<number> {
    let last = this.lastSeq.get(room);
    if (last === undefined) {
      last = -1;
      for await (const key of this.db.keys({ gte: updatePrefix(room), lt: `${updatePrefix(room)}~`, reverse: true, limit: 1 })) {
        last = parseInt(key.slice(updatePrefix(room).length), 16);
      }
      // Another append may have found the same answer while we waited.
      last = Math.max(last, this.lastSeq.get(room) ?? -1);
    }
    this.lastSeq.set(room, last + 1);
    return last + 1;
  }

  appendUpdate(room: string, update: Uint8Array): Promise<void> {
    try {
      this.journalUpdate(room, update);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return Promise.resolve();
  }

  appendUpdateNow(room: string, update: Uint8Array): void {
    this.journalUpdate(room, update);
  }

  /** Writes an update to the journal, and schedules the batch that takes it to LevelDB. */
  private journalUpdate(room: string, update: Uint8Array): void {
    if (this.failure !== null) throw this.failure;
    this.journal.append(room, update);
    this.unbatched.push({ room, update });
    if (!this.scheduled) {
      this.scheduled = true;
      // The journal already holds it: whatever else arrives meanwhile joins
      // the batch, so LevelDB works a few times a second, not once an update.
      setTimeout(() => {
        this.scheduled = false;
        void this.flush().catch(() => undefined);
      }, batchDelayMs).unref();
    }
  }

  /** Writes the journaled updates to LevelDB in one batch, after any batch in flight. */
  private flush(): Promise<void> {
    this.writing = this.writing.then(async () => {
      if (this.failure !== null) throw this.failure;
      const entries = this.unbatched;
      if (entries.length === 0) return;
      this.unbatched = [];
      try {
        const operations = [];
        for (const { room, update } of entries)
          operations.push({ type: 'put' as const, key: updateKey(room, await this.nextSeq(room)), value: update });
        await this.db.batch(operations);
      } catch (error) {
        this.failure = new Error(`Writing updates to the store failed: ${(error as Error).message}`, { cause: error });
        throw this.failure;
      }
      // Nothing appended meanwhile: the journal holds nothing LevelDB lacks.
      if (this.unbatched.length === 0) this.journal.clear();
    });
    return this.writing;
  }

  async loadUpdates(room: string): Promise<Uint8Array[]> {
    await this.flush();
    return this.db.values({ gte: updatePrefix(room), lt: `${updatePrefix(room)}~` }).all();
  }

  async listRooms(prefix: string): Promise<string[]> {
    await this.flush();
    const rooms: string[] = [];
    let after = `u!${prefix}`;
    // Skip from room to room: one key read per room, however long its log.
    for (;;) {
      const [key] = await this.db.keys({ gt: after, lt: `u!${prefix}~`, limit: 1 }).all();
      if (key === undefined) return rooms;
      const room = key.slice(2, key.lastIndexOf('!'));
      rooms.push(room);
      after = `${updatePrefix(room)}~`;
    }
  }

  async countUpdates(room: string): Promise<number> {
    await this.flush();
    let count = 0;
    for await (const _key of this.db.keys({ gte: updatePrefix(room), lt: `${updatePrefix(room)}~` })) count++;
    return count;
  }

  async compact(room: string): Promise<void> {
    await this.flush();
    const entries = await this.db.iterator({ gte: updatePrefix(room), lt: `${updatePrefix(room)}~` }).all();
    if (entries.length < 2) return;
    const lastEntry = entries[entries.length - 1];
    if (lastEntry === undefined) return;
    const merged = Y.mergeUpdates(entries.map(([, value]) => value));
    // One atomic batch: the snapshot replaces the last merged key, the others
    // go. Updates appended meanwhile have higher keys and are untouched.
    await this.db.batch([
      ...entries.slice(0, -1).map(([key]) => ({ type: 'del' as const, key })),
      { type: 'put' as const, key: lastEntry[0], value: merged },
    ]);
  }

  async putDocument(record: DocumentRecord): Promise<void> {
    await this.db.put(documentKey(record.id), encodeJson(record));
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const value = await this.db.get(documentKey(id));
    return value === undefined ? null : decodeJson<DocumentRecord>(value);
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    const values = await this.db.values({ gte: 'd!', lt: 'd!~' }).all();
    return values.map((value) => decodeJson<DocumentRecord>(value));
  }

  async putInvite(invite: InviteRecord): Promise<void> {
    await this.db.put(inviteKey(invite.jti), encodeJson(invite));
  }

  async getInvite(jti: string): Promise<InviteRecord | null> {
    const value = await this.db.get(inviteKey(jti));
    return value === undefined ? null : decodeJson<InviteRecord>(value);
  }

  async listInvites(docId?: string): Promise<InviteRecord[]> {
    const invites = (await this.db.values({ gte: 'i!', lt: 'i!~' }).all()).map((value) => decodeJson<InviteRecord>(value));
    return docId === undefined ? invites : invites.filter((invite) => invite.docId === docId);
  }

  async ping(): Promise<void> {
    if (this.db.status !== 'open') throw new Error(`The store is ${this.db.status}.`);
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.journal.close();
      await this.db.close();
    }
  }
}
