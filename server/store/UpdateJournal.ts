import { closeSync, fdatasync, fdatasyncSync, ftruncateSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** One update as the journal keeps it. */
export interface JournalEntry {
  room: string;
  update: Uint8Array;
}

/** A stretch of a journal that holds no readable frame, between readable ones. */
export interface DamagedStretch {
  /** Byte offset where it starts, and where the next readable frame (or the file) starts. */
  start: number;
  end: number;
  /** The room its first frame names, when that much of the frame still reads as a name. */
  room: string | null;
  /** How many frames it held, when its first frame's length leads exactly to the next readable one. */
  frames: number | null;
}

/** What a journal file holds: the frames that read, and the damage between them. */
export interface JournalScan {
  entries: JournalEntry[];
  /** Stretches that are not a torn last frame: acknowledged updates may be lost there. */
  damaged: DamagedStretch[];
  /** Bytes of a last frame cut short (a crash mid-write), after the last readable frame. */
  tornBytes: number;
  /** The count of batches the store said it had written when the journal was last emptied, if it says. */
  checkpoint: number | null;
}

// A frame: payload length (u32), CRC-32 of the payload (u32), then the payload:
// the room name's length (u16), the room name (UTF-8) and the update.
const headerBytes = 8;
const roomLengthBytes = 2;
/** The room of filler frames: written to learn whether the disk takes writes again, never read back as updates. */
const fillerRoom = '';
/** The room of checkpoint frames (no room name has a `!`): how many batches the store had when the journal was emptied. */
const checkpointRoom = '!written';

function encodeCheckpoint(batches: number): Uint8Array {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(BigInt(batches));
  return bytes;
}

function decodeCheckpoint(bytes: Uint8Array): number | null {
  return bytes.length === 8 ? Number(Buffer.from(bytes).readBigUInt64LE()) : null;
}

function encodeFrame(room: string, update: Uint8Array): Buffer {
  const roomBytes = Buffer.from(room, 'utf8');
  if (roomBytes.length > 0xffff) throw new RangeError('A room name longer than 65535 bytes cannot be journaled.');
  const payloadLength = roomLengthBytes + roomBytes.length + update.length;
  const frame = Buffer.allocUnsafe(headerBytes + payloadLength);
  frame.writeUInt32LE(payloadLength, 0);
  frame.writeUInt16LE(roomBytes.length, headerBytes);
  roomBytes.copy(frame, headerBytes + roomLengthBytes);
  frame.set(update, headerBytes + roomLengthBytes + roomBytes.length);
  frame.writeUInt32LE(crc32(frame.subarray(headerBytes)), 4);
  return frame;
}

/** The frame at an offset and where it ends, or null unless it is whole and its checksum matches. */
function decodeFrameAt(bytes: Buffer, offset: number): { entry: JournalEntry; end: number } | null {
  if (offset + headerBytes > bytes.length) return null;
  const payloadLength = bytes.readUInt32LE(offset);
  const end = offset + headerBytes + payloadLength;
  if (payloadLength < roomLengthBytes || end > bytes.length) return null;
  const payload = bytes.subarray(offset + headerBytes, end);
  const roomLength = payload.readUInt16LE(0);
  if (roomLengthBytes + roomLength > payload.length) return null;
  if (crc32(payload) !== bytes.readUInt32LE(offset + 4)) return null;
  const room = payload.subarray(roomLengthBytes, roomLengthBytes + roomLength).toString('utf8');
  return { entry: { room, update: new Uint8Array(payload.subarray(roomLengthBytes + roomLength)) }, end };
}

/** The room a damaged frame names, if its header still leads to a plausible UTF-8 name. */
function roomNamedAt(bytes: Buffer, offset: number): string | null {
  if (offset + headerBytes + roomLengthBytes > bytes.length) return null;
  const roomLength = bytes.readUInt16LE(offset + headerBytes);
  const start = offset + headerBytes + roomLengthBytes;
  if (roomLength === 0 || start + roomLength > bytes.length) return null;
  try {
    const room = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, start + roomLength));
    // Room names are printable (document ids and layer paths): anything else is garbage, not a name.
    return /^[\w\-./~]+$/.test(room) ? room : null;
  } catch {
    return null;
  }
}

/**
 * Reads every frame of a journal. A frame that does not read is not taken
 * for the end: the scan looks for the next frame whose checksum matches and
 * carries on from there, so one bad byte costs one frame, not every later
 * one. Only damage with nothing readable after it whose length runs past
 * the end of the file is a torn last write.
 */
export function scanJournal(bytes: Buffer): JournalScan {
  const entries: JournalEntry[] = [];
  const damaged: DamagedStretch[] = [];
  let checkpoint: number | null = null;
  let offset = 0;
  while (offset < bytes.length) {
    const frame = decodeFrameAt(bytes, offset);
    if (frame !== null) {
      if (frame.entry.room === checkpointRoom) checkpoint = decodeCheckpoint(frame.entry.update) ?? checkpoint;
      else if (frame.entry.room !== fillerRoom) entries.push(frame.entry);
      offset = frame.end;
      continue;
    }
    let next = offset + 1;
    while (next < bytes.length && decodeFrameAt(bytes, next) === null) next++;
    const claimedEnd = offset + headerBytes <= bytes.length ? offset + headerBytes + bytes.readUInt32LE(offset) : Infinity;
    // Cut short, or zeros where the disk had not yet written the data when the power went: a torn last write.
    const torn = claimedEnd > bytes.length || bytes.subarray(offset).every((byte) => byte === 0);
    if (next >= bytes.length && torn) return { entries, damaged, tornBytes: bytes.length - offset, checkpoint };
    damaged.push({ start: offset, end: next, room: roomNamedAt(bytes, offset), frames: claimedEnd === next ? 1 : null });
    offset = next;
  }
  return { entries, damaged, tornBytes: 0, checkpoint };
}

/** Reads a journal file's bytes; a missing file is an empty journal. */
export function readJournal(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return Buffer.alloc(0);
  }
}

/** How an acknowledged update is kept: in the operating system (a process crash), or on the disk (power loss too). */
export type Durability = 'process' | 'power';

/**
 * An append-only file of updates not yet in LevelDB. An append is one
 * synchronous `write`, so once it returns the update is in the operating
 * system and survives a `kill -9`, without the round trip through LevelDB's
 * thread pool that would otherwise delay every relay. For power loss, the
 * writes are also flushed to the disk ({@link synced}), many appends per
 * flush. LevelDB then takes the updates in batches, and the journal is
 * emptied whenever it has caught up.
 */
export class UpdateJournal {
  private readonly fd: number;
  private size: number;
  /** Appends waiting for the next flush to the disk, and whether one is running. */
  private waiting: { resolve: () => void; reject: (error: Error) => void }[] = [];
  private flushing = false;

  private constructor(fd: number, size: number) {
    this.fd = fd;
    this.size = size;
  }

  /**
   * Opens (or creates) a journal and reads the updates it still holds, which
   * a crash kept from reaching LevelDB. A torn last frame is dropped. A
   * journal with damage before its end is first renamed to `aside` (kept as
   * evidence) and a new one holding the frames that read takes its place.
   */
  static open(file: string, aside: () => string): { journal: UpdateJournal; scan: JournalScan; movedTo: string | null } {
    const bytes = readJournal(file);
    const scan = scanJournal(bytes);
    let movedTo: string | null = null;
    if (scan.damaged.length > 0) {
      movedTo = aside();
      renameSync(file, movedTo);
    }
    const fd = openSync(file, 'a', 0o600);
    const journal = new UpdateJournal(fd, movedTo === null ? bytes.length - scan.tornBytes : 0);
    if (movedTo === null) {
      if (scan.tornBytes > 0) ftruncateSync(fd, journal.size);
    } else {
      // The frames that read go into the new journal before anything else, so they outlive a crash right now too.
      for (const entry of scan.entries) journal.append(entry.room, entry.update);
      fdatasyncSync(fd);
    }
    return { journal, scan, movedTo };
  }

  /**
   * Appends an update; once this returns it survives the process being
   * killed. A failed write (a full disk) is cut off again, so no half frame
   * stays in front of later ones.
   */
  append(room: string, update: Uint8Array): void {
    this.write(encodeFrame(room, update));
  }

  /** Appends a frame that is no update, to learn whether the disk takes `bytes` again. */
  appendFiller(bytes: number): void {
    this.write(encodeFrame(fillerRoom, new Uint8Array(bytes)));
  }

  private write(frame: Buffer): void {
    let written = 0;
    try {
      while (written < frame.length) written += writeSync(this.fd, frame, written);
    } catch (error) {
      if (written > 0) {
        try {
          ftruncateSync(this.fd, this.size);
        } catch {
          // The reader skips a half frame in front of later ones anyway.
        }
      }
      throw error;
    }
    this.size += frame.length;
  }

  /**
   * Resolves once everything appended so far is on the disk. Appends that
   * arrive while a flush runs share the next one (group commit).
   */
  synced(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      if (!this.flushing) this.flushToDisk();
    });
  }

  private flushToDisk(): void {
    const batch = this.waiting;
    this.waiting = [];
    this.flushing = true;
    fdatasync(this.fd, (error) => {
      this.flushing = false;
      for (const waiter of batch) {
        if (error === null) waiter.resolve();
        else waiter.reject(error);
      }
      if (this.waiting.length > 0) this.flushToDisk();
    });
  }

  /** Bytes the journal holds. */
  get bytes(): number {
    return this.size;
  }

  /**
   * Empties the journal, once everything in it is stored elsewhere, leaving
   * only a checkpoint: how many batches the store has written, so a store
   * that later holds fewer is known to have lost some.
   */
  clear(batches: number): void {
    ftruncateSync(this.fd, 0);
    this.size = 0;
    this.write(encodeFrame(checkpointRoom, encodeCheckpoint(batches)));
  }

  close(): void {
    closeSync(this.fd);
  }
}
