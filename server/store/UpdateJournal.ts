import { closeSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { crc32 } from 'node:zlib';

/** One update as the journal keeps it. */
export interface JournalEntry {
  room: string;
  update: Uint8Array;
}

// A frame: payload length (u32), CRC-32 of the payload (u32), then the payload:
// the room name's length (u16), the room name (UTF-8) and the update.
const headerBytes = 8;
const roomLengthBytes = 2;

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

/** The whole frames at the start of a journal file, and how many bytes they take. */
function decodeFrames(bytes: Buffer): { entries: JournalEntry[]; validBytes: number } {
  const entries: JournalEntry[] = [];
  let offset = 0;
  while (offset + headerBytes <= bytes.length) {
    const payloadLength = bytes.readUInt32LE(offset);
    const end = offset + headerBytes + payloadLength;
    // A frame cut short or garbled by a crash mid-write ends the journal.
    if (payloadLength < roomLengthBytes || end > bytes.length) break;
    const payload = bytes.subarray(offset + headerBytes, end);
    if (crc32(payload) !== bytes.readUInt32LE(offset + 4)) break;
    const roomLength = payload.readUInt16LE(0);
    if (roomLengthBytes + roomLength > payload.length) break;
    const room = payload.subarray(roomLengthBytes, roomLengthBytes + roomLength).toString('utf8');
    entries.push({ room, update: new Uint8Array(payload.subarray(roomLengthBytes + roomLength)) });
    offset = end;
  }
  return { entries, validBytes: offset };
}

/**
 * An append-only file of updates not yet in LevelDB. An append is one
 * synchronous `write`, so once it returns the update is in the operating
 * system and survives a `kill -9`, without the round trip through LevelDB's
 * thread pool that would otherwise delay every relay. LevelDB then takes the
 * updates in batches, and the journal is emptied whenever it has caught up.
 */
export class UpdateJournal {
  private readonly fd: number;
  private size: number;

  private constructor(fd: number, size: number) {
    this.fd = fd;
    this.size = size;
  }

  /**
   * Opens (or creates) a journal and reads the updates it still holds, which
   * a crash kept from reaching LevelDB. A torn frame at its end is dropped.
   */
  static open(file: string): { journal: UpdateJournal; entries: JournalEntry[] } {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      bytes = Buffer.alloc(0);
    }
    const { entries, validBytes } = decodeFrames(bytes);
    const fd = openSync(file, 'a');
    if (validBytes < bytes.length) ftruncateSync(fd, validBytes);
    return { journal: new UpdateJournal(fd, validBytes), entries };
  }

  /** Appends an update; once this returns it survives the process being killed. */
  append(room: string, update: Uint8Array): void {
    const frame = encodeFrame(room, update);
    let written = 0;
    while (written < frame.length) written += writeSync(this.fd, frame, written);
    this.size += frame.length;
  }

  /** Bytes the journal holds. */
  get bytes(): number {
    return this.size;
  }

  /** Empties the journal, once everything in it is stored elsewhere. */
  clear(): void {
    if (this.size === 0) return;
    ftruncateSync(this.fd, 0);
    this.size = 0;
  }

  close(): void {
    closeSync(this.fd);
  }
}
