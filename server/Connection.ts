import type { WebSocket } from 'ws';
import type { Access } from '../shared/access.js';
import { decodeAwarenessUpdate, encodeAwarenessUpdate, type AwarenessEntry } from './awarenessUpdate.js';
import { closeCodes, withDetail } from './closeCodes.js';
import { RefusedUpdateError } from './door/index.js';
import type { Logger } from './log.js';
import { decodeClientMessage, ProtocolError } from './protocol.js';
import type { Room } from './Room.js';
import type { Role } from '../shared/access.js';

/** Who is at the other end of a connection, as the server knows them from their token. */
export interface Person {
  /** The token's id. */
  readonly jti: string;
  readonly role: Role;
  /** The name shown beside their cursor: the one they chose for this token, else their invite's label. */
  name: string;
  color: string;
}

/** An awareness update the connection may not make: a state for another's client id, or too large. */
export class RefusedAwarenessError extends Error {
  override readonly name = 'RefusedAwarenessError';
}

/** Updates a read-only connection may send (ignored) before it is closed. */
const readOnlyUpdatesTolerated = 3;

/** An empty Yjs update (no structs, no deletions), which a read-only client sends in sync step 2. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

/** A token bucket: `perSecond` messages a second on average, bursts of up to twice that. */
class RateLimit {
  private readonly perSecond: number;
  private tokens: number;
  private last = Date.now();

  constructor(perSecond: number) {
    this.perSecond = perSecond;
    this.tokens = perSecond * 2;
  }

  /** Milliseconds until the next message may be taken. */
  msUntilNext(): number {
    return Math.max(1, Math.ceil(((1 - this.tokens) / this.perSecond) * 1000));
  }

  take(): boolean {
    if (this.perSecond === Infinity) return true;
    const now = Date.now();
    this.tokens = Math.min(this.perSecond * 2, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Presence updates a second a connection may make (bursts of twice that); faster ones are coalesced. */
const awarenessPerSecond = 10;

/** Seconds of messages at the limit a slowed connection may have waiting before it is told to reconnect. */
const waitingSeconds = 5;

/**
 * One client's websocket in one room. It decodes the client's messages,
 * enforces its access (a read-only connection's updates are dropped, never
 * applied or relayed) and sends it what the room relays. Messages over the
 * rate limit wait (the socket is paused, so the client is slowed by TCP);
 * only when far too many wait is it closed, with a code the provider
 * reconnects after.
 */
export class Connection {
  readonly socket: WebSocket;
  readonly room: Room;
  /** What the connection may do; narrowed when an assignment's layers are hidden again. */
  access: Access;
  /** Who is connected, or null when unknown (then awareness is relayed as sent). */
  readonly person: Person | null;
  /** A student in an assignment whose layers are not revealed: their presence reaches owners only. */
  blind = false;
  /** Awareness client ids this connection controls, removed when it closes. */
  readonly awarenessClients = new Set<number>();
  /** True once the connection was refused: nothing more it sent is applied. */
  refused = false;
  /** True once the server closed it: nothing more it sends is handled. */
  private closing = false;
  /** The connection's logger, made the first time it logs: most never do, and a child logger costs memory per connection. */
  private logger: Logger | (() => Logger);
  private refusedUpdates = 0;
  private readonly rate: RateLimit;
  private readonly maxWaiting: number;
  private waiting: Uint8Array[] = [];
  private readonly awarenessRate = new RateLimit(awarenessPerSecond);
  /**
   * Presence held back by the presence rate, applied when it allows: the
   * latest entry of each client id the held updates named (a provider sends
   * its own state and echoes of others' alike, so the last message alone
   * may not hold its own last state).
   */
  private readonly heldAwareness = new Map<number, AwarenessEntry>();
  private awarenessTimer: ReturnType<typeof setTimeout> | null = null;
  private drainTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    socket: WebSocket,
    room: Room,
    access: Access,
    log: Logger | (() => Logger),
    maxMessagesPerSecond = Infinity,
    person: Person | null = null,
  ) {
    this.socket = socket;
    this.room = room;
    this.access = access;
    this.logger = log;
    this.rate = new RateLimit(maxMessagesPerSecond);
    this.maxWaiting = Math.max(20, maxMessagesPerSecond * waitingSeconds);
    this.person = person;
  }

  private get log(): Logger {
    if (typeof this.logger === 'function') this.logger = this.logger();
    return this.logger;
  }

  /** Joins the room and starts the sync: our state vector, then everyone's awareness. */
  open(): void {
    this.room.join(this);
    this.room.sendSyncStep1To(this);
    this.room.sendAwarenessTo(this);
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(message);
  }

  close(close: { code: number; reason: string }): void {
    this.closing = true;
    this.dispose();
    // A paused socket would not read the client's answer to the close, leaving it waiting.
    this.socket.resume();
    this.socket.close(close.code, close.reason);
  }

  /** Stops handling waiting messages: the connection has closed. */
  dispose(): void {
    this.waiting = [];
    if (this.drainTimer !== null) clearTimeout(this.drainTimer);
    this.drainTimer = null;
    if (this.awarenessTimer !== null) clearTimeout(this.awarenessTimer);
    this.awarenessTimer = null;
    this.heldAwareness.clear();
  }

  /** Handles one message from the client, or keeps it waiting while the client is over the rate limit. */
  receive(data: Uint8Array): void {
    if (this.refused || this.closing) return;
    if (this.waiting.length > 0 || !this.rate.take()) {
      this.wait(data);
      return;
    }
    this.handle(data);
  }

  private wait(data: Uint8Array): void {
    this.waiting.push(data);
    if (this.waiting.length > this.maxWaiting) {
      this.log.warn({ waiting: this.waiting.length }, 'closing a connection that sent far too many messages; it may reconnect');
      this.close(closeCodes.tooManyMessages);
      return;
    }
    if (this.drainTimer !== null) return;
    // Reading no more from the socket slows the client down; what it sends meanwhile waits in its own buffers.
    this.socket.pause();
    this.drainTimer = setTimeout(this.drain, this.rate.msUntilNext());
  }

  private readonly drain = (): void => {
    this.drainTimer = null;
    while (this.waiting.length > 0 && !this.refused && this.rate.take()) this.handle(this.waiting.shift() as Uint8Array);
    if (this.waiting.length > 0 && !this.refused) this.drainTimer = setTimeout(this.drain, this.rate.msUntilNext());
    else if (this.socket.readyState === this.socket.OPEN) this.socket.resume();
  };

  private handle(data: Uint8Array): void {
    let message;
    try {
      message = decodeClientMessage(data);
    } catch (error) {
      this.refuse(error as Error);
      return;
    }
    switch (message.type) {
      case 'sync-step-1':
        this.room.answerSyncStep1(this, message.stateVector).catch((error: unknown) => this.refuse(error as Error));
        return;
      case 'sync-step-2':
      case 'update':
        if (this.access !== 'write') {
          // Every client answers the server's sync step 1, read-only or not: not a refusal.
          if (message.type === 'sync-step-2' || isEmptyUpdate(message.update)) return;
          this.refusedUpdates++;
          this.log.warn({ refused: this.refusedUpdates }, 'dropped an update from a read-only connection');
          if (this.refusedUpdates >= readOnlyUpdatesTolerated) this.close(closeCodes.forbidden);
          return;
        }
        this.room.receiveUpdate(this, message.update).catch((error: unknown) => this.refuse(error as Error));
        return;
      case 'awareness':
        if (this.awarenessTimer !== null || !this.awarenessRate.take()) {
          this.holdAwareness(message.update);
          return;
        }
        this.applyAwareness(message.update);
        return;
      case 'query-awareness':
        this.room.sendAwarenessTo(this);
        return;
    }
  }

  /** Keeps a presence update until the presence rate allows one: each state it holds replaces an older one of the same client. */
  private holdAwareness(update: Uint8Array): void {
    let entries;
    try {
      entries = decodeAwarenessUpdate(update);
    } catch (error) {
      this.refuse(new ProtocolError(`Malformed awareness update: ${(error as Error).message}`));
      return;
    }
    for (const entry of entries) {
      const held = this.heldAwareness.get(entry.client);
      if (held === undefined || held.clock <= entry.clock) this.heldAwareness.set(entry.client, entry);
    }
    this.awarenessTimer ??= setTimeout(this.applyHeldAwareness, this.awarenessRate.msUntilNext());
  }

  private readonly applyHeldAwareness = (): void => {
    this.awarenessTimer = null;
    if (this.heldAwareness.size === 0 || this.refused) return;
    // A timer may fire a little before the bucket holds a whole token: held on, not dropped.
    if (!this.awarenessRate.take()) {
      this.awarenessTimer = setTimeout(this.applyHeldAwareness, this.awarenessRate.msUntilNext());
      return;
    }
    const entries = [...this.heldAwareness.values()];
    this.heldAwareness.clear();
    this.applyAwareness(encodeAwarenessUpdate(entries));
  };

  private applyAwareness(update: Uint8Array): void {
    try {
      this.room.receiveAwareness(this, update);
    } catch (error) {
      this.refuse(
        error instanceof RefusedAwarenessError ? error : new ProtocolError(`Malformed awareness update: ${(error as Error).message}`),
      );
    }
  }

  /** Closes the connection for good after what it sent was refused, saying why; the refusal is logged. */
  refuse(error: Error): void {
    if (this.refused) return;
    if (error instanceof RefusedUpdateError) {
      this.refused = true;
      this.log.warn({ problem: error.message, room: this.room.name }, 'refused an update at the door; closing its connection');
      this.close(withDetail(closeCodes.refusedUpdate, error.message));
    } else if (error instanceof RefusedAwarenessError) {
      this.refused = true;
      this.log.warn({ problem: error.message }, 'refused an awareness update; closing its connection');
      this.close(withDetail(closeCodes.refusedAwareness, error.message));
    } else if (error instanceof ProtocolError) {
      this.refused = true;
      this.log.warn({ err: error }, 'closing a connection that sent a malformed message');
      this.close(closeCodes.badRequest);
    } else {
      this.log.error({ err: error }, 'closing a connection after a server error');
      this.close(closeCodes.internalError);
    }
  }
}
