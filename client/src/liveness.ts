import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** The y-websocket message type of sync messages. */
const messageSync = 0;

/** How often a live connection is asked for an answer, in milliseconds. */
export const pingEvery = 2000;
/** How long a connection may stay silent, with a question outstanding, before it is taken for dead. */
export const deadAfter = 6000;

/**
 * Checks that a provider's connection still carries messages both ways, and
 * counts the local changes the server is not known to hold.
 *
 * A network that drops without closing the socket (a laptop leaving the
 * wifi) leaves y-websocket believing it is connected for 30 seconds. So every
 * couple of seconds, and soon after a local change, this asks the server a
 * question it always answers (a sync step 1, answered by a step 2 once every
 * change sent before it is stored); a connection silent for {@link deadAfter}
 * with a question outstanding is closed and opened again. The browser going
 * offline closes it at once, and coming back online reconnects at once.
 * Changes made before a question was sent are held by the server once it is
 * answered: `waiting` is the number of those not yet answered for.
 */
export class Liveness {
  /** Local changes made since this page opened the room. */
  private made = 0;
  /** How many of them the server is known to hold. */
  private confirmed = 0;
  /** For each question sent and not yet answered: `made` when it was sent. */
  private questions: number[] = [];
  private socket: WebSocket | null = null;
  /** True until the answer to the provider's own first question has come on this socket. */
  private awaitingFirstAnswer = true;
  /** While the server says it cannot save, its answers say it is alive, not that it holds our changes. */
  private serverSaving = true;
  private lastHeard = 0;
  private soon: ReturnType<typeof setTimeout> | null = null;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly doc: Y.Doc,
  ) {
    provider.on('status', this.onStatus);
    provider.on('sync', this.onSync);
    doc.on('update', this.onUpdate);
    window.addEventListener('offline', this.onOffline);
    window.addEventListener('online', this.onOnline);
    this.timer = setInterval(this.check, pingEvery);
    if (provider.ws !== null) this.listen(provider.ws);
  }

  /** Local changes the server is not known to hold. */
  get waiting(): number {
    return this.made - this.confirmed;
  }

  /** Follows whether the server can save; once it can again, asks, to know what it now holds. */
  setServerSaving(saving: boolean): void {
    const resumed = saving && !this.serverSaving;
    this.serverSaving = saving;
    if (resumed && this.waiting > 0) this.ask();
  }

  /** Calls `listener` whenever `waiting` changes; returns a function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    clearInterval(this.timer);
    if (this.soon !== null) clearTimeout(this.soon);
    this.provider.off('status', this.onStatus);
    this.provider.off('sync', this.onSync);
    this.doc.off('update', this.onUpdate);
    window.removeEventListener('offline', this.onOffline);
    window.removeEventListener('online', this.onOnline);
    this.listen(null);
    this.listeners.clear();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  private listen(socket: WebSocket | null): void {
    this.socket?.removeEventListener('message', this.onMessage);
    this.socket = socket;
    this.questions = [];
    this.awaitingFirstAnswer = true;
    this.lastHeard = Date.now();
    socket?.addEventListener('message', this.onMessage);
  }

  private readonly onStatus = ({ status }: { status: string }) => {
    // Every new socket starts with no question outstanding; the provider asks its own first.
    this.listen(status === 'connected' ? this.provider.ws : null);
  };

  private readonly onSync = (synced: boolean) => {
    // What was made before now was sent (as our sync step 2) before the server answered: ask, to know it is stored.
    // With nothing waiting, the next regular question will do (a page just opened asks nothing more of the server).
    if (synced && this.waiting > 0) this.ask();
  };

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    // Changes from the server, or loaded back from IndexedDB, are not waiting to be sent.
    if (origin === this.provider || (typeof origin === 'object' && origin !== null && 'whenSynced' in origin)) return;
    this.made++;
    this.changed();
    // Ask soon after a change, so that it counts as arrived within a moment.
    if (this.soon === null && this.provider.synced) {
      this.soon = setTimeout(() => {
        this.soon = null;
        this.ask();
      }, 300);
    }
  };

  private readonly onMessage = (event: MessageEvent) => {
    this.lastHeard = Date.now();
    if (!(event.data instanceof ArrayBuffer)) return;
    const bytes = new Uint8Array(event.data);
    // A sync step 2 answers the oldest question (the server answers in order); the provider's own first is not ours.
    if (bytes[0] !== messageSync || bytes[1] !== 1) return;
    if (this.awaitingFirstAnswer) {
      this.awaitingFirstAnswer = false;
      return;
    }
    const answered = this.questions.shift();
    if (!this.serverSaving) return;
    if (answered !== undefined && answered > this.confirmed) {
      this.confirmed = answered;
      this.changed();
    }
  };

  private readonly onOffline = () => {
    // The socket may stay open with nothing getting through: close it now, and try again.
    this.reconnect();
  };

  private readonly onOnline = () => {
    // Back online: no need to wait for the provider's next attempt.
    if (!this.provider.wsconnected) this.reconnect();
  };

  private readonly check = () => {
    if (!this.provider.wsconnected || !this.provider.synced) return;
    if (this.questions.length > 0 && Date.now() - this.lastHeard > deadAfter) {
      this.reconnect();
      return;
    }
    if (this.questions.length < 3) this.ask();
  };

  private ask(): void {
    const socket = this.provider.ws;
    if (socket === null || !this.provider.wsconnected || socket.readyState !== WebSocket.OPEN) return;
    if (socket !== this.socket) this.listen(socket);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    // The time since the last message counts from the first unanswered question.
    if (this.questions.length === 0) this.lastHeard = Date.now();
    this.questions.push(this.made);
    socket.send(encoding.toUint8Array(encoder));
  }

  private reconnect(): void {
    // A provider the server refused stays closed.
    if (!this.provider.shouldConnect) return;
    this.provider.disconnect();
    this.provider.connect();
  }
}
