import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { mergeInGroups } from '../mergeInGroups.js';

/**
 * Something the store found it cannot read: which room it concerns (when
 * the damage says), how many updates, and where the damaged bytes are kept.
 * Reports are kept in the store, so a document stays marked damaged until
 * its owner has looked.
 */
export interface DamageReport {
  /** The room whose updates are affected, or null when the damage does not say which. */
  room: string | null;
  /** How many updates are affected, or null when that cannot be told. */
  updates: number | null;
  /** What is wrong, in words. */
  problem: string;
  /** Where the damaged bytes were kept, if they were. */
  evidence: string | null;
  /** ISO time the damage was found. */
  foundAt: string;
}

/** A key that is the same for the same damage found again (a room checked on every load), so it is kept once. */
export function damageKey(report: Pick<DamageReport, 'room' | 'problem' | 'evidence'>): string {
  const hash = createHash('sha256')
    .update(`${report.problem}\n${report.evidence ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return `${report.room ?? '?'}!${hash}`;
}

/** The document a report concerns: the first part of its room's name. */
export function damagedDocument(report: Pick<DamageReport, 'room'>): string | null {
  if (report.room === null) return null;
  return report.room.split('/')[0] ?? null;
}

/** One line for logs and the command line: what, where and how much. */
export function describeDamage(report: DamageReport): string {
  const count = report.updates === null ? 'an unknown number of updates' : report.updates === 1 ? '1 update' : `${report.updates} updates`;
  const where = report.room === null ? 'rooms it cannot name' : `room ${report.room}`;
  return `${report.problem} (${count} of ${where}${report.evidence === null ? '' : `; kept in ${report.evidence}`})`;
}

/**
 * A room's stored updates split into those Yjs can read and those it cannot
 * (a damaged record): the readable ones are served, the others reported and
 * left where they are, as evidence.
 */
export function readableUpdates(updates: Uint8Array[]): { readable: Uint8Array[]; unreadable: number } {
  try {
    Y.mergeUpdates(updates);
    return { readable: updates, unreadable: 0 };
  } catch {
    // Some update is malformed: find which, one by one.
  }
  const readable = updates.filter((update) => {
    try {
      Y.decodeUpdate(update);
      return true;
    } catch {
      return false;
    }
  });
  return { readable, unreadable: updates.length - readable.length };
}

/** A room's stored updates merged into one, and the positions of those that do not decode (left out of it). */
export interface MergedUpdates {
  merged: Uint8Array;
  unreadable: number[];
}

/**
 * Merges a room's stored updates into one, leaving out those Yjs cannot read:
 * one merge when all read (merging is the costly part), a check of each
 * only when one does not.
 */
export function mergeReadable(updates: Uint8Array[]): MergedUpdates {
  try {
    return { merged: merged(updates), unreadable: [] };
  } catch {
    // Some update is malformed: find which, one by one.
  }
  const unreadable: number[] = [];
  const readable = updates.filter((update, index) => {
    try {
      Y.decodeUpdate(update);
      return true;
    } catch {
      unreadable.push(index);
      return false;
    }
  });
  return { merged: merged(readable), unreadable };
}

/**
 * From this many updates a log is merged in groups: below, one merge costs as
 * little or less (a single update is returned as it is; a snapshot with 200
 * small updates after it merges in half the time in one).
 */
const mergeInGroupsFrom = 256;

function merged(updates: Uint8Array[]): Uint8Array {
  return updates.length >= mergeInGroupsFrom ? mergeInGroups(updates) : Y.mergeUpdates(updates);
}

/**
 * Merges updates somewhere: on a worker thread for the server, so a
 * compaction never holds up the event loop (merging a few hundred small
 * updates takes tens of milliseconds), or right here for a command.
 */
export type UpdateMerger = (updates: Uint8Array[]) => Promise<MergedUpdates>;

/** Merges on the caller's thread. */
export const mergeInline: UpdateMerger = async (updates) => mergeReadable(updates);

/** Whether a doc holds updates that wait for others it never received: some of its history is missing. */
export function missingHistory(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}
