import { ClassicLevel } from 'classic-level';
import type { CollectionRecord, DocumentRecord } from '../../shared/index.js';
import type { ReviewedClaim } from '../../shared/api/claims.js';
import { damageKey, mergeInline, type DamageReport, type UpdateMerger } from './damage.js';
import { droppedBytes, LevelLogWatch } from './levelLog.js';
import { StoreOpenError, StoreUnavailableError, type InviteRecord, type PublicationSnapshot, type Store } from './Store.js';
import { UpdateJournal, type Durability, type JournalEntry, type JournalScan } from './UpdateJournal.js';

// Keys: `u!<room>!<seq>` hold updates (seq as fixed-width hex so keys sort in
// order), `d!<id>` documents' records. `!` cannot occur in a room name.
const updatePrefix = (room: string) => `u!${room}!`;
const seqWidth = 12;
const documentKey = (id: string) => `d!${id}`;
const inviteKey = (jti: string) => `i!${jti}`;
// `p!<slug>` public pages' snapshots.
const publicationKey = (slug: string) => `p!${slug}`;
// `c!<id>` collections' records.
const collectionKey = (id: string) => `c!${id}`;
// `k!<scope>` the claims database's claims of one source (`doc:<id>`, `feed:<name>`).
const claimsKey = (scope: string) => `k!${scope}`;
// `x!<key>` damage reports; `m!written` how many batches of updates were written;
// `q!<room>!<seq>` stored updates that did not decode, set aside by compaction.
const damagePrefix = 'x!';
const writtenKey = 'm!written';
/** Bytes written to the journal to learn whether the disk takes writes again. */
const probeBytes = 64 * 1024;

function encodeJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

function decodeJson<T>(bytes: Uint8Array): T {
  return JSON.parse(new TextDecoder().decode(bytes)) as T;
}

/**
 * Bytes of updates LevelDB already has that the journal may hold before it is
 * emptied. A start after a crash stores them again, which changes nothing.
 */
const journalEmptyBytes = 4 * 1024 * 1024;

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
  private readonly durability: Durability;
  /** Batches of updates written to LevelDB, ever; kept with them and in the journal's checkpoint. */
  private written = 0;
  /** Damage found on opening, kept until it is stored with the reports. */
  readonly damageFound: DamageReport[] = [];
  /** The last sequence number used per room, once known. */
  private readonly lastSeq = new Map<string, number>();
  /** Updates in the journal that are not yet in LevelDB, oldest first. */
  private unbatched: JournalEntry[] = [];
  /** The rooms the journal holds updates of (in LevelDB or not), since it was last emptied. */
  private readonly journalRooms = new Set<string>();
  /** The batch being written, if any; every later batch waits for it. */
  private writing: Promise<void> = Promise.resolve();
  private scheduled = false;
  /** Set while the disk or LevelDB refuses writes: the journal keeps what it holds, and appends are refused. */
  private failure: StoreUnavailableError | null = null;
  /** LevelDB refused a write: it accepts none until reopened. */
  private levelFailed = false;
  /**
   * The ids of the documents' records, read once on opening: LevelDB admits
   * one process, so every record written or erased later goes through here.
   */
  private readonly documentIds = new Set<string>();

  /**
   * Writes to the journal before returning. With `process` durability that
   * is all; with `power` the returned promise resolves once the journal is
   * on the disk, one flush serving every append made while the last ran.
   */
  appendUpdateNow: (room: string, update: Uint8Array) => Promise<void> | void;

  private constructor(db: ClassicLevel<string, Uint8Array>, journal: UpdateJournal, durability: Durability) {
    this.db = db;
    this.journal = journal;
    this.durability = durability;
    this.appendUpdateNow =
      durability === 'process'
        ? (room, update) => this.journalUpdate(room, update)
        : (room, update) => {
            this.journalUpdate(room, update);
            return this.flushedToDisk();
          };
  }

  /**
   * Opens (or creates) the store in a folder; its journal is the file
   * `<folder>.journal`. Updates a crash left in the journal go to LevelDB
   * first. Damage found on the way (frames of the journal that do not read,
   * records LevelDB dropped, batches LevelDB lost) is kept aside, recorded
   * and listed in {@link damageFound}; the rest is served.
   */
  static async open(location: string, options: { durability?: Durability } = {}): Promise<LevelStore> {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const foundAt = new Date().toISOString();
    const db = new ClassicLevel<string, Uint8Array>(location, { keyEncoding: 'utf8', valueEncoding: 'view' });
    const logs = await LevelLogWatch.before(location, stamp);
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
    const damage: DamageReport[] = [];
    const dropped = await logs.after();
    if (dropped.dropped.length > 0) {
      damage.push({
        room: null,
        updates: null,
        problem: `LevelDB could not read ${droppedBytes(dropped.dropped)} bytes of its log and dropped them: ${dropped.dropped.join('; ')}`,
        evidence: dropped.evidence,
        foundAt,
      });
    }
    let opened: ReturnType<typeof UpdateJournal.open>;
    const journalFile = `${location}.journal`;
    try {
      opened = UpdateJournal.open(journalFile, () => `${journalFile}.damaged-${stamp}`);
    } catch (error) {
      await db.close();
      throw new StoreOpenError(`The store's journal ${journalFile} could not be read: ${(error as Error).message}`, false, {
        cause: error,
      });
    }
    const store = new LevelStore(db, opened.journal, options.durability ?? 'process');
    const written = await db.get(writtenKey);
    store.written = written === undefined ? 0 : decodeJson<number>(written);
    damage.push(...journalDamage(opened.scan, opened.movedTo, journalFile, foundAt));
    if (opened.scan.checkpoint !== null && store.written < opened.scan.checkpoint) {
      damage.push({
        room: null,
        updates: null,
        problem:
          `LevelDB holds ${store.written} batches of updates but had written ${opened.scan.checkpoint}: ` +
          'its log was cut short or lost, and the updates of the missing batches with it',
        evidence: null,
        foundAt,
      });
      // Counting on from the higher number, so the loss is not reported again and again.
      store.written = opened.scan.checkpoint;
    }
    for await (const key of db.keys({ gte: 'd!', lt: 'd!~' })) store.documentIds.add(key.slice(2));
    store.damageFound.push(...damage);
    for (const report of damage) await store.reportDamage(report);
    // Updates may be in LevelDB already if the crash came after their batch:
    // applying a Yjs update twice changes nothing, so they are simply added.
    store.unbatched = opened.scan.entries;
    for (const entry of opened.scan.entries) store.journalRooms.add(entry.room);
    await store.flush(true);
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
    return this.durability === 'process' ? Promise.resolve() : this.flushedToDisk();
  }

  /** Resolves once the journal is on the disk. */
  private flushedToDisk(): Promise<void> {
    return this.journal.synced().catch((error: unknown) => {
      throw this.fail(error, 'flushing the journal to the disk');
    });
  }

  /** Enters the failed state (appends refused until {@link recover}) and returns the error to throw. */
  private fail(error: unknown, doing: string): StoreUnavailableError {
    if (this.failure === null) {
      this.failure = new StoreUnavailableError(`The store cannot write (${doing}): ${(error as Error).message}`, { cause: error });
      this.onUnavailable?.(this.failure);
    }
    return this.failure;
  }

  onUnavailable: ((error: StoreUnavailableError) => void) | null = null;

  /** Writes a record to LevelDB; a failure to write is the store's failure like any other. */
  private async putRecord(key: string, value: unknown): Promise<void> {
    if (this.failure !== null) throw this.failure;
    try {
      await this.db.put(key, encodeJson(value), { sync: this.durability === 'power' });
    } catch (error) {
      this.levelFailed = true;
      throw this.fail(error, 'writing a record to LevelDB');
    }
  }

  /** Writes an update to the journal, and schedules the batch that takes it to LevelDB. */
  private journalUpdate(room: string, update: Uint8Array): void {
    if (this.failure !== null) throw this.failure;
    try {
      this.journal.append(room, update);
    } catch (error) {
      throw this.fail(error, 'appending to the journal');
    }
    this.unbatched.push({ room, update });
    this.journalRooms.add(room);
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

  /**
   * Writes the journaled updates to LevelDB in one batch, after any batch in
   * flight. The journal is emptied once LevelDB holds all it does, and it has
   * grown past {@link journalEmptyBytes} (or `empty` asks): emptying it is a
   * truncate, which can wait on the disk (tens of ms on a busy one), so not
   * after every batch while rooms are being edited.
   */
  private flush(empty = false): Promise<void> {
    const run = this.writing.then(async () => {
      if (this.failure !== null) throw this.failure;
      const entries = this.unbatched;
      this.unbatched = [];
      if (entries.length > 0) {
        try {
          const operations = [];
          for (const { room, update } of entries)
            operations.push({ type: 'put' as const, key: updateKey(room, await this.nextSeq(room)), value: update });
          operations.push({ type: 'put' as const, key: writtenKey, value: encodeJson(this.written + 1) });
          await this.db.batch(operations, { sync: this.durability === 'power' });
          this.written++;
        } catch (error) {
          // The journal still holds them: they go in the next batch, once LevelDB takes writes again.
          this.unbatched = [...entries, ...this.unbatched];
          this.levelFailed = true;
          throw this.fail(error, 'writing a batch to LevelDB');
        }
      }
      // Nothing appended meanwhile: the journal holds nothing LevelDB lacks.
      if (this.unbatched.length === 0 && this.journalRooms.size > 0 && (empty || this.journal.bytes >= journalEmptyBytes)) {
        try {
          this.journal.clear(this.written);
        } catch {
          // Only the checkpoint was not written: everything is in LevelDB.
        }
        this.journalRooms.clear();
      }
    });
    // A failed batch does not stop the next one from trying.
    this.writing = run.catch(() => undefined);
    return run;
  }

  /**
   * Tries the disk again after a failure: LevelDB is reopened (it refuses
   * every write after a failed one), a filler is written to the journal, and
   * the updates waiting for LevelDB are written. Resolves once the store
   * takes writes again; rejects, still failed, if it does not.
   */
  async recover(): Promise<void> {
    if (this.failure === null) return;
    await this.writing;
    // The journal first: a cheap test of whether the disk takes writes at all.
    try {
      this.journal.appendFiller(probeBytes);
    } catch (error) {
      throw new StoreUnavailableError(`The store still cannot write: ${(error as Error).message}`, { cause: error });
    }
    if (this.levelFailed) {
      if (this.db.status === 'open') await this.db.close();
      await this.db.open();
      this.levelFailed = false;
    }
    this.failure = null;
    await this.flush();
  }

  /** The reason appends are refused, or null while they are taken. */
  get unavailable(): Error | null {
    return this.failure;
  }

  /**
   * Every stored update of a room. While LevelDB refuses writes, those only
   * in the journal are added, so a room can still be read.
   */
  async loadUpdates(room: string): Promise<Uint8Array[]> {
    await this.flush().catch(() => undefined);
    const stored = await this.readRoom(room);
    return [...stored, ...this.unbatched.filter((entry) => entry.room === room).map((entry) => entry.update)];
  }

  /**
   * A room's updates as LevelDB gives them. A block of its files that does
   * not read (a corrupted table) ends an iterator: the damage is reported and
   * the reading goes on from the next key that reads, so the rest is served.
   */
  private async readRoom(room: string): Promise<Uint8Array[]> {
    const prefix = updatePrefix(room);
    const values: Uint8Array[] = [];
    let from = prefix;
    let last = -1;
    let unreadable: string | null = null;
    let highest: number | null = null;
    for (let skip = 1; ;) {
      const before = last;
      try {
        for await (const [key, value] of this.db.iterator({ gte: from, lt: `${prefix}~` })) {
          values.push(value);
          last = parseInt(key.slice(prefix.length), 16);
        }
        break;
      } catch (error) {
        if ((error as { code?: string }).code !== 'LEVEL_CORRUPTION') throw error;
        unreadable ??= (error as Error).message;
        highest ??= await this.highestSeq(room);
        // Key by key up to the highest key (when that reads), else in growing steps.
        if (last !== before) skip = 1;
        const next = last + skip;
        if (next > (highest ?? 2 ** 48)) break;
        from = updateKey(room, next);
        skip = highest === null ? skip * 2 : skip + 1;
      }
    }
    if (unreadable !== null) {
      await this.reportDamage({
        room,
        updates: null,
        problem: `LevelDB could not read some stored updates of the room (${unreadable}); the others are served`,
        evidence: null,
        foundAt: new Date().toISOString(),
      }).catch(() => undefined);
    }
    return values;
  }

  /** The sequence number of a room's last stored update, or null if that cannot be read. */
  private async highestSeq(room: string): Promise<number | null> {
    try {
      const [key] = await this.db.keys({ gte: updatePrefix(room), lt: `${updatePrefix(room)}~`, reverse: true, limit: 1 }).all();
      return key === undefined ? null : parseInt(key.slice(updatePrefix(room).length), 16);
    } catch {
      return null;
    }
  }

  async reportDamage(report: DamageReport): Promise<void> {
    const key = damagePrefix + damageKey(report);
    if ((await this.db.get(key)) !== undefined) return;
    await this.db.put(key, encodeJson(report), { sync: this.durability === 'power' });
  }

  async listDamage(): Promise<DamageReport[]> {
    return (await this.db.values({ gte: damagePrefix, lt: `${damagePrefix}~` }).all()).map((value) => decodeJson<DamageReport>(value));
  }

  async listRooms(prefix: string): Promise<string[]> {
    await this.flush().catch(() => undefined);
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

  async roomVersion(room: string): Promise<string | null> {
    await this.flush().catch(() => undefined);
    // Keys are never reused: compaction keeps the last one, appends come after it.
    const [last] = await this.db.keys({ gte: updatePrefix(room), lt: `${updatePrefix(room)}~`, reverse: true, limit: 1 }).all();
    const waiting = this.unbatched.filter((entry) => entry.room === room).length;
    return last === undefined && waiting === 0 ? null : `${last ?? ''}+${waiting}`;
  }

  async countUpdates(room: string): Promise<number> {
    await this.flush().catch(() => undefined);
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
    const { merged, unreadable: skipped } = await this.merger(entries.map(([, value]) => value));
    // Updates that do not decode are moved aside under `q!`, as they were, not merged away.
    const unreadable = entries.filter((_entry, index) => skipped.includes(index));
    // One atomic batch: the snapshot replaces the last merged key, the others
    // go. Updates appended meanwhile have higher keys and are untouched.
    await this.db.batch([
      ...unreadable.map(([key, value]) => ({ type: 'put' as const, key: `q!${key.slice(2)}`, value })),
      ...entries.slice(0, -1).map(([key]) => ({ type: 'del' as const, key })),
      { type: 'put' as const, key: lastEntry[0], value: merged },
    ]);
  }

  merger: UpdateMerger = mergeInline;

  async putDocument(record: DocumentRecord): Promise<void> {
    await this.putRecord(documentKey(record.id), record);
    this.documentIds.add(record.id);
  }

  async deleteDocument(id: string): Promise<void> {
    if (this.failure !== null) throw this.failure;
    // LevelDB first gets what the journal holds, and the journal is emptied, so
    // a start after a crash cannot bring the document's updates back from it.
    // Updates of other rooms arriving meanwhile keep it from being emptied: a few tries.
    const ofDocument = (room: string) => room === id || room.startsWith(`${id}/`);
    for (let tries = 0; [...this.journalRooms].some(ofDocument); tries++) {
      if (tries === 10) throw new Error(`The journal could not be emptied of document ${id} (rooms busy); not erased, tried again later.`);
      await this.flush(true);
    }
    // The article's room is `<id>`, its layers' `<id>/layer/<layer>`: each prefix ends where no other document's can go on.
    const ranges = ['u', 'q', 'x']
      .flatMap((kind) => [`${kind}!${id}!`, `${kind}!${id}/`])
      .map((prefix) => ({ gte: prefix, lt: `${prefix}~` }));
    const keys: string[] = [documentKey(id), claimsKey(`doc:${id}`)];
    for (const range of ranges) keys.push(...(await this.db.keys(range).all()));
    for (const invite of await this.listInvites(id)) keys.push(inviteKey(invite.jti));
    for await (const [key, value] of this.db.iterator({ gte: 'p!', lt: 'p!~' }))
      if (decodeJson<PublicationSnapshot>(value).docId === id) keys.push(key);
    try {
      await this.db.batch(
        keys.map((key) => ({ type: 'del' as const, key })),
        { sync: this.durability === 'power' },
      );
    } catch (error) {
      this.levelFailed = true;
      throw this.fail(error, 'erasing a document from LevelDB');
    }
    this.documentIds.delete(id);
    for (const room of this.lastSeq.keys()) if (room === id || room.startsWith(`${id}/`)) this.lastSeq.delete(room);
    // LevelDB keeps deleted values in its files until it compacts them: done now, so they are gone from the disk too.
    for (const range of ranges) await this.db.compactRange(range.gte, range.lt);
  }

  async putClaims(scope: string, claims: readonly ReviewedClaim[]): Promise<void> {
    if (claims.length > 0) return this.putRecord(claimsKey(scope), claims);
    if (this.failure !== null) throw this.failure;
    try {
      await this.db.del(claimsKey(scope));
    } catch (error) {
      this.levelFailed = true;
      throw this.fail(error, 'removing claims from LevelDB');
    }
  }

  async getClaims(scope: string): Promise<ReviewedClaim[]> {
    const value = await this.db.get(claimsKey(scope));
    return value === undefined ? [] : decodeJson<ReviewedClaim[]>(value);
  }

  async listClaims(): Promise<Map<string, ReviewedClaim[]>> {
    const entries = await this.db.iterator({ gte: 'k!', lt: 'k!~' }).all();
    return new Map(entries.map(([key, value]) => [key.slice(2), decodeJson<ReviewedClaim[]>(value)]));
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const value = await this.db.get(documentKey(id));
    return value === undefined ? null : decodeJson<DocumentRecord>(value);
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    const values = await this.db.values({ gte: 'd!', lt: 'd!~' }).all();
    return values.map((value) => decodeJson<DocumentRecord>(value));
  }

  countDocuments(): Promise<number> {
    return Promise.resolve(this.documentIds.size);
  }

  async putCollection(record: CollectionRecord): Promise<void> {
    await this.putRecord(collectionKey(record.id), record);
  }

  async getCollection(id: string): Promise<CollectionRecord | null> {
    const value = await this.db.get(collectionKey(id));
    return value === undefined ? null : decodeJson<CollectionRecord>(value);
  }

  async listCollections(): Promise<CollectionRecord[]> {
    return (await this.db.values({ gte: 'c!', lt: 'c!~' }).all()).map((value) => decodeJson<CollectionRecord>(value));
  }

  async deleteCollection(id: string): Promise<void> {
    if (this.failure !== null) throw this.failure;
    try {
      await this.db.del(collectionKey(id), { sync: this.durability === 'power' });
    } catch (error) {
      this.levelFailed = true;
      throw this.fail(error, 'deleting a record from LevelDB');
    }
  }

  async putInvite(invite: InviteRecord): Promise<void> {
    await this.putRecord(inviteKey(invite.jti), invite);
  }

  async getInvite(jti: string): Promise<InviteRecord | null> {
    const value = await this.db.get(inviteKey(jti));
    return value === undefined ? null : decodeJson<InviteRecord>(value);
  }

  async listInvites(docId?: string): Promise<InviteRecord[]> {
    const invites = (await this.db.values({ gte: 'i!', lt: 'i!~' }).all()).map((value) => decodeJson<InviteRecord>(value));
    return docId === undefined ? invites : invites.filter((invite) => invite.docId === docId);
  }

  async putPublication(snapshot: PublicationSnapshot): Promise<void> {
    await this.putRecord(publicationKey(snapshot.slug), snapshot);
  }

  async getPublication(slug: string): Promise<PublicationSnapshot | null> {
    const value = await this.db.get(publicationKey(slug));
    return value === undefined ? null : decodeJson<PublicationSnapshot>(value);
  }

  async deletePublication(slug: string): Promise<void> {
    if (this.failure !== null) throw this.failure;
    try {
      await this.db.del(publicationKey(slug), { sync: this.durability === 'power' });
    } catch (error) {
      this.levelFailed = true;
      throw this.fail(error, 'removing a public page from LevelDB');
    }
  }

  async ping(): Promise<void> {
    if (this.failure !== null) throw this.failure;
    if (this.db.status !== 'open') throw new Error(`The store is ${this.db.status}.`);
  }

  async close(): Promise<void> {
    try {
      // What LevelDB did not take stays in the journal, for the next start.
      await this.flush(true).catch(() => undefined);
    } finally {
      this.journal.close();
      await this.db.close();
    }
  }
}

/** The damage a journal scan found, one report per damaged stretch. */
function journalDamage(scan: JournalScan, movedTo: string | null, file: string, foundAt: string): DamageReport[] {
  return scan.damaged.map((stretch) => ({
    room: stretch.room,
    updates: stretch.frames,
    problem: `bytes ${stretch.start}–${stretch.end} of the journal ${file} do not read as updates (checksum or length wrong)`,
    evidence: movedTo,
    foundAt,
  }));
}
