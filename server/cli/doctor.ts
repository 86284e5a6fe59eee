import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Node } from 'prosemirror-model';
import { yDocToProsemirrorJSON } from 'y-prosemirror';
import * as Y from 'yjs';
import { articleFragmentName, articleRoomName, articleSchema, type DocumentRecord } from '../../shared/index.js';
import { clockOf, type Config } from '../config.js';
import { Documents } from '../Documents.js';
import { describeDamage, missingHistory, readableUpdates, type DamageReport } from '../store/damage.js';
import { LevelStore } from '../store/LevelStore.js';
import type { Store } from '../store/Store.js';

/** What was found in one room. */
export interface RoomCheck {
  room: string;
  updates: number;
  /** Stored updates Yjs cannot decode (skipped when served). */
  unreadable: number;
  /** Stored updates wait for earlier ones the store lacks. */
  missingHistory: boolean;
  /** Why the article does not read as a document, for an article room that does not. */
  unreadableArticle: string | null;
}

/** What was found in one document. */
export interface DocumentCheck {
  record: DocumentRecord;
  rooms: RoomCheck[];
  /** Damage recorded in the store for this document. */
  recorded: DamageReport[];
  damaged: boolean;
}

/** The doctor's findings for a whole store. */
export interface DoctorReport {
  /** What was checked: the data folder or the database. */
  source: string;
  documents: DocumentCheck[];
  /** Damage recorded (or found now) that names no document. */
  unattributed: DamageReport[];
  /** Rooms with updates but no document. */
  orphanRooms: string[];
}

function checkRoom(room: string, stored: Uint8Array[], isArticle: boolean): RoomCheck {
  const { readable, unreadable } = readableUpdates(stored);
  const doc = new Y.Doc();
  let unreadableArticle: string | null = null;
  let missing = false;
  try {
    if (readable.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(readable));
    missing = missingHistory(doc);
    if (isArticle) Node.fromJSON(articleSchema, yDocToProsemirrorJSON(doc, articleFragmentName)).check();
  } catch (error) {
    unreadableArticle = (error as Error).message;
  } finally {
    doc.destroy();
  }
  return { room, updates: stored.length, unreadable, missingHistory: missing, unreadableArticle };
}

/** Checks every document of an open store: every room's updates decode, none waits for a missing one, the article reads. */
export async function checkStore(
  store: Store,
  source: string,
  rewrite: (report: DamageReport) => DamageReport = (report) => report,
): Promise<DoctorReport> {
  const recorded = (await store.listDamage()).map(rewrite);
  const records = await store.listDocuments();
  const known = new Set(records.map((record) => record.id));
  const documents: DocumentCheck[] = [];
  for (const record of records) {
    const rooms: RoomCheck[] = [];
    for (const room of await store.listRooms(record.id)) {
      if (room !== record.id && !room.startsWith(`${record.id}/`)) continue;
      rooms.push(checkRoom(room, await store.loadUpdates(room), room === articleRoomName(record.id)));
    }
    const own = recorded.filter((report) => report.room !== null && (report.room === record.id || report.room.startsWith(`${record.id}/`)));
    const damaged = own.length > 0 || rooms.some((room) => room.unreadable > 0 || room.missingHistory || room.unreadableArticle !== null);
    documents.push({ record, rooms, recorded: own, damaged });
  }
  const orphanRooms = (await store.listRooms('')).filter((room) => !known.has(room.split('/')[0] ?? ''));
  const unattributed = recorded.filter((report) => report.room === null || !known.has(report.room.split('/')[0] ?? ''));
  return { source, documents, unattributed, orphanRooms };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The report as the command prints it. */
export function renderDoctorReport(report: DoctorReport): string {
  const lines = [`Checked ${report.source}.`];
  const damaged = report.documents.filter((document) => document.damaged);
  lines.push(`${count(report.documents.length, 'document')}, ${damaged.length} damaged.`);
  for (const document of report.documents) {
    const { record } = document;
    lines.push(`${document.damaged ? 'DAMAGED' : 'ok     '}  ${record.id}  “${record.title}”  (${count(document.rooms.length, 'room')})`);
    for (const room of document.rooms) {
      if (room.unreadable > 0) lines.push(`    ${room.room}: ${room.unreadable} of ${room.updates} stored updates do not decode (skipped)`);
      if (room.missingHistory) lines.push(`    ${room.room}: some stored updates wait for earlier ones the store lacks`);
      if (room.unreadableArticle !== null) lines.push(`    ${room.room}: the article does not read: ${room.unreadableArticle}`);
    }
    for (const damage of document.recorded) lines.push(`    recorded: ${describeDamage(damage)}`);
  }
  if (report.unattributed.length > 0) {
    lines.push('Damage that names no document (its documents may miss recent updates):');
    for (const damage of report.unattributed) lines.push(`    ${describeDamage(damage)}`);
  }
  if (report.orphanRooms.length > 0) lines.push(`Rooms with updates but no document: ${report.orphanRooms.join(', ')}`);
  const anything = damaged.length > 0 || report.unattributed.length > 0;
  lines.push(
    anything
      ? 'Everything that reads is served as it is; clients that still hold lost updates send them when they reconnect. ' +
          'Write out what reads with --export-readable DIR.'
      : 'No damage found.',
  );
  return `${lines.join('\n')}\n`;
}

/** Writes every document's readable content and annotations as factmark JSON, one file each; returns the files written. */
export async function exportReadable(store: Store, config: Config, dir: string): Promise<{ written: string[]; failed: string[] }> {
  await mkdir(dir, { recursive: true });
  const documents = new Documents(store, config, null, undefined, clockOf(config));
  const written: string[] = [];
  const failed: string[] = [];
  for (const record of await store.listDocuments()) {
    const file = path.join(dir, `${record.id}.json`);
    try {
      const exported = await documents.export(record.id, 'factmark', {
        publicUrl: config.publicUrl ?? `http://localhost:${config.port}`,
        organisation: config.organisation,
      });
      await writeFile(file, exported.body, { mode: 0o600 });
      written.push(file);
    } catch (error) {
      failed.push(`${record.id}: ${(error as Error).message}`);
    }
  }
  return { written, failed };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Opens the store to check, without changing it: the embedded store is
 * copied first (opening LevelDB replays and deletes its logs, and a damaged
 * journal would be moved aside), so the doctor may run beside the server.
 * Evidence and paths in what it finds are given as in the data folder.
 */
export async function openForDoctor(
  config: Config,
): Promise<{ store: Store; source: string; rewrite: (report: DamageReport) => DamageReport; close: () => Promise<void> }> {
  if (config.databaseUrl !== null) {
    const { PostgresStore } = await import('../store/PostgresStore.js');
    const store = await PostgresStore.open(config.databaseUrl);
    return { store, source: 'the database', rewrite: (report) => report, close: () => store.close() };
  }
  const original = path.join(config.dataDir, 'store');
  if (!(await exists(original))) throw new Error(`${config.dataDir} holds no factmark store.`);
  const copy = await mkdtemp(path.join(tmpdir(), 'factmark-doctor-'));
  await cp(original, path.join(copy, 'store'), { recursive: true, filter: (source) => path.basename(source) !== 'LOCK' });
  if (await exists(`${original}.journal`)) await cp(`${original}.journal`, path.join(copy, 'store.journal'));
  const store = await LevelStore.open(path.join(copy, 'store'), { durability: 'process' });
  const inCopy = path.join(copy, 'store');
  const rewrite = (report: DamageReport): DamageReport => ({
    ...report,
    problem: report.problem.split(inCopy).join(original),
    // Found in the copy just now: the server keeps the damaged file aside when it next opens the store.
    evidence: report.evidence?.startsWith(copy) === true ? null : report.evidence,
  });
  return {
    store,
    source: config.dataDir,
    rewrite,
    close: async () => {
      await store.close();
      await rm(copy, { recursive: true, force: true });
    },
  };
}
