import * as Y from 'yjs';
import type { WorkflowWriter } from '../../shared/workflow/index.js';
import { replyProblem, threadStateKey, threadStateProblem, threadsMapName, type Reply } from '../../shared/thread/index.js';
import type { PlacedUpdate } from './placedUpdate.js';

/**
 * Who sends an update, as the door checks threads and the claim workflow
 * against them: their token's id and role. The server's own updates
 * (imports) have no writer.
 */
export type Writer = WorkflowWriter;

/** The value an item writes, when it writes a plain value. */
function valueOf(content: Y.Item['content']): unknown {
  return content instanceof Y.ContentAny ? content.arr[content.arr.length - 1] : undefined;
}

/** The value a thread map holds under a key in the doc before the update (which may be overwriting it), if the map is in the doc. */
function storedValue(holder: Y.Item, key: string): unknown {
  if (!(holder.parent instanceof Y.AbstractType) || !(holder.content instanceof Y.ContentType)) return undefined;
  const field = holder.content.type._map.get(key);
  if (field === undefined || field.deleted) return undefined;
  return valueOf(field.content);
}

/** A stored value read as a reply, or null when it is not one. */
function asReply(value: unknown): Reply | null {
  return value !== undefined && replyProblem(value) === null ? (value as Reply) : null;
}

/** Why a writer may not write into threads at all, or null. */
function writerProblem(writer: Writer | null): string | null {
  if (writer === null) return null;
  if (writer.role === 'viewer') return 'a viewer may read threads, not write them';
  return null;
}

/** Why an item written at the top of `threads` (a mark's thread) may not be, or null. */
export function threadRootProblem(item: Y.Item, key: string | null, writer: Writer | null): string | null {
  const problem = writerProblem(writer);
  if (problem !== null) return problem;
  if (key === null) return 'writes list content into the threads map';
  if (key.length > 64) return `names a thread "${key.slice(0, 40)}…", longer than a mark id`;
  if (!(item.content instanceof Y.ContentType) || !(item.content.type instanceof Y.Map) || item.content.type instanceof Y.XmlHook)
    return `thread "${key}": is not a map of replies`;
  return null;
}

/**
 * Why an item written into a mark's thread (a reply, or the thread's state)
 * may not be, or null: it must be valid, a reply written by its author under
 * the mark it names, an edit only of the writer's own reply keeping its
 * author and time, and a state set in the writer's name.
 */
export function threadFieldProblem(holder: Y.Item, markId: string, key: string | null, item: Y.Item, writer: Writer | null): string | null {
  const where = `thread "${markId.slice(0, 64)}"`;
  const problem = writerProblem(writer);
  if (problem !== null) return problem;
  if (key === null) return `${where}: writes list content into a thread`;
  if (!(item.content instanceof Y.ContentAny)) return `${where}: ${key.slice(0, 64)}: holds something other than a value`;
  const value = valueOf(item.content);
  if (key === threadStateKey) {
    const stateProblem = threadStateProblem(value);
    if (stateProblem !== null) return `${where}: state: ${stateProblem}`;
    if (writer !== null && (value as { by: { id: string } }).by.id !== writer.id) return `${where}: state: is set in another person's name`;
    return null;
  }
  const reply = `${where}: reply "${key.slice(0, 64)}"`;
  const invalid = replyProblem(value);
  if (invalid !== null) return `${reply}: ${invalid}`;
  const written = value as Reply;
  if (written.id !== key) return `${reply}: its id is not the key it is written under`;
  if (written.markId !== markId) return `${reply}: names another mark than the thread it is in`;
  if (writer === null) return null;
  if (written.author.id !== writer.id) return `${reply}: is written in another person's name`;
  const before = asReply(storedValue(holder, key));
  if (before !== null) {
    if (before.author.id !== writer.id) return `${reply}: is another person's reply`;
    if (before.createdAt !== written.createdAt) return `${reply}: changes when it was written`;
  }
  return null;
}

/**
 * Why what an update removes from threads may not be removed, or null: a
 * reply only by its author (or when it cannot be read), a whole thread only
 * when every reply in it is the writer's. `written` holds the keys the update
 * writes anew in each thread (an overwrite, checked as a write).
 */
export function threadRemovalProblem(
  update: PlacedUpdate,
  writer: Writer | null,
  written: ReadonlyMap<Y.Item, Set<string>>,
): string | null {
  if (writer === null) return null;
  for (const deleted of update.deletedItems()) {
    const parent = deleted.parent as Y.AbstractType<unknown>;
    const holder = parent._item;
    if (holder === null) {
      if (Y.findRootTypeKey(parent) !== threadsMapName || deleted.parentSub === null) continue;
      const problem = writerProblem(writer);
      if (problem !== null) return problem;
      const thread = deleted.content instanceof Y.ContentType ? deleted.content.type : null;
      if (!(thread instanceof Y.Map)) continue;
      for (const [, field] of thread._map) {
        const reply = field.deleted ? null : asReply(valueOf(field.content));
        if (reply !== null && reply.author.id !== writer.id) return `thread "${deleted.parentSub.slice(0, 64)}": holds others' replies`;
      }
      continue;
    }
    const place = update.placeOf(holder);
    if (place === 'dropped' || place === 'unknown' || !('root' in place.parent) || place.parent.root !== threadsMapName) continue;
    const key = deleted.parentSub;
    if (key === null || written.get(holder)?.has(key) === true) continue;
    const problem = writerProblem(writer);
    if (problem !== null) return problem;
    const reply = asReply(valueOf(deleted.content));
    if (reply !== null && reply.author.id !== writer.id)
      return `thread "${(place.key ?? '').slice(0, 64)}": removes another person's reply`;
  }
  return null;
}
