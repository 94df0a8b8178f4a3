// Reads a file from start to end in parts that end at line breaks. Synchronous reads: the
// file is checked in one go, and it has just been checked out, so it is in the page cache.
//
// Why not fs.createReadStream: it allocates a new buffer per chunk it reads, and those are freed only
// when the garbage collector runs, which little JavaScript allocation rarely makes it do. Here
// one buffer is reused (V8 never sees the bytes as garbage).
//
// Why parts that end at a line break: an LF byte never occurs inside a multi-byte UTF-8
// sequence, so a part decodes whole; and the parser gets text that starts and ends on a line
// boundary, which it can scan without joining strings (V8 reads a joined string's characters
// much more slowly than a flat one).

import { readSync } from 'node:fs';

/** A line longer than this is passed on in parts rather than held whole. */
export const MAX_CARRY_BYTES = 1 << 18;

export class LineReader {
  /** File offset where the next part starts. */
  offset = 0;
  private readonly fd: number;
  private readonly size: number;
  private readonly partBytes: number;
  private readonly readBytes: number;
  private readonly work: Buffer;
  /** Bytes of `work` that hold file data, from `from`, which is at file offset `offset`. */
  private from = 0;
  private filled = 0;

  /** Sees every stretch of the file as it is read (see FileHasher.feed). */
  private readonly onRead: ((bytes: Buffer, offset: number) => void) | undefined;

  constructor(
    fd: number,
    size: number,
    onRead?: (bytes: Buffer, offset: number) => void,
    readBytes = 1 << 18,
    // Each part is a call into the checks and a flush of the keys found: parts of 64 KiB took
    // about 2.5 % less time and CPU than parts of 16 KiB; 128 KiB gained nothing more.
    partBytes = 1 << 16,
  ) {
    this.onRead = onRead;
    this.fd = fd;
    this.size = size;
    this.readBytes = readBytes;
    this.partBytes = partBytes;
    this.work = workBuffer(readBytes + MAX_CARRY_BYTES);
  }

  /** The next part (a view into a reused buffer: use it before the next call), or undefined at the end. */
  next(): Buffer | undefined {
    for (;;) {
      const part = this.completeLines();
      if (part !== undefined) return this.take(part);
      const carry = this.filled - this.from;
      const readAt = this.offset + carry;
      if (carry > MAX_CARRY_BYTES) {
        // A line too long to hold: passed on in parts, whole characters only.
        return this.take(completeLength(this.work.subarray(this.from, this.filled)));
      }
      if (readAt >= this.size) return carry > 0 ? this.take(carry) : undefined; // the last line, without a line break
      this.work.copy(this.work, 0, this.from, this.filled);
      this.from = 0;
      this.filled = carry;
      const bytesRead = readSync(
        this.fd,
        this.work,
        carry,
        Math.min(this.readBytes, this.size - readAt),
        readAt,
      );
      if (bytesRead === 0) return carry > 0 ? this.take(carry) : undefined; // the file shrank
      this.onRead?.(this.work.subarray(carry, carry + bytesRead), readAt);
      this.filled += bytesRead;
    }
  }

  /** Length of the next part of complete lines in the buffer, if there is one. */
  private completeLines(): number | undefined {
    const { work, from } = this;
    const limit = this.filled;
    if (limit === from) return undefined;
    const end = Math.min(limit, from + this.partBytes);
    let cut = work.lastIndexOf(10, end - 1) + 1;
    if (cut <= from) {
      // A line longer than a part: up to its end, if it is in the buffer.
      const nl = work.indexOf(10, end);
      cut = nl !== -1 && nl < limit ? nl + 1 : from;
    }
    return cut > from ? cut - from : undefined;
  }

  private take(length: number): Buffer {
    const part = this.work.subarray(this.from, this.from + length);
    this.from += length;
    this.offset += length;
    return part;
  }
}

/** One buffer for all the files read: a new one per file would be memory mapped and faulted in afresh. */
let reused: Buffer | undefined;
function workBuffer(bytes: number): Buffer {
  if (reused === undefined || reused.length !== bytes) reused = Buffer.allocUnsafe(bytes);
  return reused;
}

/** Length of `bytes` without a trailing multi-byte sequence cut short. */
export function completeLength(bytes: Buffer): number {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const b = bytes[n - k];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the lead byte
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > k ? n - k : n;
  }
  return n;
}
