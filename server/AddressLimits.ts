import { RateLimiter } from './http/RateLimiter.js';

/** How an address is refused: how long it must wait, and whether for its failed authentications or its requests. */
export interface Refusal {
  seconds: number;
  reason: 'failures' | 'requests';
}

/**
 * The limits each client address is held to, over HTTP and websockets
 * alike: API requests a second, failed authentications a minute (an address
 * past that is refused everything until it has waited), and websocket
 * connections open at once.
 */
export class AddressLimits {
  private readonly requests: RateLimiter;
  private readonly failures: RateLimiter;
  private readonly maxConnections: number;
  private readonly connections = new Map<string, number>();

  constructor(limits: { requestsPerSecond: number; authFailuresPerMinute: number; maxConnections: number }) {
    this.requests = new RateLimiter(limits.requestsPerSecond, limits.requestsPerSecond * 10);
    this.failures = new RateLimiter(limits.authFailuresPerMinute / 60, limits.authFailuresPerMinute);
    this.maxConnections = limits.maxConnections;
  }

  /** Counts an API request: null when the address may make it, else why and how long it must wait (nothing is spent then). */
  request(address: string): Refusal | null {
    const failuresWait = this.failures.wait(address);
    const seconds = Math.max(failuresWait, this.requests.wait(address));
    if (seconds > 0) return { seconds, reason: failuresWait > 0 ? 'failures' : 'requests' };
    this.requests.spend(address);
    return null;
  }

  /** Whole seconds the address must wait for having failed to authenticate too often (0: none). */
  failureWait(address: string): number {
    return this.failures.wait(address);
  }

  /** Counts a refused token against the address. */
  failed(address: string): void {
    this.failures.spend(address);
  }

  /** Counts a websocket connection opened from the address; false when that is more than it may have open. */
  connect(address: string): boolean {
    const open = (this.connections.get(address) ?? 0) + 1;
    this.connections.set(address, open);
    return open <= this.maxConnections;
  }

  /** Counts a connection of the address closed (every one {@link connect} counted, admitted or not). */
  disconnect(address: string): void {
    const left = (this.connections.get(address) ?? 1) - 1;
    if (left <= 0) this.connections.delete(address);
    else this.connections.set(address, left);
  }
}
