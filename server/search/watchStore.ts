import { parseRoomName } from '../../shared/document.js';
import type { Store } from '../store/Store.js';

/** The store's methods after which a document's text, marks or record may have changed. */
const writes = new Set<PropertyKey>(['appendUpdate', 'appendUpdateNow', 'putDocument', 'deleteDocument']);

/** The document a write is about: a room's, a record's, or the id erased. */
function documentOf(method: PropertyKey, argument: unknown): string | null {
  if (method === 'putDocument') return (argument as { id?: unknown } | null)?.id?.toString() ?? null;
  if (method === 'deleteDocument') return typeof argument === 'string' ? argument : null;
  return typeof argument === 'string' ? (parseRoomName(argument)?.docId ?? null) : null;
}

/**
 * The store, telling `changed` which document each write was about once it
 * is written (a write that fails tells nothing). Every path that changes a
 * document goes through the store (rooms relaying edits, imports, trash), so
 * search hears of them all without each path having to call it. The same
 * object otherwise: every other method and field is the store's own.
 */
export function watchStore(store: Store, changed: (docId: string) => void): Store {
  const tell = (method: PropertyKey, argument: unknown) => {
    const docId = documentOf(method, argument);
    if (docId !== null) changed(docId);
  };
  return new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (!writes.has(key)) return method.bind(target);
      return (...args: unknown[]) => {
        const result = method.apply(target, args);
        // appendUpdateNow returns nothing when the update is durable at once.
        if (result instanceof Promise) return result.then((value: unknown) => (tell(key, args[0]), value));
        tell(key, args[0]);
        return result;
      };
    },
  });
}
