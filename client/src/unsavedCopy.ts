import { fromBase64, toBase64 } from 'lib0/buffer';
import type { IndexeddbPersistence } from 'y-indexeddb';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** Where a page keeps its copy of a room's changes: one key per page, so two tabs never clear each other's. */
const prefix = (room: string) => `factmark:unsaved:${room}:`;
/** Past this many changes kept, they are merged into one (a few hundred keys typed offline stay a few kilobytes). */
const mergeAfter = 100;

/**
 * A synchronous copy of the local changes to a room that IndexedDB may not
 * hold yet. y-indexeddb writes each change in a transaction of its own,
 * which a reload right after a keystroke can cut short; offline, the change
 * was nowhere else, and it was lost. So each local change is also written,
 * at once, to localStorage (which writes before the call returns), and
 * taken out again once every IndexedDB transaction begun before it has
 * completed. A room opened again applies what a page before it left there
 * (a Yjs change applies any number of times), counts it as waiting to be
 * sent, and removes it once its own IndexedDB copy holds it.
 */
export class UnsavedCopy {
  private readonly key: string;
  /** Changes made here that IndexedDB is not known to hold, as stored (base64). */
  private kept: string[] = [];
  /** Keys left by pages before this one, removed once their changes are in this page's IndexedDB copy. */
  private inherited: string[];
  private checking = false;
  private destroyed = false;

  constructor(
    room: string,
    private readonly doc: Y.Doc,
    private readonly local: IndexeddbPersistence,
    private readonly provider: WebsocketProvider,
  ) {
    this.key = `${prefix(room)}${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
    this.inherited = keysOf(room);
    const left = this.inherited.flatMap(readChanges);
    if (left.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(left), this);
    doc.on('update', this.onUpdate);
    if (this.inherited.length > 0) this.check();
  }

  destroy(): void {
    this.destroyed = true;
    this.doc.off('update', this.onUpdate);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown) => {
    // What the server sent, IndexedDB loaded or this copy put back is no new local change.
    if (origin === this.provider || origin === this.local || origin === this) return;
    this.kept.push(toBase64(update));
    if (this.kept.length > mergeAfter) this.kept = [toBase64(Y.mergeUpdates(this.kept.map((change) => fromBase64(change))))];
    this.write();
    this.check();
  };

  private write(): void {
    try {
      if (this.kept.length === 0) window.localStorage.removeItem(this.key);
      else window.localStorage.setItem(this.key, JSON.stringify(this.kept));
    } catch {
      // Storage full or refused: IndexedDB's copy is still written, as it was before this copy existed.
    }
  }

  /**
   * Once IndexedDB has completed every transaction begun so far (a read of
   * its store waits for the writes begun before it), the changes kept until
   * now are in it: they are taken out of localStorage.
   */
  private check(): void {
    if (this.checking || this.destroyed) return;
    this.checking = true;
    const upTo = this.kept.length;
    const inherited = this.inherited;
    void this.local.whenSynced.then(() => {
      const db = this.local.db;
      if (db === null || this.destroyed) {
        this.checking = false;
        return;
      }
      const done = () => {
        this.checking = false;
        if (this.destroyed) return;
        this.kept.splice(0, upTo);
        this.write();
        for (const key of inherited) removeKey(key);
        this.inherited = this.inherited.filter((key) => !inherited.includes(key));
        if (this.kept.length > 0) this.check();
      };
      try {
        const transaction = db.transaction(['updates'], 'readonly');
        transaction.oncomplete = done;
        transaction.onabort = () => {
          this.checking = false;
        };
      } catch {
        this.checking = false;
      }
    });
  }
}

/** The keys pages have left for a room. */
function keysOf(room: string): string[] {
  try {
    const keys: string[] = [];
    for (let index = 0; index < window.localStorage.length; index++) {
      const key = window.localStorage.key(index);
      if (key?.startsWith(prefix(room)) === true) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}

/** The changes kept under a key, each that Yjs can read; none when the key holds anything else (the reader is total). */
function readChanges(key: string): Uint8Array[] {
  let stored: unknown;
  try {
    stored = JSON.parse(window.localStorage.getItem(key) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((change) => {
    if (typeof change !== 'string') return [];
    try {
      const update = fromBase64(change);
      // A change Yjs cannot read would throw where it is applied, with the others: checked here, alone.
      Y.decodeUpdate(update);
      return [update];
    } catch {
      return [];
    }
  });
}

function removeKey(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing more to do: the key is applied again next time, which changes nothing.
  }
}
