import type { Logger } from '../log.js';
import type { Store } from './Store.js';

/** How often a store that cannot write is tried again. */
const defaultProbeMs = 1000;

/** Called when the store stops or starts taking writes again: the failure, or null once it is back. */
export type SaveStateListener = (failure: Error | null) => void;

/**
 * Whether the store takes writes: one state for the whole server, so a full
 * disk or a database outage is one clear "cannot save", not a failure per
 * update. On the first failure it tells its listeners (the rooms tell their
 * clients) and tries the store again every second until it takes writes,
 * then tells them it is back.
 */
export class SaveState {
  private readonly store: Store;
  private readonly log: Logger;
  private readonly probeMs: number;
  private current: Error | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<SaveStateListener>();
  private closed = false;

  constructor(store: Store, log: Logger, probeMs = defaultProbeMs) {
    this.store = store;
    this.log = log;
    this.probeMs = probeMs;
    store.onUnavailable = (error) => this.failed(error);
  }

  /** Why the store cannot write now, or null while it can. */
  get failure(): Error | null {
    return this.current;
  }

  /** Subscribes to changes; returns the unsubscribe. */
  onChange(listener: SaveStateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A write failed: enters "cannot save" (once) and starts trying the store again. */
  failed(error: unknown): void {
    if (this.current !== null || this.closed) return;
    this.current = error instanceof Error ? error : new Error(String(error));
    this.log.error({ err: this.current }, 'the store cannot save; clients are told, and keep their changes until it can');
    this.notify();
    this.schedule();
  }

  /** Resolves once the store takes writes (at once if it does now). */
  whenAvailable(): Promise<void> {
    if (this.current === null) return Promise.resolve();
    return new Promise((resolve) => {
      const stop = this.onChange((failure) => {
        if (failure !== null) return;
        stop();
        resolve();
      });
    });
  }

  private schedule(): void {
    if (this.closed) return;
    this.timer = setTimeout(() => void this.probe(), this.probeMs);
    this.timer.unref();
  }

  private async probe(): Promise<void> {
    this.timer = null;
    try {
      await this.store.recover();
    } catch (error) {
      this.log.debug({ err: error }, 'the store still cannot save');
      this.schedule();
      return;
    }
    if (this.closed) return;
    this.current = null;
    this.log.warn('the store saves again; clients are asked for what it lacks');
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(this.current);
      } catch (error) {
        this.log.error({ err: error }, 'telling of the store’s state failed');
      }
    }
  }

  /** Stops trying the store. */
  close(): void {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
  }
}
