import * as Y from 'yjs';
import { InputError } from '../errors.js';
import { readThread, type Thread } from './reader.js';
import { replySchema, threadLimits, threadStateKey, threadsMapName, type Reply, type ThreadPerson, type ThreadState } from './schema.js';

/** The layer's map of threads, keyed by mark id. */
export function threadsMap(layer: Y.Doc): Y.Map<Y.Map<unknown>> {
  return layer.getMap(threadsMapName);
}

/** Writes whole threads read from elsewhere (a factmark file, an earlier version) into a layer, each under its mark's id. */
export function putThreads(layer: Y.Doc, threads: readonly Thread[]): void {
  const map = threadsMap(layer);
  for (const { markId, replies, state } of threads) {
    const thread = new Y.Map<unknown>();
    map.set(markId, thread);
    for (const reply of replies) thread.set(reply.id, reply);
    if (state !== null) thread.set(threadStateKey, state);
  }
}

function newReplyId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return `r${Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('')}`;
}

/** A reply's text as kept: trimmed, and checked for length. Throws an InputError when empty or too long. */
function checkedBody(body: string): string {
  const kept = body.trim();
  if (kept === '') throw new InputError('A reply needs some text.', 'body');
  if (kept.length > threadLimits.body) throw new InputError(`A reply may be at most ${threadLimits.body} characters.`, 'body');
  return kept;
}

/** For each thread map this client made: the entries it wrote into it, by key. */
const ownEntries = new WeakMap<Y.Map<unknown>, Map<string, unknown>>();

/**
 * Two people starting the thread under a mark at once each make its map, and
 * Yjs keeps one: what the other wrote into theirs would be lost. So the maker
 * of a map keeps a copy of the entries it writes there (its replies, the
 * state it sets) and, if another's map wins, writes them again into that one.
 * Only its own: the door lets nobody write in another's name.
 */
function keepOwnEntries(layer: Y.Doc, markId: string, thread: Y.Map<unknown>): void {
  const threads = threadsMap(layer);
  const own = new Map<string, unknown>();
  ownEntries.set(thread, own);
  const check = (event: Y.YMapEvent<Y.Map<unknown>>) => {
    if (!event.keysChanged.has(markId)) return;
    const current = threads.get(markId);
    if (current === thread) return;
    threads.unobserve(check);
    // Removed on purpose: nothing to keep it for.
    if (!(current instanceof Y.Map)) return;
    const missing = [...own].filter(([key]) => !current.has(key));
    if (missing.length > 0) layer.transact(() => missing.forEach(([key, value]) => current.set(key, value)));
  };
  threads.observe(check);
}

/** Writes an entry into the thread under a mark (made if it has none yet), in one transaction with `origin`. */
function writeEntry(layer: Y.Doc, markId: string, key: string, value: unknown, origin: unknown): void {
  layer.transact(() => {
    const threads = threadsMap(layer);
    let thread = threads.get(markId);
    if (!(thread instanceof Y.Map)) {
      thread = new Y.Map<unknown>();
      threads.set(markId, thread);
      keepOwnEntries(layer, markId, thread);
    }
    thread.set(key, value);
    ownEntries.get(thread)?.set(key, value);
  }, origin);
}

/** What a new reply says, and who writes it when. */
export interface NewReply {
  markId: string;
  body: string;
  author: ThreadPerson;
  /** Ids of the people it mentions. */
  mentions: readonly string[];
  /** When it is written (ISO); now when not given. */
  at?: string;
  id?: string;
}

/** Adds a reply under a mark, in one transaction with `origin`; returns it. Throws an InputError for empty or long text. */
export function addReply(layer: Y.Doc, input: NewReply, origin: unknown = null): Reply {
  const reply: Reply = replySchema.parse({
    id: input.id ?? newReplyId(),
    markId: input.markId,
    body: checkedBody(input.body),
    author: { id: input.author.id, name: input.author.name },
    createdAt: input.at ?? new Date().toISOString(),
    editedAt: null,
    deleted: false,
    mentions: [...new Set(input.mentions)].slice(0, threadLimits.mentions),
  });
  writeEntry(layer, input.markId, reply.id, reply, origin);
  return reply;
}

/** A reply of a person's, or an InputError: nobody edits or deletes another's reply. */
function ownReply(layer: Y.Doc, markId: string, replyId: string, by: ThreadPerson): Reply {
  const reply = readThread(layer, markId).replies.find((candidate) => candidate.id === replyId);
  if (reply === undefined) throw new InputError(`There is no reply "${replyId}" under this mark.`, 'reply');
  if (reply.author.id !== by.id) throw new InputError('Only its author may change a reply.', 'reply');
  if (reply.deleted) throw new InputError('The reply was deleted.', 'reply');
  return reply;
}

/** Changes the text of one's own reply. */
export function editReply(
  layer: Y.Doc,
  change: { markId: string; replyId: string; body: string; mentions: readonly string[]; by: ThreadPerson; at?: string },
  origin: unknown = null,
): Reply {
  const reply = ownReply(layer, change.markId, change.replyId, change.by);
  const edited: Reply = {
    ...reply,
    body: checkedBody(change.body),
    mentions: [...new Set(change.mentions)].slice(0, threadLimits.mentions),
    editedAt: change.at ?? new Date().toISOString(),
  };
  writeEntry(layer, change.markId, reply.id, edited, origin);
  return edited;
}

/** Deletes one's own reply, leaving a tombstone so the thread shows that something was removed. */
export function deleteReply(
  layer: Y.Doc,
  change: { markId: string; replyId: string; by: ThreadPerson; at?: string },
  origin: unknown = null,
): void {
  const reply = ownReply(layer, change.markId, change.replyId, change.by);
  const tombstone: Reply = { ...reply, body: '', mentions: [], deleted: true, editedAt: change.at ?? new Date().toISOString() };
  writeEntry(layer, change.markId, reply.id, tombstone, origin);
}

/** Resolves or reopens the thread under a mark, recording who and when. */
export function setThreadResolved(
  layer: Y.Doc,
  change: { markId: string; resolved: boolean; by: ThreadPerson; at?: string },
  origin: unknown = null,
): ThreadState {
  const state: ThreadState = {
    resolved: change.resolved,
    by: { id: change.by.id, name: change.by.name },
    at: change.at ?? new Date().toISOString(),
  };
  writeEntry(layer, change.markId, threadStateKey, state, origin);
  return state;
}
