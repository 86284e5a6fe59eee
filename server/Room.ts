import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { migrateLayer, parseRoomName } from '../shared/index.js';
import { decodeAwarenessUpdate, encodeAwarenessUpdate, type AwarenessEntry } from './awarenessUpdate.js';
import { RefusedAwarenessError, type Connection } from './Connection.js';
import { RefusedUpdateError, updateProblem, type RoomKind, type Writer } from './door/index.js';
import { closeCodes } from './closeCodes.js';
import type { RoomLink } from './Fanout.js';
import type { Logger } from './log.js';
import {
  awarenessMessage,
  encodeAwareness,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Of,
  encodeUpdate,
  encodeStatus,
  isEmptyStateVector,
  ProtocolError,
} from './protocol.js';
import { PendingUpdates } from './PendingUpdates.js';
import { mergeReadable, missingHistory } from './store/damage.js';
import type { SaveState } from './store/SaveState.js';
import type { Store } from './store/Store.js';

/** How long after loading a room builds its doc if nothing needed it sooner. */
const buildDelayMs = 1000;
/** The stored size up to which a layer room is built as it loads (a few thousand annotations). */
const eagerLayerBuildBytes = 512 * 1024;

/** The origin of changes that came from another instance. */
const remoteOrigin = Symbol('another instance');

/** How much a room keeps of what it cannot apply yet. */
export interface PendingLimits {
  /** Most bytes of pending updates one connection may leave. */
  maxPendingBytes: number;
  /** Longest a connection's pending update may wait for what it lacks. */
  maxPendingMs: number;
}

export const defaultPendingLimits: PendingLimits = { maxPendingBytes: 1024 * 1024, maxPendingMs: 10_000 };

/** Runs a step after another that may have been synchronous, staying synchronous if it was. */
function after(previous: Promise<void> | void, next: () => Promise<void> | void): Promise<void> | void {
  return previous === undefined ? next() : previous.then(next);
}

/** Largest presence state a connection may set, in bytes of JSON. */
export const maxAwarenessStateBytes = 4096;

/**
 * How long a room gathers presence changes before relaying them as one
 * message (each changed client's latest state once): 100 ms, and 1 ms more
 * per connection beyond 100, up to a second. Idle clients renew their
 * presence every 15 s, and a relay goes to every socket, so relayed one by
 * one a room's renewals cost as many sends as its clients squared; batched,
 * a room sends at most about a thousand messages a second however large.
 */
export function awarenessBatchMs(connections: number): number {
  return Math.min(1000, Math.max(100, connections));
}

/** Who writes through a connection, for the door's workflow rules; null for the server and other instances (checked where they wrote). */
function writerOf(connection: Connection | null): Writer | null {
  const person = connection?.person ?? null;
  return person === null ? null : { id: person.jti, role: person.role };
}

/** Who sent something the doc could not apply yet: a connection, or the server and other instances. */
type PendingOwner = Connection | null;

/**
 * One shared Y.Doc (an article or an annotation layer) and the connections
 * editing it. Updates are applied, appended to the store and only then relayed,
 * one at a time in arrival order, so whatever any client receives is stored.
 */
export class Room {
  readonly name: string;
  /** What the room holds, and so what the door lets in. */
  readonly kind: RoomKind;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  private readonly store: Store;
  private readonly log: Logger;
  private readonly compactAfterUpdates: number;
  /** The last job queued, until it has run; null when the room is idle. */
  private queue: Promise<void> | null = null;
  private updatesSinceCompaction: number;
  /** The doc's whole state as an update, while no change has come since it was taken. */
  private fullState: Uint8Array | null = null;
  private readonly builtDoc: Y.Doc;
  /** The stored state, until the doc is built from it. */
  private unbuilt: Uint8Array | null = null;
  private buildTimer: ReturnType<typeof setTimeout> | null = null;
  /** Connections waiting for the room's sync step 1 until the doc is built. */
  private readonly awaitingStep1: Connection[] = [];
  /** The room's link to the other instances, when there are others. */
  link: RoomLink | null = null;
  private readonly pending = new PendingUpdates<PendingOwner>();
  /** Clients whose changes arrived since held updates were last looked at. */
  private readonly advanced = new Set<number>();
  private readonly pendingLimits: PendingLimits;
  private pendingTimer: ReturnType<typeof setTimeout> | null = null;
  /** The compaction of the room's log that is running, if one is. */
  private compacting: Promise<void> | null = null;
  /** Whether the store takes writes; while it does not, clients' updates are left with them. */
  saving: SaveState | null = null;
  /** Told after each update of the room is stored: a hook, kept cheap (it runs on the path of every update). */
  onStored: ((room: string) => void) | null = null;
  /** True when the doc holds a change the store refused: stored as soon as the store takes writes again. */
  unstored = false;
  /** Relays waiting for their changes to reach the disk, the last one; null when none waits. */
  private unflushed: Promise<void> | null = null;
  /** Clients whose presence changed (or who left) since presence was last relayed. */
  private readonly awarenessChanged = new Set<number>();
  /** Those of them whose change came from this instance's connections: told to the other instances. */
  private readonly awarenessToPublish = new Set<number>();
  private awarenessTimer: ReturnType<typeof setTimeout> | null = null;
  /** When presence was last relayed (`performance.now()`). */
  private awarenessRelayedAt = -Infinity;

  private constructor(
    name: string,
    doc: Y.Doc,
    store: Store,
    log: Logger,
    compactAfterUpdates: number,
    storedUpdates: number,
    pendingLimits: PendingLimits,
  ) {
    this.name = name;
    this.kind = parseRoomName(name)?.layerId == null ? 'article' : 'layer';
    this.pendingLimits = pendingLimits;
    this.builtDoc = doc;
    this.store = store;
    this.log = log;
    this.compactAfterUpdates = compactAfterUpdates;
    this.updatesSinceCompaction = storedUpdates;
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server is not a participant: it must not appear in anyone's awareness.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      this.fullState = null;
      // Which clients' changes arrived, for the held updates waiting on them (none held: nothing to note).
      if (this.pending.isEmpty) return;
      for (const [client, clock] of transaction.afterState) {
        if ((transaction.beforeState.get(client) ?? 0) !== clock) this.advanced.add(client);
      }
    });
  }

  /**
   * Loads a room from the store. The stored state answers clients that have
   * nothing at once; the doc is built from it only when something needs it,
   * or a moment after loading: building a layer of thousands of annotations
   * takes a quarter of a second, which the first readers (an article and its
   * layer opened together) should not wait for.
   */
  static async load(
    name: string,
    store: Store,
    log: Logger,
    compactAfterUpdates: number,
    pendingLimits: PendingLimits = defaultPendingLimits,
  ): Promise<Room> {
    const stored = await store.loadUpdates(name);
    // One merge, which also finds any update that does not decode (checking each first would merge twice).
    const { merged, unreadable } = mergeReadable(stored);
    if (unreadable.length > 0) {
      const problem = `${unreadable.length} stored updates of the room do not decode; they are left in the store and skipped`;
      log.error({ room: name, updates: unreadable.length }, problem);
      await store
        .reportDamage({ room: name, updates: unreadable.length, problem, evidence: null, foundAt: new Date().toISOString() })
        .catch((error: unknown) => log.error({ err: error, room: name }, 'recording damage failed'));
    }
    const readable = stored.length - unreadable.length;
    const state = readable > 0 ? merged : null;
    const room = new Room(name, new Y.Doc({ gc: true }), store, log.child({ room: name }), compactAfterUpdates, readable, pendingLimits);
    if (state !== null) {
      room.fullState = state;
      room.unbuilt = state;
      // A layer small enough to build in a few milliseconds is built now, so a
      // rewrite of entries stored in an older layout is in its first answer
      // (a reader shown the stored state would see them as damaged until the
      // rewrite came). A big one is built a moment later, as an article is.
      if (room.kind === 'layer' && state.byteLength <= eagerLayerBuildBytes) {
        room.build();
        return room;
      }
      room.buildTimer = setTimeout(() => {
        room
          .enqueue(() => room.build())
          .catch((error: unknown) => room.log.error({ err: error }, 'building the room from the store failed'));
      }, buildDelayMs);
      room.buildTimer.unref();
    }
    return room;
  }

  /** The room's document, built from the stored state on first use. */
  get doc(): Y.Doc {
    this.build();
    return this.builtDoc;
  }

  /**
   * Applies the stored state to the doc, if not yet done. Every use of the
   * doc goes through {@link doc}, so this always comes first.
   */
  private build(): void {
    const state = this.unbuilt;
    if (state === null) return;
    this.unbuilt = null;
    if (this.buildTimer !== null) clearTimeout(this.buildTimer);
    if (this.builtDoc.isDestroyed) return;
    Y.applyUpdate(this.builtDoc, state);
    if (missingHistory(this.builtDoc)) this.reportMissingHistory();
    const migration = this.kind === 'layer' ? this.migrate() : null;
    // Building changed nothing anyone has: the whole state is still the stored one (unless a migration rewrote entries).
    this.fullState = migration === null ? state : null;
    if (migration !== null) {
      // Stored and relayed like the server's own update: once stored, no later load rewrites these entries again.
      this.enqueue(() => this.relay(null, migration)).catch((error: unknown) =>
        this.log.error({ err: error }, 'storing the migration of entries in older layouts failed; it is done again on the next load'),
      );
    }
    for (const connection of this.awaitingStep1.splice(0)) connection.send(encodeSyncStep1(this.builtDoc));
  }

  /**
   * Rewrites the layer's entries stored in an older layout to the current
   * one, in one transaction (the everyday readers read the current layout
   * only); returns that change, or null when every entry is current.
   */
  private migrate(): Uint8Array | null {
    let change: Uint8Array | null = null;
    const capture = (update: Uint8Array) => {
      change = update;
    };
    this.builtDoc.on('update', capture);
    try {
      const count = migrateLayer(this.builtDoc);
      if (count > 0) this.log.info({ entries: count }, 'rewrote annotation entries stored in an older layout');
    } finally {
      this.builtDoc.off('update', capture);
    }
    return change;
  }

  /** Some stored updates wait for earlier ones the store lacks: lost history, reported (once per room) as damage. */
  private reportMissingHistory(): void {
    const problem = 'stored updates depend on earlier ones the store lacks, so part of the room’s history is missing';
    this.log.error(problem);
    this.store
      .reportDamage({ room: this.name, updates: null, problem, evidence: null, foundAt: new Date().toISOString() })
      .catch((error: unknown) => this.log.error({ err: error }, 'recording damage failed'));
  }

  /** Runs jobs one after another; a failed job is logged and does not stop the next. */
  private enqueue(job: () => Promise<void> | void): Promise<void> {
    let run: Promise<void>;
    if (this.queue === null) {
      // Nothing waiting: start at once rather than a microtask later, which
      // is most of the time between an update's arrival and its relay.
      try {
        run = Promise.resolve(job());
      } catch (error) {
        run = Promise.reject(error as Error);
      }
    } else {
      run = this.queue.then(job);
    }
    const settled = run.catch(() => undefined);
    this.queue = settled;
    void settled.then(() => {
      if (this.queue === settled) this.queue = null;
    });
    return run;
  }

  /** Resolves when every job queued so far has run. */
  idle(): Promise<void> {
    return Promise.all([this.queue, this.unflushed]).then(() => undefined);
  }

  /** Answers a client's sync step 1 with everything it lacks, once earlier updates are stored. */
  answerSyncStep1(connection: Connection, stateVector: Uint8Array): Promise<void> {
    if (isEmptyStateVector(stateVector) && this.fullState !== null) {
      // The whole state, kept from a moment every earlier change was stored
      // (and none since), answers a client with nothing (a new browser, a
      // class opening an assignment at once) at once, before queued jobs:
      // any change they make reaches this client afterwards, relayed.
      connection.send(encodeSyncStep2Of(this.fullState));
      return Promise.resolve();
    }
    const answer = () => {
      if (isEmptyStateVector(stateVector)) {
        this.fullState ??= Y.encodeStateAsUpdate(this.doc);
        connection.send(encodeSyncStep2Of(this.fullState));
        return;
      }
      let step2: Uint8Array;
      try {
        step2 = encodeSyncStep2(this.doc, stateVector);
      } catch (error) {
        throw new ProtocolError(`Malformed state vector: ${(error as Error).message}`);
      }
      connection.send(step2);
    };
    // Changes written but not yet on the disk are given to nobody before they are.
    return this.enqueue(() => (this.unflushed === null ? answer() : this.unflushed.then(answer)));
  }

  /**
   * Checks a client's update at the door, applies it, appends what changed to
   * the store and relays it to the other connections. Rejects with a
   * RefusedUpdateError, changing nothing, when the update would write what
   * the room may not hold, and with a ProtocolError when it is malformed.
   */
  receiveUpdate(connection: Connection | null, update: Uint8Array): Promise<void> {
    return this.enqueue(() => {
      // Sent before its connection was refused: nothing more from it is applied.
      if (connection?.refused === true) return;
      const failure = this.saving?.failure ?? null;
      if (failure !== null) {
        // Not applied, so not lost: the client keeps it and sends it again
        // when asked (sync step 1) once the store takes writes. The server's
        // own updates (imports) are refused instead.
        if (connection === null) throw failure;
        return;
      }
      const problem = updateProblem(this.doc, this.kind, update, false, writerOf(connection));
      if (problem !== null) throw new RefusedUpdateError(problem);
      return after(this.integrate(connection, update, false), () => this.applyReady());
    });
  }

  /**
   * Applies a checked update, stores and relays what it changed, and holds
   * what it could not apply yet for its sender.
   */
  private integrate(origin: PendingOwner, update: Uint8Array, v2: boolean): Promise<void> | void {
    let changes: Uint8Array | null = null;
    const capture = (change: Uint8Array) => {
      changes = changes === null ? change : Y.mergeUpdates([changes, change]);
    };
    let failure: unknown = null;
    this.doc.on('update', capture);
    try {
      (v2 ? Y.applyUpdateV2 : Y.applyUpdate)(this.doc, update, origin);
    } catch (error) {
      failure = new ProtocolError(`The update could not be applied: ${(error as Error).message}`);
    } finally {
      this.doc.off('update', capture);
    }
    this.holdPending(origin);
    const next = (): void => {
      if (failure !== null) throw failure;
    };
    // A malformed update can fail after part of it was integrated: what the
    // doc now holds is still stored and relayed, so memory and store agree.
    if (changes === null) return next();
    return after(this.relay(origin, changes), next);
  }

  /** Takes what the doc left pending into the sender's account, closing a connection that holds too much. */
  private holdPending(owner: PendingOwner): void {
    if (!this.pending.takeFrom(this.doc, owner)) return;
    if (owner !== null && this.pending.bytesOf(owner) > this.pendingLimits.maxPendingBytes) {
      this.dropPending(owner, `over ${this.pendingLimits.maxPendingBytes} bytes`);
      return;
    }
    if (this.pendingTimer === null) this.schedulePendingCheck();
  }

  /**
   * Applies what is held for the senders whose updates can now go further,
   * each sender's held updates merged into one, checked at the door again;
   * then whatever that made ready, and so on (a loop, not recursion).
   */
  private applyReady(): Promise<void> | void {
    while (this.advanced.size > 0) {
      const owners = this.pending.readyOwners(this.doc, this.advanced);
      this.advanced.clear();
      for (let index = 0; index < owners.length; index++) {
        const applied = this.applyHeld(owners[index] as PendingOwner);
        if (applied !== undefined) {
          // A store that writes later: go on once it has.
          const rest = owners.slice(index + 1);
          return applied.then(async () => {
            for (const owner of rest) await this.applyHeld(owner);
            await this.applyReady();
          });
        }
      }
    }
  }

  /** Applies everything held for a sender, as one update; a refusal or failure is the sender's, not the one whose update made it ready. */
  private applyHeld(owner: PendingOwner): Promise<void> | void {
    const update = this.pending.takeAllOf(owner);
    // Its sender may have been refused or have left meanwhile.
    if (update === null || (owner !== null && (!this.connections.has(owner) || owner.refused))) return;
    const refuse = (error: Error): void => {
      if (owner === null) {
        this.log.error({ err: error }, 'dropped a pending update from the server or another instance');
        return;
      }
      this.pending.drop(owner);
      owner.refuse(error);
    };
    let problem: string | null;
    try {
      problem = updateProblem(this.doc, this.kind, update, true, writerOf(owner));
    } catch (error) {
      refuse(error as Error);
      return;
    }
    if (problem !== null) {
      refuse(new RefusedUpdateError(problem));
      return;
    }
    // A held update of the server's or another instance's that fails (the
    // store refusing it, say) is logged, never blamed on the client whose
    // update made it ready.
    const failed = (error: unknown): void => {
      if (owner !== null && error instanceof ProtocolError) refuse(error);
      else if (owner === null) this.log.error({ err: error }, 'a held update from the server or another instance failed');
      else throw error;
    };
    try {
      return this.integrate(owner, update, true)?.catch(failed);
    } catch (error) {
      failed(error);
    }
  }

  /** Closes a connection whose pending updates went over a limit, dropping them unstored. */
  private dropPending(owner: Connection, why: string): void {
    this.pending.drop(owner);
    owner.refused = true;
    this.log.warn({ why }, 'closing a connection whose updates depend on changes that never arrived');
    owner.close(closeCodes.missingDependencies);
  }

  /** Arms a timer for when a connection's oldest held update grows too old (the server's and other instances' wait for them). */
  private schedulePendingCheck(): void {
    const oldest = this.pending.oldest((owner) => owner !== null);
    if (oldest === null) return;
    this.pendingTimer = setTimeout(
      () => {
        this.pendingTimer = null;
        if (this.saving?.failure != null) {
          // While the store cannot save, what a held update waits for may be
          // left with its client until the store is back: wait for that, not
          // the clock (a close now would be a final one, for no fault of its own).
          this.pendingTimer = setTimeout(() => {
            this.pendingTimer = null;
            this.schedulePendingCheck();
          }, this.pendingLimits.maxPendingMs * 2);
          this.pendingTimer.unref();
          return;
        }
        const limit = Date.now() - this.pendingLimits.maxPendingMs;
        for (const owner of this.pending.ownersWaitingSince(limit + 1)) {
          if (owner === null) continue;
          this.dropPending(owner, `waited over ${this.pendingLimits.maxPendingMs} ms`);
        }
        this.schedulePendingCheck();
      },
      Math.max(0, oldest + this.pendingLimits.maxPendingMs - Date.now()) + 1,
    );
    this.pendingTimer.unref();
  }

  /** Applies an update made by the server itself (an import), stored and relayed to everyone. */
  applyServerUpdate(update: Uint8Array): Promise<void> {
    return this.receiveUpdate(null, update);
  }

  /** Stores a change, then sends it to every connection but the one it came from. */
  private relay(connection: PendingOwner, changes: Uint8Array): Promise<void> | void {
    // A store that makes an update durable at once lets it go out in the same
    // tick it arrived in; any other is awaited first.
    if (this.store.appendUpdateNow !== undefined) {
      let flushed: Promise<void> | void;
      try {
        flushed = this.store.appendUpdateNow(this.name, changes);
      } catch (error) {
        this.storeFailed(error, connection);
        return;
      }
      if (flushed === undefined) return this.sendStored(connection, changes);
      // Written, and relayed once on the disk; the next updates are applied
      // meanwhile, so they share the disk's next flush instead of each
      // waiting for its own. Relays keep their order: flushes end in order.
      const relayed = flushed.then(
        () => this.sendStored(connection, changes),
        (error: unknown) => this.storeFailed(error, connection),
      );
      const settled = relayed.catch(() => undefined);
      this.unflushed = settled;
      void settled.then(() => {
        if (this.unflushed === settled) this.unflushed = null;
      });
      return connection === null ? relayed : undefined;
    }
    return this.store.appendUpdate(this.name, changes).then(
      () => this.sendStored(connection, changes),
      (error: unknown) => this.storeFailed(error, connection),
    );
  }

  /**
   * The store refused a change the doc now holds: it is not relayed (nobody
   * hears of what is not stored), and is stored with the doc's whole state
   * once the store takes writes again ({@link saveAgain}). Everyone is told
   * the server cannot save; connections stay open. An import is refused.
   */
  private storeFailed(error: unknown, connection: Connection | null): void {
    this.unstored = true;
    this.log.error({ err: error }, 'storing an update failed; it is kept in memory until the store saves again');
    this.saving?.failed(error);
    if (connection === null) throw error;
  }

  /** Tells every client whether the server can save (the store's state changed). */
  sendStatus(failure: Error | null): void {
    const message = encodeStatus(failure);
    for (const connection of this.connections) connection.send(message);
  }

  /**
   * The store takes writes again: what the doc holds that the store refused
   * is stored and sent to everyone, then every client is asked (sync step 1)
   * for what it kept meanwhile, and told the server saves again.
   */
  saveAgain(): Promise<void> {
    return this.enqueue(async () => {
      if (this.unstored) {
        const state = Y.encodeStateAsUpdate(this.doc);
        try {
          await this.store.appendUpdate(this.name, state);
        } catch (error) {
          this.saving?.failed(error);
          throw error;
        }
        this.unstored = false;
        const message = encodeUpdate(state);
        for (const connection of this.connections) connection.send(message);
        this.link?.publishUpdate(state);
      }
      this.sendStatus(null);
      for (const connection of this.connections) this.sendSyncStep1To(connection);
    });
  }

  /** Sends a stored change to every connection but its own, and to the other instances. */
  private sendStored(connection: Connection | null, changes: Uint8Array): void {
    const message = encodeUpdate(changes);
    for (const other of this.connections) {
      if (other !== connection) other.send(message);
    }
    this.link?.publishUpdate(changes);
    this.onStored?.(this.name);
    this.updatesSinceCompaction++;
    // Not waited for: the next updates go on meanwhile (those appended during it are kept as they are).
    if (this.updatesSinceCompaction >= this.compactAfterUpdates) void this.compact();
  }

  /**
   * Applies an update another instance stored and relays what is new to this
   * instance's clients. It is not stored again: its instance stored it first.
   */
  receiveRemoteUpdate(update: Uint8Array): Promise<void> {
    return this.enqueue(() => this.applyRemote(update));
  }

  /**
   * Reads the room back from the store and applies whatever this instance's
   * doc lacks (by state vector), relaying it to this instance's clients: how
   * updates missed from the other instances are recovered.
   */
  catchUp(): Promise<void> {
    return this.enqueue(async () => {
      const stored = new Y.Doc({ gc: true });
      try {
        const updates = await this.store.loadUpdates(this.name);
        if (updates.length > 0) Y.applyUpdate(stored, Y.mergeUpdates(updates));
        await this.applyRemote(Y.encodeStateAsUpdate(stored, Y.encodeStateVector(this.doc)));
      } finally {
        stored.destroy();
      }
    });
  }

  private applyRemote(update: Uint8Array): Promise<void> | void {
    let changes: Uint8Array | null = null;
    const capture = (change: Uint8Array) => {
      changes = changes === null ? change : Y.mergeUpdates([changes, change]);
    };
    this.doc.on('update', capture);
    try {
      Y.applyUpdate(this.doc, update, remoteOrigin);
    } finally {
      this.doc.off('update', capture);
    }
    // Another instance's update can arrive before one it depends on: held like the server's own.
    this.holdPending(null);
    if (changes !== null) {
      const message = encodeUpdate(changes);
      for (const connection of this.connections) connection.send(message);
    }
    return this.applyReady();
  }

  /** Applies another instance's clients' awareness; relayed to ours by {@link onAwarenessUpdate}. */
  receiveRemoteAwareness(update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, remoteOrigin);
  }

  /** Tells the other instances the awareness of this instance's clients (one joined the room). */
  publishLocalAwareness(): void {
    const states = this.awareness.getStates();
    const clients = [...this.connections].flatMap((connection) => [...connection.awarenessClients]).filter((client) => states.has(client));
    if (clients.length > 0) this.link?.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients));
  }

  /**
   * Applies a client's awareness update; it is relayed by {@link onAwarenessUpdate}.
   * A connection sets presence only for the client id it introduced (in its
   * first state), its name and colour are the server's for its token, and a
   * blind student's is marked to reach owners only. Echoes of others' states
   * (which y-websocket's provider sends back) are ignored; setting another
   * connection's state, a second client id or a state over
   * {@link maxAwarenessStateBytes} throws a RefusedAwarenessError.
   */
  receiveAwareness(connection: Connection, update: Uint8Array): void {
    const accepted: AwarenessEntry[] = [];
    for (const entry of decodeAwarenessUpdate(update)) {
      const known = this.awareness.meta.get(entry.client);
      if (!connection.awarenessClients.has(entry.client)) {
        // Nothing new: an echo, or a client's time-out of someone it stopped hearing from.
        if ((known !== undefined && entry.clock <= known.clock) || entry.state === 'null') continue;
        const owner = this.awarenessOwner(entry.client);
        if (owner !== null) {
          // The same person back on a new socket before the old one is seen to close.
          if (owner.person === null || owner.person.jti !== connection.person?.jti)
            throw new RefusedAwarenessError(`client ${entry.client} belongs to another connection`);
          owner.awarenessClients.delete(entry.client);
        } else if (connection.awarenessClients.size > 0) {
          throw new RefusedAwarenessError('one connection has one client id');
        }
        connection.awarenessClients.add(entry.client);
      }
      if (Buffer.byteLength(entry.state) > maxAwarenessStateBytes)
        throw new RefusedAwarenessError(`a presence state is over ${maxAwarenessStateBytes} bytes`);
      accepted.push({ ...entry, state: this.presenceOf(connection, entry.state) });
    }
    if (accepted.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessUpdate(accepted), connection);
  }

  /** The local connection that introduced a client id, if any. */
  private awarenessOwner(client: number): Connection | null {
    for (const connection of this.connections) if (connection.awarenessClients.has(client)) return connection;
    return null;
  }

  /** A state as relayed: the name and colour the server knows for the token, and whether it is blind. */
  private presenceOf(connection: Connection, state: string): string {
    const person = connection.person;
    if (state === 'null' || person === null) return state;
    const parsed: unknown = JSON.parse(state);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new RefusedAwarenessError('a presence state is not an object');
    const presence = { ...(parsed as Record<string, unknown>), user: { name: person.name, color: person.color } } as Record<
      string,
      unknown
    >;
    if (connection.blind) presence['blind'] = true;
    else delete presence['blind'];
    return JSON.stringify(presence);
  }

  /** Whether a connection may see every presence, blind students' included: an owner's, or one the server knows nothing of. */
  private static seesBlind(connection: Connection): boolean {
    return connection.person === null || connection.person.role === 'owner';
  }

  /** The client ids of the states among these that are blind students'. */
  private blindClients(clients: number[]): Set<number> {
    const blind = new Set<number>();
    for (const client of clients) {
      const state = this.awareness.getStates().get(client) as { blind?: unknown } | undefined;
      if (state?.blind === true) blind.add(client);
    }
    return blind;
  }

  /**
   * Others' presence as a blind student sees it: who is there, not where their
   * cursor or selection is (a teacher selecting words for the answer key would
   * show the student where the key's marks go). Its own state is never sent back.
   */
  private namesOnlyFor(connection: Connection, clients: number[]): Uint8Array | null {
    const states = this.awareness.getStates();
    const entries = clients.flatMap((client): AwarenessEntry[] => {
      const meta = this.awareness.meta.get(client);
      if (meta === undefined || connection.awarenessClients.has(client)) return [];
      const state = states.get(client);
      return [{ client, clock: meta.clock, state: state === undefined ? 'null' : JSON.stringify({ user: state['user'] }) }];
    });
    return entries.length === 0 ? null : awarenessMessage(encodeAwarenessUpdate(entries));
  }

  /** Sends a connection everyone's awareness it may see. */
  sendAwarenessTo(connection: Connection): void {
    let clients = Array.from(this.awareness.getStates().keys());
    if (!Room.seesBlind(connection)) {
      const blind = this.blindClients(clients);
      clients = clients.filter((client) => !blind.has(client));
    }
    const message = connection.blind
      ? this.namesOnlyFor(connection, clients)
      : clients.length > 0
        ? encodeAwareness(this.awareness, clients)
        : null;
    if (message !== null) connection.send(message);
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin !== null && typeof origin === 'object' && this.connections.has(origin as Connection)) {
      const connection = origin as Connection;
      for (const client of removed) connection.awarenessClients.delete(client);
    }
    // Our clients' changes (and departures) go to the other instances; theirs
    // came from there, and timeouts happen on every instance by itself.
    const publish = this.link !== null && origin !== remoteOrigin && origin !== 'timeout';
    for (const changed of [added, updated, removed])
      for (const client of changed) {
        this.awarenessChanged.add(client);
        if (publish) this.awarenessToPublish.add(client);
      }
    if (this.awarenessTimer !== null) return;
    // The first change after a quiet spell goes out at once; later ones wait for the next batch.
    const wait = this.awarenessRelayedAt + awarenessBatchMs(this.connections.size) - performance.now();
    if (wait <= 0) this.relayAwareness();
    else this.awarenessTimer = setTimeout(this.relayAwareness, wait);
  };

  /**
   * Relays the presence changed since the last relay: one message for every
   * connection (blind students' states for owners only), each client's
   * latest state, and the departure of those who left.
   */
  readonly relayAwareness = (): void => {
    if (this.awarenessTimer !== null) clearTimeout(this.awarenessTimer);
    this.awarenessTimer = null;
    this.awarenessRelayedAt = performance.now();
    if (this.awarenessChanged.size > 0) {
      const changed = [...this.awarenessChanged];
      this.awarenessChanged.clear();
      const message = encodeAwareness(this.awareness, changed);
      const blind = this.blindClients(changed);
      const seen = changed.filter((client) => !blind.has(client));
      const limited = blind.size === 0 ? message : seen.length > 0 ? encodeAwareness(this.awareness, seen) : null;
      for (const connection of this.connections) {
        const relayed = connection.blind ? this.namesOnlyFor(connection, seen) : Room.seesBlind(connection) ? message : limited;
        if (relayed !== null) connection.send(relayed);
      }
    }
    if (this.awarenessToPublish.size > 0) {
      const published = [...this.awarenessToPublish];
      this.awarenessToPublish.clear();
      this.link?.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, published));
    }
  };

  join(connection: Connection): void {
    this.connections.add(connection);
  }

  /**
   * Sends a connection the room's state vector, so it sends back what the
   * room lacks; before the doc is built it waits, so the client is not asked
   * for everything it has.
   */
  sendSyncStep1To(connection: Connection): void {
    if (this.unbuilt === null) connection.send(encodeSyncStep1(this.builtDoc));
    else this.awaitingStep1.push(connection);
  }

  /** Removes a connection, the awareness states it controlled and whatever it left pending. */
  leave(connection: Connection): void {
    this.connections.delete(connection);
    connection.dispose();
    this.pending.drop(connection);
    if (connection.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, Array.from(connection.awarenessClients), null);
    }
  }

  /**
   * Merges the room's stored log into one snapshot (the merging on a worker
   * thread, when the server has one). Updates stored meanwhile stay beside it.
   */
  compact(): Promise<void> {
    // Updates relayed meanwhile would each start another compaction of the same log: one at a time,
    // and whoever waits for a compaction (the room unloading) waits for the one running.
    this.compacting ??= this.compactOnce().finally(() => {
      this.compacting = null;
    });
    return this.compacting;
  }

  private async compactOnce(): Promise<void> {
    const counted = this.updatesSinceCompaction;
    try {
      await this.store.compact(this.name);
      // The snapshot, and whatever was stored while it was made.
      this.updatesSinceCompaction = this.updatesSinceCompaction - counted + 1;
    } catch (error) {
      // Tried again once as many updates again have come, not on each of the next.
      this.updatesSinceCompaction = this.updatesSinceCompaction - counted;
      this.log.error({ err: error }, 'compaction failed; the update log is kept as it was');
    }
  }

  destroy(): void {
    if (this.buildTimer !== null) clearTimeout(this.buildTimer);
    if (this.awarenessTimer !== null) clearTimeout(this.awarenessTimer);
    if (this.pendingTimer !== null) clearTimeout(this.pendingTimer);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.builtDoc.destroy();
  }
}
