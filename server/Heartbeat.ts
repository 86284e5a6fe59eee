import type { WebSocket } from 'ws';

/**
 * Pings every open socket at an interval and ends those that did not answer
 * the previous ping: a client that vanished without closing (a laptop shut,
 * a network gone) does not hold its room open for ever.
 */
export class Heartbeat {
  private readonly alive = new WeakSet<WebSocket>();
  private readonly timer: NodeJS.Timeout;

  /** Starts beating over the sockets `sockets()` gives at each beat. */
  constructor(sockets: () => Iterable<WebSocket>, intervalMs: number) {
    this.timer = setInterval(() => this.beat(sockets()), intervalMs);
    this.timer.unref();
  }

  /** Watches a socket from now on: it counts as alive until a ping goes unanswered. */
  watch(socket: WebSocket): void {
    this.alive.add(socket);
    socket.on('pong', () => this.alive.add(socket));
  }

  private beat(sockets: Iterable<WebSocket>): void {
    for (const socket of sockets) {
      if (!this.alive.has(socket)) {
        socket.terminate();
        continue;
      }
      this.alive.delete(socket);
      socket.ping();
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
