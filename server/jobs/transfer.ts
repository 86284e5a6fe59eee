import { Piscina } from 'piscina';
import { mergeReadable, type MergedUpdates } from '../store/damage.js';
import { runJob, type Job, type JobOutcome } from './jobs.js';

/**
 * What a worker thread sends back, with its bytes moved to the event loop's
 * thread rather than copied: a file's text goes as UTF-8 bytes (encoded
 * here, so the event loop neither copies the text nor encodes it to send it),
 * and Yjs updates go as they are.
 */

/** The bytes, in a buffer of their own (one that is not shared with anything else may be moved). */
function own(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/** A value whose byte arrays are moved, not copied, when posted to another thread. */
function moving<T>(value: T, buffers: ArrayBufferLike[]): T {
  if (buffers.length === 0) return value;
  const movable = { [Piscina.transferableSymbol]: buffers, [Piscina.valueSymbol]: value };
  return (Piscina.move as (value: object) => unknown)(movable) as T;
}

/** Runs a job on this worker thread; its file comes back as bytes (text as UTF-8), moved. */
export async function runMovedJob(job: Job): Promise<JobOutcome> {
  // Awaited, so a job that becomes asynchronous is moved the same way.
  const outcome = await runJob(job);
  if (!outcome.ok) return outcome;
  const value = outcome.value as unknown as Record<string, unknown>;
  const text = value['body'];
  // A file already in bytes (a binary format) is moved as it is.
  const body = typeof text === 'string' ? new TextEncoder().encode(text) : text instanceof Uint8Array ? own(text) : null;
  if (body === null) return outcome;
  return moving({ ok: true, value: { ...value, body } } as unknown as JobOutcome, [body.buffer]);
}

/** Merges a room's stored updates on this worker thread; the snapshot comes back moved. */
export function mergeMoved(updates: Uint8Array[]): MergedUpdates {
  const { merged, unreadable } = mergeReadable(updates);
  const snapshot = own(merged);
  return moving({ merged: snapshot, unreadable }, [snapshot.buffer]);
}
