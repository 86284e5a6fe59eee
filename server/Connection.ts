import type { WebSocket } from 'ws';
import type { Access } from './access.js';
import { closeCodes } from './closeCodes.js';
import type { Logger } from './log.js';
import { decodeClientMessage, ProtocolError } from './protocol.js';
import type { Room } from './Room.js';

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

/**
 * One client's websocket in one room. It decodes the client's messages,
 * enforces its access (a read-only connection's updates are dropped, never
 * applied or relayed) and sends it what the room relays.
 */
export class Connection {
  readonly socket: WebSocket;
  readonly room: Room;
  /** What the connection may do; narrowed when an assignment's layers are hidden again. */
  access: Access;
  /** Awareness client ids this connection controls, removed when it closes. */
  readonly awarenessClients = new Set<number>();
  private readonly log: Logger;
  private refusedUpdates = 0;
  private readonly rate: RateLimit;

  constructor(socket: WebSocket, room: Room, access: Access, log: Logger, maxMessagesPerSecond = Infinity) {
    this.socket = socket;
    this.room = room;
    this.access = access;
    this.log = log;
    this.rate = new RateLimit(maxMessagesPerSecond);
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
    this.socket.close(close.code, close.reason);
  }

  /** Handles one message from the client. */
  receive(data: Uint8Array): void {
    if (!this.rate.take()) {
      this.log.warn('closing a connection that sent too many messages');
      this.close(closeCodes.tooManyMessages);
      return;
    }
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
        try {
          this.room.receiveAwareness(this, message.update);
        } catch (error) {
          this.refuse(new ProtocolError(`Malformed awareness update: ${(error as Error).message}`));
        }
        return;
      case 'query-awareness':
        this.room.sendAwarenessTo(this);
        return;
    }
  }

  private refuse(error: Error): void {
    if (error instanceof ProtocolError) {
      this.log.warn({ err: error }, 'closing a connection that sent a malformed message');
      this.close(closeCodes.badRequest);
    } else {
      this.log.error({ err: error }, 'closing a connection after a server error');
      this.close(closeCodes.internalError);
    }
  }
}
